package io.coursegen.model.kb;

import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.stream.Stream;

/**
 * A glossary entry, one file {@code content/glossary/<slug>.md}: the term, other names for it, a
 * one-sentence definition, related terms, tags, and a markdown body that explains it at length.
 *
 * @param slug       the file name without {@code .md}; the page is {@code glossary/<slug>.html} and
 *                   {@code term:<slug>} links refer to it
 * @param aliases    other names that count as a mention of the term (abbreviations, spellings)
 * @param related    slugs of related terms, each where it is written
 * @param path       the file's path relative to the project root
 */
public record GlossaryTerm(
        String slug,
        Named term,
        List<Named> aliases,
        String definition,
        List<Named> related,
        io.coursegen.model.Tags tags,
        MarkdownDoc body,
        String path) {

    public GlossaryTerm {
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
        java.util.Objects.requireNonNull(tags, "tags");
    }

    /** A name or slug with the position it is written at. */
    public record Named(String text, SourceRef ref) {}

    /** The term and its aliases: every text that counts as a mention. */
    public Stream<Named> names() {
        return Stream.concat(Stream.of(term), aliases.stream());
    }

    public SourceRef ref() {
        return SourceRef.file(path);
    }
}
