package io.coursegen.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Diagnostics are printed sorted by file, line, column, severity and text, each once. */
class Diagnostics_OrderTest {
    private static SourceRef at(String path, int line, int col) {
        return new SourceRef(path, line, col);
    }

    @Test
    void formatIsPathLineColSeverityMessage() {
        assertEquals("content/a.md:3:14: error: bad thing", new Diagnostic(at("content/a.md", 3, 14), Severity.ERROR, "bad thing").format());
        assertEquals("content/a.md:1:1: warning: odd", new Diagnostic(SourceRef.file("content/a.md"), Severity.WARNING, "odd").toString());
    }

    @Test
    void sortedByPathThenLineThenColumnNumerically() {
        Diagnostics d = new Diagnostics();
        d.error(at("content/b.md", 1, 1), "b");
        d.error(at("content/a.md", 10, 1), "line 10");
        d.error(at("content/a.md", 9, 30), "line 9 col 30");
        d.error(at("content/a.md", 9, 4), "line 9 col 4");
        d.error(at("content/a.md", 2, 100), "line 2");
        assertEquals(List.of(
                "content/a.md:2:100: error: line 2",
                "content/a.md:9:4: error: line 9 col 4",
                "content/a.md:9:30: error: line 9 col 30",
                "content/a.md:10:1: error: line 10",
                "content/b.md:1:1: error: b"),
                d.lines());
    }

    @Test
    void samePlaceErrorsFirstThenByMessage() {
        Diagnostics d = new Diagnostics();
        d.warning(at("x", 1, 1), "a warning");
        d.error(at("x", 1, 1), "zebra");
        d.error(at("x", 1, 1), "apple");
        assertEquals(List.of("x:1:1: error: apple", "x:1:1: error: zebra", "x:1:1: warning: a warning"), d.lines());
    }

    @Test
    void pathsCompareAsText() {
        Diagnostics d = new Diagnostics();
        d.error(at("content/course.yaml", 1, 1), "c");
        d.error(at("content/10-z/module.yaml", 1, 1), "m10");
        d.error(at("content/02-a/01-x.md", 1, 1), "l");
        d.error(at("content/02-a/module.yaml", 1, 1), "m2");
        assertEquals(List.of(
                "content/02-a/01-x.md:1:1: error: l",
                "content/02-a/module.yaml:1:1: error: m2",
                "content/10-z/module.yaml:1:1: error: m10",
                "content/course.yaml:1:1: error: c"),
                d.lines());
    }

    @Test
    void duplicatesAppearOnce() {
        Diagnostics d = new Diagnostics();
        d.error(at("x", 2, 3), "same");
        d.error(at("x", 2, 3), "same");
        d.error(at("x", 2, 4), "same");
        assertEquals(List.of("x:2:3: error: same", "x:2:4: error: same"), d.lines());
        assertEquals(2, d.sorted().size());
    }

    @Test
    void countsAndHasErrors() {
        Diagnostics d = new Diagnostics();
        assertFalse(d.hasErrors());
        d.warning(at("x", 1, 1), "w");
        assertFalse(d.hasErrors(), "warnings alone do not fail a build");
        assertEquals(1, d.count(Severity.WARNING));
        assertEquals(0, d.count(Severity.ERROR));
        d.error(at("x", 1, 1), "e");
        assertTrue(d.hasErrors());
        assertEquals(1, d.count(Severity.ERROR));
    }

    @Test
    void addAllMergesAndStaysSorted() {
        Diagnostics a = new Diagnostics();
        Diagnostics b = new Diagnostics();
        a.error(at("z", 1, 1), "z");
        b.error(at("a", 1, 1), "a");
        b.warning(at("m", 1, 1), "m");
        a.addAll(b);
        assertEquals(List.of("a:1:1: error: a", "m:1:1: warning: m", "z:1:1: error: z"), a.lines());
        assertEquals(2, a.count(Severity.ERROR));
    }

    @Test
    void orderDoesNotDependOnInsertionOrderOrThreads() {
        List<String> expected = IntStream.range(0, 500).boxed().sorted((x, y) -> ("f" + x).compareTo("f" + y))
                .map(i -> "f" + i + ":" + (i % 7 + 1) + ":1: error: m" + i).toList();
        Diagnostics d = new Diagnostics();
        IntStream.range(0, 500).parallel().forEach(i -> d.error(at("f" + i, i % 7 + 1, 1), "m" + i));
        assertEquals(expected, d.lines());
    }

    @Test
    void labels() {
        assertEquals("error", Severity.ERROR.label());
        assertEquals("warning", Severity.WARNING.label());
    }
}
