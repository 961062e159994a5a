package io.coursegen.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.SourceText;
import io.coursegen.load.Suggest;
import io.coursegen.load.YamlParser;
import io.coursegen.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads the message catalog of a course's language: the generator's catalog for it
 * ({@code src/main/resources/io/coursegen/i18n/<lang>.yaml}, English being {@code en.yaml}), then the
 * course's own overrides ({@code i18n/<lang>.yaml} beside {@code content/}). Every key the English
 * catalog has and the chosen catalogs lack falls back to English, with a warning naming the key and
 * the file; a course override of a key English does not have is a warning at its line and column.
 *
 * <p>Formats: {@code en.yaml} gives each key its text and a note for translators
 * ({@code key: {text: ..., note: ...}}); every other catalog, shipped or the course's, maps keys to texts
 * ({@code key: text}). All are read with the project's safe YAML parser ({@link YamlParser}, with its limits).
 */
public final class Catalogs {
    /** Where the generator's catalogs are, on the class path and in the source tree (for messages). */
    static final String RESOURCE_DIR = "io/coursegen/i18n/";
    static final String SOURCE_DIR = "src/main/resources/" + RESOURCE_DIR;
    /** The course folder of a course's own catalogs. */
    public static final String COURSE_DIR = "i18n";
    /**
     * The pseudo-locale ({@code language: qps-ploc} in course.yaml): every text bracketed, accented and
     * longer, so that any interface text not from the catalog stands out.
     */
    public static final String PSEUDO = "qps-ploc";
    /** The languages whose catalogs ship with the generator, English first. */
    public static final List<String> SHIPPED = List.of("en", "de", "fr", "es", "pt-BR", "ja", "zh-Hans", "ar");

    private static final Catalog ENGLISH = readEnglish();

    private Catalogs() {}

    /** A catalog as read: its texts, its translators' notes (English only) and where each key is. */
    record Catalog(Map<String, String> texts, Map<String, String> notes, Map<String, SourceRef> refs) {}

    static Messages english() {
        return new Messages("en", ULocale.ENGLISH, ENGLISH.texts());
    }

    /** The English catalog's notes for translators, by key. */
    public static Map<String, String> notes() {
        return ENGLISH.notes();
    }

    /**
     * The catalog for {@code language} (a language tag from course.yaml), with the course's overrides from
     * {@code projectRoot/i18n/<language>.yaml} if that file exists; problems go to {@code diagnostics}.
     */
    public static Messages load(Path projectRoot, String language, Diagnostics diagnostics) {
        if (language.equalsIgnoreCase(PSEUDO)) return english().pseudo(PSEUDO);
        Map<String, String> texts = new LinkedHashMap<>(ENGLISH.texts());
        Optional<String> shipped = shippedFor(language);
        Path own = projectRoot == null ? null : projectRoot.resolve(COURSE_DIR).resolve(language + ".yaml");
        boolean hasOwn = own != null && Files.isRegularFile(own);
        if (shipped.isPresent() && !shipped.get().equals("en")) {
            String name = SOURCE_DIR + shipped.get() + ".yaml";
            Catalog c = readFlat(name, resource(shipped.get()), diagnostics);
            putChecked(texts, c, name, diagnostics);
            missing(c, name, diagnostics);
        }
        if (hasOwn) {
            String name = COURSE_DIR + "/" + language + ".yaml";
            Optional<String> text = SourceText.read(own, name, diagnostics);
            if (text.isPresent()) {
                Catalog c = readFlat(name, text.get(), diagnostics);
                putChecked(texts, c, name, diagnostics);
                // A course's catalog for a language the generator ships only changes some texts; for
                // another language it is the whole translation, and a key it lacks shows English.
                if (shipped.isEmpty()) missing(c, name, diagnostics);
            }
        }
        // A value that is not a language tag at all is already an error of course.yaml's: one message per mistake.
        if (shipped.isEmpty() && !hasOwn && io.coursegen.load.CourseLoader.LANGUAGE_TAG.matcher(language).matches()) {
            diagnostics.warning(SourceRef.file("content/course.yaml"), "no message catalog for language `" + language
                    + "`: the interface shows in English; write " + COURSE_DIR + "/" + language + ".yaml (keys as in " + SOURCE_DIR
                    + "en.yaml), or use one of " + String.join(", ", available()));
        }
        return new Messages(language, ULocale.forLanguageTag(language), texts);
    }

    /** The shipped catalog for a language tag: the tag itself, else its language alone ({@code de-AT} reads {@code de}). */
    static Optional<String> shippedFor(String language) {
        List<String> have = available();
        for (String s : have) if (s.equalsIgnoreCase(language)) return Optional.of(s);
        String primary = language.split("-")[0];
        for (String s : have) if (s.equalsIgnoreCase(primary)) return Optional.of(s);
        return Optional.empty();
    }

    /** The languages of {@link #SHIPPED} whose catalog is there (the rest are being written). */
    public static List<String> available() {
        return SHIPPED.stream().filter(l -> Catalogs.class.getClassLoader().getResource(RESOURCE_DIR + l + ".yaml") != null).toList();
    }

    /** Puts the catalog's texts over English, each checked: a known key, and a pattern with English's arguments. */
    private static void putChecked(Map<String, String> texts, Catalog c, String name, Diagnostics diagnostics) {
        for (Map.Entry<String, String> e : c.texts().entrySet()) {
            String key = e.getKey();
            SourceRef at = c.refs().get(key);
            String english = ENGLISH.texts().get(key);
            if (english == null) {
                diagnostics.warning(at, "unknown message key `" + key + "`" + Suggest.didYouMean(key, ENGLISH.texts().keySet())
                        + "; the catalog's keys are those of " + SOURCE_DIR + "en.yaml");
                continue;
            }
            Optional<String> wrong = argumentProblem(english, e.getValue());
            if (wrong.isPresent()) {
                diagnostics.warning(at, "message `" + key + "` " + wrong.get() + "; it shows in English until that is fixed");
                continue;
            }
            texts.put(key, e.getValue());
        }
    }

    /** Why {@code text} cannot stand for {@code english}: not a pattern, or other arguments. Empty if it can. */
    static Optional<String> argumentProblem(String english, String text) {
        Set<String> want = arguments(english).orElseThrow(() -> new IllegalStateException("en.yaml: not a pattern: " + english));
        if (want.isEmpty() && !text.contains("{")) return Optional.empty();
        Optional<Set<String>> have = arguments(text);
        if (have.isEmpty()) return Optional.of("is not a valid message pattern (write a brace as '{' and an apostrophe before one as '')");
        if (!have.get().equals(want)) {
            return Optional.of("should use the arguments " + braces(want) + " as English does, found " + braces(have.get()));
        }
        return Optional.empty();
    }

    private static Optional<Set<String>> arguments(String pattern) {
        if (!pattern.contains("{")) return Optional.of(Set.of());
        try {
            return Optional.of(new TreeSet<>(new MessageFormat(pattern, ULocale.ENGLISH).getArgumentNames()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String braces(Set<String> names) {
        if (names.isEmpty()) return "none";
        StringBuilder b = new StringBuilder();
        for (String n : names) b.append(b.length() == 0 ? "" : ", ").append('{').append(n).append('}');
        return b.toString();
    }

    private static void missing(Catalog c, String name, Diagnostics diagnostics) {
        for (String key : ENGLISH.texts().keySet()) {
            if (!c.texts().containsKey(key)) {
                diagnostics.warning(SourceRef.file(name), "missing message `" + key + "`: shown in English (\""
                        + ENGLISH.texts().get(key) + "\"); add `" + key + ":` with its translation");
            }
        }
    }

    /** A catalog of {@code key: text} lines. */
    static Catalog readFlat(String name, String yaml, Diagnostics diagnostics) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, SourceRef> refs = new LinkedHashMap<>();
        Optional<Node> root = YamlParser.parse(name, yaml, 0, diagnostics);
        if (root.isEmpty()) return new Catalog(texts, Map.of(), refs);
        if (!(root.get() instanceof MappingNode map)) {
            diagnostics.error(ref(name, root.get()), "a message catalog maps keys to texts (`nav.menu: Menu`), found " + kindOf(root.get()));
            return new Catalog(texts, Map.of(), refs);
        }
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                diagnostics.error(ref(name, t.getKeyNode()), "a message key is a name such as `nav.menu`, found " + kindOf(t.getKeyNode()));
                continue;
            }
            if (!(t.getValueNode() instanceof ScalarNode v)) {
                diagnostics.warning(ref(name, t.getValueNode()), "the text of `" + k.getValue() + "` should be one line of text, found "
                        + kindOf(t.getValueNode()) + "; it shows in English");
                continue;
            }
            texts.put(k.getValue(), v.getValue());
            refs.put(k.getValue(), ref(name, k));
        }
        return new Catalog(texts, Map.of(), refs);
    }

    /** en.yaml: every key a map of {@code text} and {@code note}. A mistake in it is the generator's, so it throws. */
    private static Catalog readEnglish() {
        String name = SOURCE_DIR + "en.yaml";
        Diagnostics d = new Diagnostics();
        Node root = YamlParser.parse(name, resource("en"), 0, d).orElse(null);
        if (d.hasErrors() || !(root instanceof MappingNode map)) throw new IllegalStateException(name + ": " + d.sorted());
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        Map<String, SourceRef> refs = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            Map<String, String> entry = new LinkedHashMap<>();
            if (!(t.getValueNode() instanceof MappingNode fields)) throw new IllegalStateException(ref(name, t.getKeyNode()) + ": `" + key + "` needs text: and note:");
            for (NodeTuple f : fields.getValue()) entry.put(((ScalarNode) f.getKeyNode()).getValue(), ((ScalarNode) f.getValueNode()).getValue());
            if (!entry.keySet().equals(Set.of("text", "note"))) {
                throw new IllegalStateException(ref(name, t.getKeyNode()) + ": `" + key + "` needs exactly text: and note:, found " + entry.keySet());
            }
            if (arguments(entry.get("text")).isEmpty()) throw new IllegalStateException(ref(name, t.getKeyNode()) + ": `" + key + "` is not a valid pattern");
            texts.put(key, entry.get("text"));
            notes.put(key, entry.get("note"));
            refs.put(key, ref(name, t.getKeyNode()));
        }
        return new Catalog(texts, notes, refs);
    }

    /** The text of a shipped catalog. */
    static String resource(String lang) {
        try (InputStream in = Catalogs.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + lang + ".yaml")) {
            if (in == null) throw new IllegalStateException("no catalog " + RESOURCE_DIR + lang + ".yaml");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceRef ref(String name, Node n) {
        return new SourceRef(name, n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1);
    }

    private static String kindOf(Node n) {
        return io.coursegen.load.YamlMap.kind(n);
    }
}
