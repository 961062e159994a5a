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

    /** A cited source: its title and file name. */
    public record SourceNote(String title, String file) {}
}
