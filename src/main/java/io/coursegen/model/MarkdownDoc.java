package io.coursegen.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A parsed markdown body and what the checks need to know of it.
 *
 * <p>flexmark's HTML is rendered right after parsing, in the same parallel load task, and the syntax
 * tree is dropped: a course of 10,000 lessons would otherwise hold every tree in memory until render.
 * The HTML is raw (not yet sanitized); the render stage cleans it and rewrites its links.
 *
 * @param html     flexmark's HTML of the body, unsanitized, with heading ids printed
 * @param headings every heading in document order, with the anchor id it gets on the page
 * @param links    every link and image destination, with its position in the source file
 * @param embeds   every {@code {{quiz id}}} directive, in document order
 */
public record MarkdownDoc(String html, List<Heading> headings, List<Link> links, List<Embed> embeds) {

    /** A paragraph that is only {@code {{kind id}}}: the page shows that quiz (or widget) in its place. */
    public record Embed(String kind, String id, SourceRef ref) {}

    /** A heading with its level (1-6), plain text and the unique anchor id it is given. */
    public record Heading(int level, String text, String id, SourceRef ref) {}

    /** A link or image destination as written by the author. */
    public record Link(String url, boolean image, SourceRef ref) {}

    /** The anchor ids of all headings, for checking {@code #fragment} links. */
    public Set<String> anchorIds() {
        return headings.stream().map(Heading::id).collect(Collectors.toUnmodifiableSet());
    }
}
