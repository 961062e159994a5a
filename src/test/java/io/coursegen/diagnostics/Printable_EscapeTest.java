package io.coursegen.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.SourceRef;
import io.coursegen.pipeline.Pipeline;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Author text in a diagnostic never reaches the terminal as raw control characters (issue 23, item 2). */
class Printable_EscapeTest {

    @Test
    void controlCharactersInTheMessageAreEscaped() {
        Diagnostic d = new Diagnostic(new SourceRef("quizzes/q.yaml", 4, 11), Severity.ERROR,
                "unknown question type `\u001b[2J\u001b]0;pwned\u0007FAKE single\r`");
        assertEquals("quizzes/q.yaml:4:11: error: unknown question type `\\u001b[2J\\u001b]0;pwned\\u0007FAKE single\\u000d`", d.format());
    }

    @Test
    void newlinesSeparatorsDelAndBidiControlsAreEscapedPlainTextIsNot() {
        assertEquals("a\\u000ab\\u2028c\\u007fd\\u202ee\\u2066f\\u0085g", Printable.text("a\nb\u2028c\u007fd\u202ee\u2066f\u0085g"));
        String plain = "Über `fine-tuning` — 日本語, ü, emoji \uD83D\uDE00, tabs are not plain\u0009";
        assertEquals(plain.replace("\t", "\\u0009"), Printable.text(plain));
        assertEquals("no change", Printable.text("no change"));
    }

    @Test
    void aColonOrNewlineInAFileNameCannotPassForAPosition() {
        Diagnostic d = new Diagnostic(SourceRef.file("content/01-x/a.md:9:1: error: fake\nb.md"), Severity.WARNING, "odd");
        assertEquals("content/01-x/a.md\\u003a9\\u003a1\\u003a error\\u003a fake\\u000ab.md:1:1: warning: odd", d.format());
    }

    @Test
    void aHostileQuizTypeAndFrontMatterKeyAreReportedAtTheirPlaceEscaped(@TempDir Path root) {
        CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                description: D
                -- content/01-a/module.yaml --
                title: A
                summary: S
                -- content/01-a/01-one.md --
                ---
                title: One
                summary: S
                "k\\e[2Jey\\a": x
                ---
                Body.
                -- quizzes/q.yaml --
                id: q
                title: Q
                questions:
                  - id: q1
                    type: "\\e[2J\\e]0;pwned\\aFAKE single\\r"
                    prompt: P
                """);
        List<String> lines = new Pipeline(root).full().diagnostics().lines();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertFalse(line.chars().anyMatch(c -> c < 0x20 || c == 0x7f), "raw control character in: " + line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/01-a/01-one.md:4:1: error: ") && l.contains("k\\u001b[2Jey\\u0007")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("quizzes/q.yaml:5:11: error: ") && l.contains("\\u001b]0;pwned\\u0007FAKE single\\u000d")),
                lines.toString());
    }
}
