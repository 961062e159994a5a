package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * YAML syntax errors say what is wrong and how to fix it, at the line to change (issue 21, item 1),
 * instead of the parser's terms ("expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'") at
 * the token after the slip.
 */
class YamlSyntaxErrors_RewriteTest {
    private static final String E = "quizzes/q.yaml:";

    private static List<String> errors(String text) {
        Diagnostics d = new Diagnostics();
        YamlParser.parse("quizzes/q.yaml", text, 0, d);
        return d.lines();
    }

    @Test
    void aKeyIndentedDeeperThanTheLineAboveIsNamedWithBothIndents() {
        assertEquals(List.of(E + "3:6: error: invalid YAML: `prompt:` is indented 5 spaces, more than the line above it (4), so YAML"
                + " reads it as the rest of that line's value; indent it 4 spaces like the line above, or deeper only under a key that"
                + " ends in `:`"), errors("questions:\n  - id: q\n     prompt: P\n"));
    }

    @Test
    void aColonInsideUnquotedTextSaysToQuoteIt() {
        assertEquals(List.of(E + "1:12: error: invalid YAML: a `: ` inside a text without quotes reads as a new key; put the whole"
                + " text in quotes (`key: \"a: b\"`), or use a block (`key: |` with the text on the lines below)"),
                errors("title: Note: read this\n"));
    }

    @Test
    void aKeyIndentedLessThanItsSiblingsNamesTheirIndent() {
        assertEquals(List.of(E + "4:3: error: invalid YAML: this line is indented 2 spaces, but the line above it is indented 4 and the"
                + " key holding it 0; indent it 4 spaces to continue the keys above, or 0 to start a new key beside the one holding them"),
                errors("q:\n    id: q\n    type: short\n  prompt: P\n"));
    }

    @Test
    void aTabIsNamed() {
        assertEquals(List.of(E + "2:1: error: invalid YAML: a tab here; YAML indents with spaces only, so replace the tab with spaces"),
                errors("q:\n\tid: q\n"));
    }

    @Test
    void aLineWithoutAColonSaysWhatALineMayBe() {
        assertEquals(List.of(E + "3:1: error: invalid YAML: this line is neither a `key: value` nor a `- item`; add the missing `:`"
                + " after the key, or, if it continues the text above, indent it under that text or put the whole text in quotes"),
                errors("id: q\ntitle: T\nprompt\nmore: x\n"));
    }

    @Test
    void anUnclosedFlowMappingPointsAtItsBrace() {
        assertEquals(List.of(E + "1:4: error: invalid YAML: the mapping opened with `{` here is not closed where expected; close it"
                + " with `}`, separate its entries with `,`, and quote a value that holds `:`, `{` or `}`"),
                errors("q: {id: q, type: short\nnext: x\n"));
    }

    @Test
    void anAliasWithoutAnchorSaysSo() {
        assertEquals(List.of(E + "1:4: error: invalid YAML: this alias names no anchor; write `&name` on a value above it before"
                + " using `*name`"), errors("q: *nothing\n"));
    }
}
