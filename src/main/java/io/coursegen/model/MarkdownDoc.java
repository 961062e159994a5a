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
 * @param prose    the text runs outside headings, code, links and raw HTML, where glossary terms are found
 * @param sections the body split at h2 and h3 headings as plain text, for search
 */
public record MarkdownDoc(String html, List<Heading> headings, List<Link> links, List<Embed> embeds,
        List<String> prose, List<Section> sections) {

    /** Lists are made unmodifiable once, here, so the many views built from a body share them instead of copying. */
    public MarkdownDoc {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        embeds = List.copyOf(embeds);
        prose = List.copyOf(prose);
        sections = List.copyOf(sections);
    }

    /** A body with nothing in it, for a file that did not parse. */
    public static final MarkdownDoc EMPTY = new MarkdownDoc("", List.of(), List.of(), List.of(), List.of(), List.of());

    /** A stretch of a page under one heading; the part before the first heading has anchor "" and heading "". */
    public record Section(String anchor, String heading, String text) {}

    /** A paragraph that is only {@code {{kind id}}}: the page shows that quiz (or widget) in its place. */
    public record Embed(String kind, String id, SourceRef ref) {}

    /** A heading with its level (1-6), plain text and the unique anchor id it is given. */
    public record Heading(int level, String text, String id, SourceRef ref) {}

    /** A link or image destination as written by the author. */
    public record Link(String url, boolean image, SourceRef ref) {}

    /** Whether a heading has the anchor id {@code id}; a scan, as bodies have few headings and links are many. */
    public boolean hasAnchor(String id) {
        for (Heading h : headings) {
            if (h.id().equals(id)) return true;
        }
        return false;
    }

    /** The anchor ids of all headings, for suggesting one in an error. */
    public Set<String> anchorIds() {
        return headings.stream().map(Heading::id).collect(Collectors.toUnmodifiableSet());
    }
}
