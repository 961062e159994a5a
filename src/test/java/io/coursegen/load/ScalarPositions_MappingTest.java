package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A link inside a YAML text value is reported where it is written in the file, for every scalar style:
 * the expected column is found by searching the YAML for the link's destination as written.
 */
class ScalarPositions_MappingTest {
    private static final String PATH = "quizzes/q.yaml";

    /** The positions of the links of {@code text:}'s value in {@code yaml}, read as markdown. */
    private static List<SourceRef> links(String yaml, int lineOffset) {
        Diagnostics d = new Diagnostics();
        YamlMap m = YamlMap.parse(PATH, yaml, lineOffset, List.of("text", "other"), "a thing", d).orElseThrow();
        m.markdown("text", true);
        assertEquals(List.of(), d.lines());
        return m.snippets().all().get(0).doc().links().stream().map(MarkdownDoc.Link::ref).toList();
    }

    private static List<SourceRef> links(String yaml) {
        return links(yaml, 0);
    }

    /** Where {@code needle} (the n-th occurrence, from 1) is in {@code yaml}, 1-based. */
    private static SourceRef where(String yaml, String needle, int n, int lineOffset) {
        int at = -1;
        for (int i = 0; i < n; i++) at = yaml.indexOf(needle, at + 1);
        if (at < 0) throw new AssertionError(needle + " not in " + yaml);
        int line = (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count();
        int col = at - (yaml.lastIndexOf('\n', at - 1) + 1);
        return new SourceRef(PATH, line + 1 + lineOffset, col + 1);
    }

    private static SourceRef where(String yaml, String needle) {
        return where(yaml, needle, 1, 0);
    }

    @Test
    void plainOnOneLine() {
        String yaml = "other: x\ntext: See [the costs](../content/01-a/02-b.md) first.\n";
        assertEquals(List.of(where(yaml, "../content/01-a/02-b.md")), links(yaml));
    }

    @Test
    void plainOverSeveralLines() {
        String yaml = "text: See [the costs](a.md)\n  and then\n    [more](b.md#x) here.\n";
        assertEquals(List.of(where(yaml, "a.md"), where(yaml, "b.md#x")), links(yaml));
    }

    @Test
    void plainWithABlankLineBetweenParagraphs() {
        String yaml = "text: First [a](a.md)\n\n  second [b](b.md).\n";
        assertEquals(List.of(where(yaml, "a.md"), where(yaml, "b.md")), links(yaml));
    }

    @Test
    void singleQuotedWithDoubledQuotes() {
        String yaml = "text: 'It''s in [the lesson](a.md) and it''s [here](b.md)'\n";
        assertEquals(List.of(where(yaml, "a.md"), where(yaml, "b.md")), links(yaml));
    }

    @Test
    void doubleQuotedWithSimpleEscapes() {
        String yaml = "text: \"Say \\\"hi\\\" \\\\ then [read](a.md)\"\n";
        assertEquals(List.of(where(yaml, "a.md")), links(yaml));
    }

    @Test
    void doubleQuotedOverTwoLinesWithAnEscapedBreak() {
        String yaml = "text: \"One [a](a.md) two\\\n  three [b](b.md)\"\n";
        assertEquals(List.of(where(yaml, "a.md"), where(yaml, "b.md")), links(yaml));
    }

    @Test
    void anEscapeThatCannotBePairedPointsAtTheScalarStart() {
        String yaml = "text: \"Caf\\u00e9 [a](a.md)\"\n";
        assertEquals(List.of(where(yaml, "\"Caf")), links(yaml), "exact mapping stops at \\u; the value's start is reported");
    }

    @Test
    void literalBlock() {
        String yaml = "other: x\ntext: |\n  First line.\n\n  See [the costs](../content/01-a/02-b.md#training)\n    and ![a chart](img/c.png).\n";
        assertEquals(List.of(where(yaml, "../content/01-a/02-b.md#training"), where(yaml, "img/c.png")), links(yaml));
    }

    @Test
    void literalBlockWithIndentationIndicatorAndChomping() {
        String yaml = "text: |2-\n    indented code\n  then [a](a.md)\n\nother: y\n";
        assertEquals(List.of(where(yaml, "a.md")), links(yaml));
    }

    @Test
    void foldedBlock() {
        String yaml = "text: >\n  Folded [a](a.md)\n  joined [b](b.md)\n\n  next paragraph [c](c.md)\n";
        assertEquals(List.of(where(yaml, "a.md"), where(yaml, "b.md"), where(yaml, "c.md")), links(yaml));
    }

    @Test
    void foldedBlockWithMoreIndentedLines() {
        String yaml = "text: >-\n  Text [a](a.md)\n\n      code line\n  after [b](b.md)\n";
        assertEquals(List.of(where(yaml, "a.md"), where(yaml, "b.md")), links(yaml));
    }

    @Test
    void blockInsideAFlowOfNestedMappingsAndAfterFrontMatter() {
        String yaml = "text: |\n    deeper [a](a.md)\n";
        assertEquals(List.of(where(yaml, "a.md", 1, 4)), links(yaml, 4), "shifted by the lines before the YAML");
    }

    @Test
    void flowMappingValue() {
        String yaml = "other: {left: x}\ntext: \"[a](a.md), [b](b.md)\"\n";
        assertEquals(List.of(where(yaml, "a.md"), where(yaml, "b.md")), links(yaml));
    }

    @Test
    void referenceDefinitionsAndAutolinks() {
        String yaml = "text: |\n  See [the costs][c] or <https://example.org/x>.\n\n  [c]: ../content/a/b.md\n";
        assertEquals(List.of(where(yaml, "https://example.org/x"), where(yaml, "../content/a/b.md")), links(yaml));
    }
}
