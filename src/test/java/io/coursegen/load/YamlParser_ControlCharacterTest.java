package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A character YAML refuses is reported at its own line and column, named (issue 23, item 3); it was 1:1 with no name. */
class YamlParser_ControlCharacterTest {

    private static List<String> errors(String text, int lineOffset) {
        Diagnostics d = new Diagnostics();
        assertTrue(YamlParser.parse("quizzes/q.yaml", text, lineOffset, d).isEmpty());
        return d.lines();
    }

    @Test
    void aNulIsReportedWhereItIsAndNamed() {
        assertEquals(List.of("quizzes/q.yaml:3:9: error: invalid YAML: U+0000 (a NUL character) may not appear in YAML; remove it,"
                + " or write it as an escape such as `\\u0000` inside a double-quoted string"),
                errors("id: q\ntitle: Q\nintro: a\u0000b\n", 0));
    }

    @Test
    void anEscapeInFrontMatterCountsTheLinesAboveIt() {
        assertEquals(List.of("quizzes/q.yaml:4:3: error: invalid YAML: U+001B (an escape character) may not appear in YAML; remove it,"
                + " or write it as an escape such as `\\u001b` inside a double-quoted string"),
                errors("title: T\n\u00e9\u00e9\u001b: x\n", 2));
    }

    /** Issue 23, item 9: a lone surrogate escape became `?` in the page without a word. */
    @Test
    void aLoneSurrogateEscapeIsAnErrorAtItsText() {
        assertEquals(List.of("quizzes/q.yaml:2:8: error: invalid YAML: this text holds U+D800, half of a surrogate pair with no other"
                + " half, which no page can show; write the whole character, or one escape for all of it such as `\\U0001F600`"),
                errors("id: q\ntitle: \"a\\ud800b\"\n", 0));
        Diagnostics d = new Diagnostics();
        assertTrue(YamlParser.parse("quizzes/q.yaml", "title: \"\\ud83d\\ude00 and \\U0001F600\"\n", 0, d).isPresent());
        assertEquals(List.of(), d.lines());
    }

    @Test
    void charactersBeyondTheBasicPlaneCountAsOneColumn() {
        assertEquals(List.of("quizzes/q.yaml:1:10: error: invalid YAML: U+0007 (a control character) may not appear in YAML; remove it,"
                + " or write it as an escape such as `\\u0007` inside a double-quoted string"),
                errors("title: \uD83D\uDE00 \u0007\n", 0));
    }
}
