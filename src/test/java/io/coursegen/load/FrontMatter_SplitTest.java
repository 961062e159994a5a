package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatter_SplitTest {
    private static final String PATH = "content/01-a/01-b.md";

    private final Diagnostics diagnostics = new Diagnostics();

    private FrontMatter split(String text) {
        Optional<FrontMatter> fm = FrontMatter.split(PATH, text, diagnostics);
        assertEquals(List.of(), diagnostics.lines());
        return fm.orElseThrow();
    }

    @Test
    void splitsYamlAndBodyKeepingLineOffsets() {
        FrontMatter fm = split("---\ntitle: T\nsummary: S\n---\n# Body\ntext\n");
        assertEquals("title: T\nsummary: S\n", fm.yaml());
        assertEquals(1, fm.yamlLineOffset(), "YAML starts on line 2, below the opening fence");
        assertEquals("# Body\ntext\n", fm.body());
        assertEquals(4, fm.bodyLineOffset(), "the body starts on line 5, below the closing fence on line 4");
    }

    @Test
    void fencesMayHaveTrailingSpaces() {
        FrontMatter fm = split("---  \ntitle: T\n--- \t\nBody");
        assertEquals("title: T\n", fm.yaml());
        assertEquals("Body", fm.body());
        assertEquals(3, fm.bodyLineOffset());
    }

    @Test
    void closingFenceAtEndOfFileGivesAnEmptyBody() {
        FrontMatter fm = split("---\ntitle: T\n---");
        assertEquals("title: T\n", fm.yaml());
        assertEquals("", fm.body());
    }

    @Test
    void emptyFrontMatter() {
        FrontMatter fm = split("---\n---\nBody\n");
        assertEquals("", fm.yaml());
        assertEquals("Body\n", fm.body());
        assertEquals(2, fm.bodyLineOffset());
    }

    @Test
    void aLaterDashedLineInTheBodyIsNotAFence() {
        FrontMatter fm = split("---\na: 1\n---\nx\n---\ny\n");
        assertEquals("x\n---\ny\n", fm.body());
    }

    @Test
    void missingFrontMatter() {
        assertTrue(FrontMatter.split(PATH, "title: T\n---\n", diagnostics).isEmpty());
        assertEquals(List.of(PATH + ":1:1: error: missing front matter: a lesson starts with a `---` line,"
                + " then `title: ...` and `summary: ...`, then `---`"), diagnostics.lines());
    }

    @Test
    void emptyFileHasNoFrontMatter() {
        assertTrue(FrontMatter.split(PATH, "", diagnostics).isEmpty());
        assertEquals(1, diagnostics.lines().size());
        assertTrue(diagnostics.lines().get(0).startsWith(PATH + ":1:1: error: missing front matter"));
    }

    @Test
    void indentedFenceIsNotAFence() {
        assertTrue(FrontMatter.split(PATH, " ---\ntitle: T\n---\n", diagnostics).isEmpty());
        assertTrue(diagnostics.lines().get(0).contains("missing front matter"));
    }

    @Test
    void unterminatedFrontMatter() {
        assertTrue(FrontMatter.split(PATH, "---\ntitle: T\nsummary: S\n\nBody text\n", diagnostics).isEmpty());
        assertEquals(List.of(PATH + ":1:1: error: unterminated front matter: the `---` on line 1 has no closing `---` line"),
                diagnostics.lines());
    }

    @Test
    void loneFenceIsUnterminated() {
        assertTrue(FrontMatter.split(PATH, "---", diagnostics).isEmpty());
        assertEquals(List.of(PATH + ":1:1: error: unterminated front matter: the `---` on line 1 has no closing `---` line"),
                diagnostics.lines());
    }
}
