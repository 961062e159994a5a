package io.coursegen.model;

import java.util.List;

/**
 * A lesson: one markdown file {@code NN-slug.md} with YAML front matter, inside a module folder.
 *
 * @param path       the file's path relative to the project root, e.g. {@code content/01-x/02-y.md}
 * @param moduleSlug the slug of the module that holds it; with {@code slug} it makes the page URL
 * @param order      the NN prefix of the file name
 * @param sources    the course sources this lesson cites, each where it is written
 * @param quiz       the quiz shown at the end of the lesson ({@code quiz:} in front matter), or null
 * @param glossaryLinks whether first mentions of glossary terms become term links
 *                   ({@code glossary-links: false} in front matter turns them off)
 */
public record Lesson(
        String path,
        String moduleSlug,
        String slug,
        int order,
        String title,
        String summary,
        io.coursegen.model.Tags tags,
        List<Citation> sources,
        List<String> objectives,
        Reference quiz,
        MarkdownDoc body,
        SourceRef ref,
        boolean glossaryLinks) {

    /** A lesson whose first mentions of glossary terms are linked (the default). */
    public Lesson(String path, String moduleSlug, String slug, int order, String title, String summary, io.coursegen.model.Tags tags,
            List<Citation> sources, List<String> objectives, Reference quiz, MarkdownDoc body, SourceRef ref) {
        this(path, moduleSlug, slug, order, title, summary, tags, sources, objectives, quiz, body, ref, true);
    }

    /** A source file named in front matter, with the position of its name. */
    /** The lesson's key in the learner's progress (and exports): its module slug and slug, as in its URL. */
    public String progressKey() {
        return moduleSlug + "/" + slug;
    }

    public record Citation(String file, SourceRef ref) {}

    /** An id of something else in the course (a quiz), with the position where it is named. */
    public record Reference(String id, SourceRef ref) {}
}
