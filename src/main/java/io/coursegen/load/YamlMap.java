package io.coursegen.load;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.SourceRef;
import io.coursegen.model.Snippets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML mapping into typed values, reporting every problem at its position: keys that are not
 * allowed (listing the allowed ones), duplicate keys, missing required keys, and values of the wrong
 * type. YAML 1.1 reads {@code no}, {@code yes}, {@code on} and {@code off} as booleans; where text is
 * expected such a value is an error with a hint to quote it, rather than a silent {@code "false"}.
 */
public final class YamlMap {
    private final String path;
    private final int lineOffset;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Diagnostics diagnostics;
    /** The file's text and the markdown read from it so far, shared by all the mappings of one file. */
    private final FileText file;

    /**
     * Allowed keys that an unknown key of this mapping seems to misspell: {@code titel:} is reported
     * with "did you mean `title`?", and reporting {@code title} as missing too would be a second error
     * for one slip.
     */
    private final Set<String> misspelt = new HashSet<>();

    private YamlMap(String path, int lineOffset, Node node, FileText file, Diagnostics diagnostics) {
        this.path = path;
        this.lineOffset = lineOffset;
        this.node = node;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * The YAML text of a file (null when the caller has only nodes; markdown links are then placed at their
     * value's start) and every markdown text read from it so far. One file is read by one thread.
     */
    private static final class FileText {
        final String source;
        final LineIndex lines;
        final List<Snippets.Snippet> snippets = new ArrayList<>();

        FileText(String source) {
            this.source = source;
            this.lines = source == null ? null : new LineIndex(source);
        }
    }

    /**
     * Parses {@code text} (whose first line is line {@code lineOffset + 1} of {@code path}) and wraps it
     * with {@link #of}. A document with no content (empty, blank or only comments) reads as an empty
     * mapping, so its required keys are reported missing; empty only if the YAML did not parse or is not
     * a mapping, and then the error is reported.
     */
    public static Optional<YamlMap> parse(
            String path, String text, int lineOffset, Collection<String> allowed, String what, Diagnostics diagnostics) {
        // YamlParser answers "empty" both for a document with no content and for a parse error; only the
        // latter reports an error. Without telling them apart, an empty module.yaml or a front matter
        // holding only a comment made the file vanish from the course with no message at all.
        Diagnostics yamlErrors = new Diagnostics();
        Optional<Node> node = YamlParser.parse(path, text, lineOffset, yamlErrors);
        diagnostics.addAll(yamlErrors);
        if (yamlErrors.hasErrors()) return Optional.empty();
        return of(path, lineOffset, node.orElse(null), new FileText(text), allowed, what, diagnostics);
    }

    /**
     * Wraps {@code node}, which must be a mapping whose keys are all in {@code allowed}; an absent
     * document ({@code null}) reads as an empty mapping.
     */
    public static Optional<YamlMap> of(
            String path, int lineOffset, Node node, Collection<String> allowed, String what, Diagnostics diagnostics) {
        return of(path, lineOffset, node, new FileText(null), allowed, what, diagnostics);
    }

    /**
     * As {@link #of(String, int, Node, Collection, String, Diagnostics)} for a node parsed from
     * {@code source}, so that the links of its markdown texts are placed exactly.
     */
    public static Optional<YamlMap> of(String path, int lineOffset, Node node, String source, Collection<String> allowed,
            String what, Diagnostics diagnostics) {
        return of(path, lineOffset, node, new FileText(source), allowed, what, diagnostics);
    }

    private static Optional<YamlMap> of(String path, int lineOffset, Node node, FileText file, Collection<String> allowed,
            String what, Diagnostics diagnostics) {
        YamlMap map = new YamlMap(path, lineOffset, node, file, diagnostics);
        if (node == null) return Optional.of(map);
        if (!(node instanceof MappingNode mapping)) {
            diagnostics.error(map.ref(node), "expected " + what + " as a mapping of keys (such as `"
                    + allowed.iterator().next() + ": ...`), found " + kind(node));
            return Optional.empty();
        }
        Set<String> sortedAllowed = new TreeSet<>(allowed);
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                diagnostics.error(map.ref(keyNode), "expected a plain key, found " + kind(keyNode));
                continue;
            }
            String key = scalarKey.getValue();
            if (map.entries.containsKey(key)) {
                diagnostics.error(map.ref(keyNode), "duplicate key `" + key + "` (first given on line "
                        + map.ref(map.entries.get(key).getKeyNode()).line() + ")");
            } else if (!sortedAllowed.contains(key) && tuple.getValueNode().getAnchor() != null) {
                // Not a misspelt key: a place to keep values for merge keys, as other YAML schemas allow.
                diagnostics.error(map.ref(keyNode), "unknown key `" + key + "` in " + what + ": values kept for `<<` merges"
                        + " cannot sit under a key of their own here; anchor the first item that uses them instead"
                        + " (`- &" + tuple.getValueNode().getAnchor() + " {...}`) and write `<<: *"
                        + tuple.getValueNode().getAnchor() + "` in the others");
            } else if (!sortedAllowed.contains(key)) {
                diagnostics.error(map.ref(keyNode), "unknown key `" + key + "` in " + what + ", expected one of "
                        + sortedAllowed.stream().map(k -> "`" + k + "`").collect(Collectors.joining(", "))
                        + Suggest.didYouMean(key, sortedAllowed));
                Suggest.closest(key, sortedAllowed).ifPresent(map.misspelt::add);
            } else {
                map.entries.put(key, tuple);
            }
        }
        return Optional.of(map);
    }

    /** The position of this mapping (or of the file, if the document was empty). */
    public SourceRef ref() {
        return node == null ? new SourceRef(path, lineOffset + 1, 1) : ref(node);
    }

    /** The position of a node in the file. */
    public SourceRef ref(Node n) {
        return new SourceRef(path, n.getStartMark().getLine() + 1 + lineOffset, n.getStartMark().getColumn() + 1);
    }

    /**
     * Reports that required {@code key} is missing ({@code detail}, such as {@code " (`true` or
     * `false`)"}, says what it holds), unless an unknown key of this mapping was already reported as a
     * likely misspelling of it.
     */
    public void reportMissing(String key, String detail) {
        if (!misspelt.contains(key)) diagnostics.error(ref(), "missing required key `" + key + "`" + detail);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The position of {@code key}'s value, or of the mapping if the key is absent. */
    public SourceRef refOf(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? ref() : ref(t.getValueNode());
    }

    /** The text under {@code key}; an error if it is required and missing or empty, or not text. */
    public Optional<String> text(String key, boolean required) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            if (required) reportMissing(key, "");
            return Optional.empty();
        }
        Optional<String> value = scalarText(t.getValueNode(), "`" + key + "`");
        if (value.isPresent() && value.get().isBlank()) {
            diagnostics.error(ref(t.getValueNode()), "empty `" + key + "`; expected text");
            return Optional.empty();
        }
        return value;
    }

    /**
     * The markdown text under {@code key}, as {@link #text}; it is also parsed, with its links at their
     * place in the file, into this file's {@link #snippets}.
     */
    public Optional<String> markdown(String key, boolean required) {
        Optional<String> value = text(key, required);
        value.ifPresent(v -> parseMarkdown(entries.get(key).getValueNode(), v));
        return value;
    }

    /** A scalar read as markdown text, as {@link #scalarText}, and parsed as {@link #markdown} is. */
    public Optional<String> markdownOf(Node value, String what) {
        Optional<String> text = scalarText(value, what);
        text.ifPresent(v -> parseMarkdown(value, v));
        return text;
    }

    /** A list of markdown texts under {@code key}, as {@link #textList}, each parsed as {@link #markdown} is. */
    public List<Located> markdownList(String key) {
        return textList(key, true);
    }

    /** Every markdown text read from this file so far, parsed. */
    public Snippets snippets() {
        return new Snippets(path, file.snippets);
    }

    private void parseMarkdown(Node value, String text) {
        if (!(value instanceof ScalarNode scalar)) return;
        TextPositions at = file.source == null ? offset -> ref(value) : ScalarPositions.of(path, file.source, file.lines, lineOffset, scalar);
        file.snippets.add(new Snippets.Snippet(text, MarkdownParser.parse(path, text, at, MarkdownLimits.budget(), diagnostics)));
    }

    /** The tags under {@code key} (empty if absent), read as {@link #textList} with each tag's position. */
    public io.coursegen.model.Tags tags(String key) {
        return io.coursegen.model.Tags.of(textList(key).stream().map(l -> new io.coursegen.model.Tags.Tag(l.value(), l.ref())).toList());
    }

    /** A list of texts under {@code key} (empty if absent), with each item's position. */
    public List<Located> textList(String key) {
        return textList(key, false);
    }

    private List<Located> textList(String key, boolean markdown) {
        NodeTuple t = entries.get(key);
        if (t == null) return List.of();
        Node value = t.getValueNode();
        if (!(value instanceof SequenceNode seq)) {
            diagnostics.error(ref(value), "expected `" + key + "` as a list (`" + key + ": [a, b]` or one `- item` a line), found " + kind(value));
            return List.of();
        }
        List<Located> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : seq.getValue()) {
            scalarText(item, "an item of `" + key + "`").ifPresent(s -> {
                if (s.isBlank()) {
                    diagnostics.error(ref(item), "empty item in `" + key + "`");
                } else if (!seen.add(s)) {
                    diagnostics.error(ref(item), "`" + s + "` is listed twice in `" + key + "`");
                } else {
                    out.add(new Located(s, ref(item)));
                    if (markdown) parseMarkdown(item, s);
                }
            });
        }
        return out;
    }

    /** A nested mapping under {@code key} with its own allowed keys. */
    public Optional<YamlMap> map(String key, Collection<String> allowed, boolean required) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            if (required) reportMissing(key, "");
            return Optional.empty();
        }
        return of(path, lineOffset, t.getValueNode(), file, allowed, "`" + key + "`", diagnostics);
    }

    /** The raw value node under {@code key}, for shapes this class does not cover (maps of lists...). */
    public Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** The entries of a mapping whose keys are names chosen by the author (file names, set ids...). */
    public List<Entry> entriesOf(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) return List.of();
        if (!(t.getValueNode() instanceof MappingNode m)) {
            diagnostics.error(ref(t.getValueNode()), "expected `" + key + "` as a mapping of names to values, found " + kind(t.getValueNode()));
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple e : m.getValue()) {
            Optional<String> name = scalarText(e.getKeyNode(), "a name in `" + key + "`");
            if (name.isEmpty()) continue;
            if (!seen.add(name.get())) {
                diagnostics.error(ref(e.getKeyNode()), "duplicate key `" + name.get() + "` in `" + key + "`");
                continue;
            }
            out.add(new Entry(name.get(), ref(e.getKeyNode()), e.getValueNode()));
        }
        return out;
    }

    /** Reads a scalar as text; booleans and nulls from YAML 1.1 plain words are errors with a hint. */
    public Optional<String> scalarText(Node value, String what) {
        if (!(value instanceof ScalarNode scalar)) {
            diagnostics.error(ref(value), "expected text for " + what + ", found " + kind(value));
            return Optional.empty();
        }
        if (scalar.getTag().equals(Tag.BOOL)) {
            diagnostics.error(ref(value), "expected text for " + what + ", but `" + scalar.getValue()
                    + "` reads as a YAML boolean; quote it (\"" + scalar.getValue() + "\") to mean the text");
            return Optional.empty();
        }
        if (scalar.getTag().equals(Tag.NULL)) {
            diagnostics.error(ref(value), "expected text for " + what + ", found nothing");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    /** The number under {@code key}; an error if it is required and missing, or not a number. */
    public Optional<Double> number(String key, boolean required) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            if (required) reportMissing(key, "");
            return Optional.empty();
        }
        return numberOf(t.getValueNode(), "`" + key + "`");
    }

    /** Reads a scalar as a finite number (integer or decimal). */
    public Optional<Double> numberOf(Node value, String what) {
        if (value instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                double d = Double.parseDouble(scalar.getValue().replace("_", ""));
                if (Double.isFinite(d)) return Optional.of(d);
            } catch (NumberFormatException e) {
                // Hex, octal and sexagesimal YAML 1.1 numbers: not what an author means here.
            }
        }
        diagnostics.error(ref(value), "expected a number for " + what + ", found " + kind(value)
                + unquoteHint(value, YamlMap::isDecimal));
        return Optional.empty();
    }

    /**
     * For a quoted scalar that would read as wanted without its quotes: {@code pass: "0.7"} otherwise
     * got "expected a number for `pass`, found `0.7`", which reads as a contradiction.
     */
    private static String unquoteHint(Node value, java.util.function.Predicate<String> readsAsWanted) {
        return value instanceof ScalarNode s && s.getTag().equals(Tag.STR) && s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
                && readsAsWanted.test(s.getValue()) ? " in quotes, which make it text; remove the quotes" : "";
    }

    private static boolean isDecimal(String s) {
        return s.matches("[-+]?(\\d[\\d_]*)?\\.?\\d+([eE][-+]?\\d+)?");
    }

    /** The boolean under {@code key} ({@code true} or {@code false}), or {@code fallback} if absent. */
    public boolean bool(String key, boolean fallback) {
        NodeTuple t = entries.get(key);
        if (t == null) return fallback;
        return boolOf(t.getValueNode(), "`" + key + "`").orElse(fallback);
    }

    /** Reads a scalar as {@code true} or {@code false}. */
    public Optional<Boolean> boolOf(Node value, String what) {
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            String v = scalar.getValue().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("true")) return Optional.of(true);
            if (v.equals("false")) return Optional.of(false);
            diagnostics.error(ref(value), "expected `true` or `false` for " + what + ", found `" + scalar.getValue()
                    + "`; YAML 1.1 reads it as a boolean, but write `true` or `false` to be clear");
            return Optional.empty();
        }
        diagnostics.error(ref(value), "expected `true` or `false` for " + what + ", found " + kind(value)
                + unquoteHint(value, v -> v.equals("true") || v.equals("false")));
        return Optional.empty();
    }

    /** The items of the list under {@code key} (empty if absent; an error if not a list). */
    public List<Node> list(String key, boolean required) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            if (required) reportMissing(key, "");
            return List.of();
        }
        if (!(t.getValueNode() instanceof SequenceNode seq)) {
            diagnostics.error(ref(t.getValueNode()), "expected `" + key + "` as a list (one `- item` a line), found " + kind(t.getValueNode()));
            return List.of();
        }
        return seq.getValue();
    }

    /** Wraps a nested mapping node (a list item, say) with its own allowed keys, in this file. */
    public Optional<YamlMap> child(Node node, Collection<String> allowed, String what) {
        return of(path, lineOffset, node, file, allowed, what, diagnostics);
    }

    /** The plain text of {@code key} in mapping {@code node} without reporting anything; for dispatching on a `type`. */
    public static Optional<String> peek(Node node, String key) {
        if (!(node instanceof MappingNode m)) return Optional.empty();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key) && t.getValueNode() instanceof ScalarNode v) {
                return Optional.of(v.getValue());
            }
        }
        return Optional.empty();
    }

    /** A YAML node kind in words, for messages. */
    public static String kind(Node n) {
        if (n instanceof MappingNode) return "a mapping";
        if (n instanceof SequenceNode) return "a list";
        if (n instanceof ScalarNode s) {
            if (s.getTag().equals(Tag.NULL)) return "nothing";
            return "`" + s.getValue() + "`";
        }
        return "an unexpected value";
    }

    /** Text with the position it was written at. */
    public record Located(String value, SourceRef ref) {}

    /** One entry of an author-keyed mapping. */
    public record Entry(String name, SourceRef ref, Node value) {}

    public String path() {
        return path;
    }

    public int lineOffset() {
        return lineOffset;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
