package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** YamlMap binds a YAML mapping to allowed keys and typed values, with positions shifted by a line offset. */
class YamlMap_KeysTest {
    private static final String PATH = "content/x.yaml";
    private static final List<String> KEYS = List.of("title", "summary", "tags", "nested", "names");

    private final Diagnostics diagnostics = new Diagnostics();

    private YamlMap map(String yaml, int lineOffset) {
        return YamlParser.parse(PATH, yaml, lineOffset, diagnostics)
                .flatMap(n -> YamlMap.of(PATH, lineOffset, n, KEYS, "the thing", diagnostics))
                .orElseThrow(() -> new AssertionError(diagnostics.lines()));
    }

    private YamlMap map(String yaml) {
        return map(yaml, 0);
    }

    @Test
    void positionsAreShiftedByTheLineOffset() {
        YamlMap m = map("title: T\nsummary:   S\n", 7);
        assertEquals(new SourceRef(PATH, 8, 8), m.refOf("title"));
        assertEquals(new SourceRef(PATH, 9, 12), m.refOf("summary"));
        assertEquals(new SourceRef(PATH, 8, 1), m.ref());
        assertEquals(new SourceRef(PATH, 8, 1), m.refOf("tags"), "an absent key points at the mapping");
        assertEquals(PATH, m.path());
        assertEquals(7, m.lineOffset());
    }

    @Test
    void anEmptyDocumentIsAnEmptyMapping() {
        YamlMap m = YamlMap.of(PATH, 3, null, KEYS, "the thing", diagnostics).orElseThrow();
        assertFalse(m.has("title"));
        assertEquals(new SourceRef(PATH, 4, 1), m.ref());
        assertEquals(Optional.empty(), m.text("title", true));
        assertEquals(List.of(PATH + ":4:1: error: missing required key `title`"), diagnostics.lines());
    }

    @Test
    void optionalTextMayBeAbsent() {
        YamlMap m = map("title: T\n");
        assertEquals(Optional.of("T"), m.text("title", true));
        assertEquals(Optional.empty(), m.text("summary", false));
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void unknownKeysAreListedSortedWithASuggestion() {
        YamlMap m = map("title: T\nsumary: S\nauthor: A\n");
        assertTrue(m.has("title"));
        assertFalse(m.has("sumary"));
        assertEquals(List.of(
                PATH + ":2:1: error: unknown key `sumary` in the thing, expected one of `names`, `nested`, `summary`, `tags`, `title`; did you mean `summary`?",
                PATH + ":3:1: error: unknown key `author` in the thing, expected one of `names`, `nested`, `summary`, `tags`, `title`"),
                diagnostics.lines());
    }

    @Test
    void keysAreCaseSensitiveButTheSuggestionIsNot() {
        map("Title: T\n");
        assertEquals(List.of(PATH + ":1:1: error: unknown key `Title` in the thing, expected one of `names`, `nested`, `summary`, `tags`,"
                + " `title`; did you mean `title`?"), diagnostics.lines());
    }

    @Test
    void duplicateKeysNameTheFirstLineAndKeepTheFirstValue() {
        YamlMap m = map("title: First\nsummary: S\n\ntitle: Second\ntitle: Third\n", 1);
        assertEquals(Optional.of("First"), m.text("title", true));
        assertEquals(List.of(
                PATH + ":5:1: error: duplicate key `title` (first given on line 2)",
                PATH + ":6:1: error: duplicate key `title` (first given on line 2)"),
                diagnostics.lines());
    }

    @Test
    void duplicateKeysInFlowMappings() {
        map("{title: a, title: b}");
        assertEquals(List.of(PATH + ":1:12: error: duplicate key `title` (first given on line 1)"), diagnostics.lines());
    }

    @Test
    void notAMapping() {
        Optional<YamlMap> m = YamlParser.parse(PATH, "- a\n", 0, diagnostics)
                .flatMap(n -> YamlMap.of(PATH, 0, n, KEYS, "the thing", diagnostics));
        assertTrue(m.isEmpty());
        assertEquals(List.of(PATH + ":1:1: error: expected the thing as a mapping of keys (such as `title: ...`), found a list"),
                diagnostics.lines());
    }

    @Test
    void textList() {
        YamlMap m = map("tags:\n  - a\n  - 'b c'\n");
        assertEquals(List.of(new YamlMap.Located("a", new SourceRef(PATH, 2, 5)), new YamlMap.Located("b c", new SourceRef(PATH, 3, 5))),
                m.textList("tags"));
        assertEquals(List.of(), m.textList("names"), "absent list is empty");
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void textListSkipsBadItemsAndKeepsTheRest() {
        YamlMap m = map("tags: [a, [b], ~, a, '', c]\n");
        assertEquals(List.of("a", "c"), m.textList("tags").stream().map(YamlMap.Located::value).toList());
        assertEquals(List.of(
                PATH + ":1:11: error: expected text for an item of `tags`, found a list",
                PATH + ":1:16: error: expected text for an item of `tags`, found nothing",
                PATH + ":1:19: error: `a` is listed twice in `tags`",
                PATH + ":1:22: error: empty item in `tags`"),
                diagnostics.lines());
    }

    @Test
    void textListOfAScalarOrNothing() {
        YamlMap m = map("tags: x\nnames:\n");
        assertEquals(List.of(), m.textList("tags"));
        assertEquals(List.of(), m.textList("names"));
        assertEquals(List.of(
                PATH + ":1:7: error: expected `tags` as a list (`tags: [a, b]` or one `- item` a line), found `x`",
                PATH + ":2:7: error: expected `names` as a list (`names: [a, b]` or one `- item` a line), found nothing"),
                diagnostics.lines());
    }

    @Test
    void nestedMap() {
        YamlMap m = map("nested:\n  title: In\n  bogus: 1\n");
        YamlMap inner = m.map("nested", List.of("title"), true).orElseThrow();
        assertEquals(Optional.of("In"), inner.text("title", true));
        assertEquals(Optional.empty(), m.map("summary", List.of("title"), false));
        assertEquals(Optional.empty(), m.map("tags", List.of("title"), true));
        assertEquals(List.of(
                PATH + ":1:1: error: missing required key `tags`",
                PATH + ":3:3: error: unknown key `bogus` in `nested`, expected one of `title`"),
                diagnostics.lines());
    }

    @Test
    void rawNode() {
        YamlMap m = map("tags: [a]\n");
        assertTrue(m.node("tags").orElseThrow() instanceof SequenceNode);
        assertTrue(m.node("title").isEmpty());
    }

    @Test
    void entriesOfAnAuthorKeyedMapping() {
        YamlMap m = map("names:\n  a.txt: A\n  b.txt: B\n");
        List<YamlMap.Entry> entries = m.entriesOf("names");
        assertEquals(List.of("a.txt", "b.txt"), entries.stream().map(YamlMap.Entry::name).toList());
        assertEquals(new SourceRef(PATH, 3, 3), entries.get(1).ref());
        assertEquals(List.of(), m.entriesOf("tags"));
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void entriesOfReportsDuplicatesAndWrongShapes() {
        YamlMap m = map("names:\n  a: 1\n  a: 2\n  yes: 3\n  [x]: 4\ntags: [a]\n");
        assertEquals(List.of("a"), m.entriesOf("names").stream().map(YamlMap.Entry::name).toList());
        assertEquals(List.of(), m.entriesOf("tags"));
        assertEquals(List.of(
                PATH + ":3:3: error: duplicate key `a` in `names`",
                PATH + ":4:3: error: expected text for a name in `names`, but `yes` reads as a YAML boolean; quote it (\"yes\") to mean the text",
                PATH + ":5:3: error: expected text for a name in `names`, found a list",
                PATH + ":6:7: error: expected `tags` as a mapping of names to values, found a list"),
                diagnostics.lines());
    }

    @Test
    void everyYaml11BooleanWordIsCaught() {
        for (String word : List.of("yes", "no", "on", "off", "true", "false", "Yes", "NO", "On", "OFF")) {
            Diagnostics d = new Diagnostics();
            YamlMap m = YamlParser.parse(PATH, "title: " + word, 0, d)
                    .flatMap(n -> YamlMap.of(PATH, 0, n, KEYS, "the thing", d)).orElseThrow();
            assertEquals(Optional.empty(), m.text("title", true), word);
            assertEquals(List.of(PATH + ":1:8: error: expected text for `title`, but `" + word + "` reads as a YAML boolean; quote it (\""
                    + word + "\") to mean the text"), d.lines(), word);
        }
    }

    @Test
    void quotedOrOtherWordsAreText() {
        YamlMap m = map("title: 'yes'\nsummary: nope\n");
        assertEquals(Optional.of("yes"), m.text("title", true));
        assertEquals(Optional.of("nope"), m.text("summary", true));
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void kindInWords() {
        YamlMap m = map("title: [a]\nsummary: {a: b}\ntags: ~\n");
        m.text("title", true);
        m.text("summary", true);
        m.text("tags", true);
        assertEquals(List.of(
                PATH + ":1:8: error: expected text for `title`, found a list",
                PATH + ":2:10: error: expected text for `summary`, found a mapping",
                PATH + ":3:7: error: expected text for `tags`, found nothing"),
                diagnostics.lines());
    }
}
