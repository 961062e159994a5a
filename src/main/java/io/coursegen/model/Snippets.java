package io.coursegen.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The markdown texts of one YAML file (a quiz's prompts, options, feedback and explanations, an exercise
 * set's texts, a decision tree's questions, help and explanations, a cost preset's description), each
 * parsed when the file is read, as a lesson body is: with its links, images and heading ids at their
 * {@code path:line:col} in the YAML file. The checks read the links from here, once per written text,
 * whatever pages later show it; the render stage takes each text's HTML from here and rewrites its
 * links for the page it is shown on.
 *
 * <p>The model records keep their texts as strings (grading, search, glossary mentions and the client
 * data read them as text); this table is looked up by that text. Immutable.
 */
public final class Snippets {
    private final String path;
    private final List<Snippet> all;
    private final Map<String, MarkdownDoc> byText = new HashMap<>();

    /**
     * @param path the file the texts were written in, relative to the project; their links are relative to it
     * @param all  every markdown text of the file with its parsed form, in the order written
     */
    public Snippets(String path, List<Snippet> all) {
        this.path = path;
        this.all = List.copyOf(all);
        for (Snippet s : this.all) byText.putIfAbsent(s.text(), s.doc());
    }

    /** A file with no markdown, or an item built without a file (tests). */
    public static Snippets none(String path) {
        return new Snippets(path, List.of());
    }

    /** One markdown text as written, and what parsing it gave. */
    public record Snippet(String text, MarkdownDoc doc) {}

    public String path() {
        return path;
    }

    public List<Snippet> all() {
        return all;
    }

    /** The parsed form of {@code text}, if this file holds that text (equal texts parse alike; the first is kept). */
    public Optional<MarkdownDoc> doc(String text) {
        return Optional.ofNullable(byText.get(text));
    }

    /** This table and {@code other}'s, for an item whose texts were read from two parts of a file. */
    public Snippets plus(Snippets other) {
        List<Snippet> both = new java.util.ArrayList<>(all);
        both.addAll(other.all);
        return new Snippets(path, both);
    }

    /** Equal when read from the same file with the same texts, parsed alike: two reads of one file are equal items. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Snippets other && java.util.Objects.equals(path, other.path) && all.equals(other.all);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(path, all);
    }

    @Override
    public String toString() {
        return "Snippets[" + path + ", " + all.size() + " texts]";
    }

    /** Items that hold markdown read from YAML: the checks and the render stage find their texts through this. */
    public interface Holder {
        Snippets markdown();
    }
}
