package io.coursegen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.render.OutputFile;
import io.coursegen.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site is replaced whole or not at all, and never replaces a folder coursegen did not make. */
class SiteWriter_SwapTest {
    @TempDir
    Path tmp;

    @Test
    void replacesThePreviousSiteWholeAndLeavesNoStaging() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.write(out, List.of(OutputFile.html("index.html", "one"), OutputFile.html("old.html", "gone soon")));
        SiteWriter.write(out, List.of(OutputFile.html("index.html", "two"), OutputFile.html("m/l.html", "lesson")));
        assertEquals(Map.of(".coursegen-site", Trees.fingerprint(out).get(".coursegen-site"),
                "index.html", Trees.fingerprint(out).get("index.html"),
                "m/l.html", Trees.fingerprint(out).get("m/l.html")), Trees.fingerprint(out));
        assertEquals("two", Files.readString(out.resolve("index.html")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "no staging or old folder left");
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousSiteByteIdentical() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.write(out, List.of(OutputFile.html("index.html", "good"), OutputFile.html("a/b.html", "kept")));
        Map<String, String> before = Trees.fingerprint(out);
        List<OutputFile> failing = List.of(OutputFile.html("index.html", "new"),
                OutputFile.copy("img.png", tmp.resolve("does-not-exist.png")));
        assertThrows(IOException.class, () -> SiteWriter.write(out, failing));
        assertEquals(before, Trees.fingerprint(out));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "staging folder removed");
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake() throws IOException {
        Path out = tmp.resolve("documents");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.txt"), "precious");
        IOException e = assertThrows(IOException.class, () -> SiteWriter.write(out, List.of(OutputFile.html("index.html", "x"))));
        assertTrue(e.getMessage().startsWith("refusing to replace `" + out + "`: it is not empty and was not made by coursegen"), e.getMessage());
        assertEquals("precious", Files.readString(out.resolve("thesis.txt")));
    }

    @Test
    void refusesPathsThatEscapeTheSite() {
        assertThrows(IOException.class, () -> SiteWriter.write(tmp.resolve("site"), List.of(OutputFile.html("../evil.html", "x"))));
        assertFalse(Files.exists(tmp.resolve("evil.html")));
    }

    @Test
    void streamsFilesFromSeveralThreadsIntoPlace() throws IOException {
        Path out = tmp.resolve("site");
        long bytes = SiteWriter.write(out, sink -> java.util.stream.IntStream.range(0, 300).parallel()
                .forEach(i -> sink.accept(OutputFile.html("m" + (i % 7) + "/p" + i + ".html", "page " + i))), SiteWriter.FILES);
        for (int i = 0; i < 300; i++) {
            assertEquals("page " + i, Files.readString(out.resolve("m" + (i % 7) + "/p" + i + ".html")));
        }
        long expected = java.util.stream.IntStream.range(0, 300).map(i -> ("page " + i).length()).sum();
        assertEquals(expected, bytes);
    }

    @Test
    void aProducerThatFailsMidwayLeavesThePreviousSiteByteIdentical() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.write(out, List.of(OutputFile.html("index.html", "good")));
        Map<String, String> before = Trees.fingerprint(out);
        assertThrows(IllegalStateException.class, () -> SiteWriter.write(out, sink -> {
            sink.accept(OutputFile.html("index.html", "half"));
            throw new IllegalStateException("render failed");
        }, SiteWriter.FILES));
        assertEquals(before, Trees.fingerprint(out));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "staging folder removed");
        }
    }

    @Test
    void twoFilesForOnePathAreAnError() {
        IOException e = assertThrows(IOException.class, () -> SiteWriter.write(tmp.resolve("site"),
                List.of(OutputFile.html("a/b.html", "one"), OutputFile.html("a/./b.html", "two"))));
        assertTrue(e.getMessage().contains("two files of the site would be written to `a/./b.html`"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("site")));
    }
}
