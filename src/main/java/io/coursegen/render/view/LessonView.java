package io.coursegen.render.view;

import java.util.List;

/**
 * A lesson page.
 *
 * @param bodyHtml sanitized HTML of the lesson body (see BodyRenderer); the only unescaped text
 * @param toc      the lesson's h2 and h3 headings
 * @param sources  the course sources the lesson draws on, as titles with file names
 * @param progressKey the lesson's key in the learner's progress, for "Mark as read"
 * @param tags     the lesson's tags, linked to their tag pages
 */
public record LessonView(
        PageFrame frame,
        String moduleTitle,
        String moduleHref,
        String title,
        String summary,
        List<String> objectives,
        List<TocEntry> toc,
        String bodyHtml,
        String quizHtml,
        List<SourceNote> sources,
        PageFrame.NavLink prev,
        PageFrame.NavLink next,
        String progressKey,
        List<PageFrame.NavLink> tags) {

    /** A table-of-contents entry; level 3 entries are indented under level 2. */
    public record TocEntry(int level, String text, String id) {}

    /**
     * A cited source: its title and file name. The page shows the title only, with the label
     * {@link #label()} before it when the file name starts with a number; the file name itself, often
     * a hash, is never shown.
     */
    public record SourceNote(String title, String file) {
        private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^([0-9]+)[_-].*");

        /** "Source 001" for a file named {@code 001_...} or {@code 001-...}, so prose can say "source 001"; else empty. */
        public String label() {
            java.util.regex.Matcher m = NUMBERED.matcher(file);
            return m.matches() ? "Source " + m.group(1) : "";
        }
    }
}
