package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScriptCompactor_RulesTest {
    private static String compact(String script) {
        return new String(ScriptCompactor.compact("x.js", script.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void commentLinesBlocksIndentationAndBlankLinesGoAndEveryCodeLineStays() {
        String script = """
                // header
                (function () {
                  "use strict";
                  /**
                   * A block.
                   */
                  var re = /a*/g; // a trailing comment stays: only comments that start a line go
                  /** One line. */

                  var s = "// not a comment", t = "/* nor this */";
                  return a
                    + b;
                })();
                """;
        assertEquals("// x.js, without comments and indentation (coursegen build)\n(function () {\n\"use strict\";\n"
                + "var re = /a*/g; // a trailing comment stays: only comments that start a line go\n"
                + "var s = \"// not a comment\", t = \"/* nor this */\";\nreturn a\n+ b;\n})();\n", compact(script));
    }

    @Test
    void aTemplateLiteralLeavesTheScriptAsItIs() {
        byte[] script = "var a = `\n  // kept\n`;\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(script, ScriptCompactor.compact("x.js", script));
    }

    @Test
    void codeAfterACommentOnItsLineOrAnOpenBlockIsRefusedRatherThanGuessed() {
        assertEquals("x.js:1: code after a comment on its line",
                assertThrows(IllegalArgumentException.class, () -> compact("/* a */ var b;\n")).getMessage());
        assertEquals("x.js:2: code after a comment block ends",
                assertThrows(IllegalArgumentException.class, () -> compact("/*\n */ var b;\n")).getMessage());
        assertEquals("x.js: a comment block that does not end", assertThrows(IllegalArgumentException.class, () -> compact("/*\nvar b;\n")).getMessage());
    }

    @Test
    void theSearchCodeShrinksByAFifthOrMore() throws Exception {
        byte[] source = Files.readAllBytes(Path.of("src/main/resources/assets/search.js"));
        int compacted = ScriptCompactor.compact("search.js", source).length;
        assertTrue(compacted < source.length * 0.8, compacted + " of " + source.length);
    }
}
