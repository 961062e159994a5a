package io.coursegen.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.render.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip format: the site's files at the archive root, reproducible bytes, all or nothing, never another's file. */
class ZipOutput_ArchiveTest {
    @TempDir
    Path tmp;

    private final ZipOutput zip = new ZipOutput();

    private static List<OutputFile> site(Path image) {
        return List.of(OutputFile.html("index.html", "<p>home</p>"), OutputFile.html("m/l.html", "<p>lesson</p>"),
                new OutputFile("assets/site.css", "body{}".getBytes(StandardCharsets.UTF_8)), OutputFile.copy("m/images/a.png", image));
    }

    @Test
    void holdsEveryFileAtItsSitePathSortedWithOneFixedTime() throws IOException {
        Path image = Files.write(tmp.resolve("a.png"), new byte[] {1, 2, 3});
        Path out = tmp.resolve("course.zip");
        long size = zip.write(out, sink -> site(image).forEach(sink));
        assertEquals(Files.size(out), size);
        try (ZipFile z = new ZipFile(out.toFile())) {
            assertEquals(ZipOutput.COMMENT, z.getComment());
            List<String> names = z.stream().map(ZipEntry::getName).toList();
            assertEquals(List.of("assets/site.css", "index.html", "m/images/a.png", "m/l.html"), names);
            assertEquals("<p>lesson</p>", new String(z.getInputStream(z.getEntry("m/l.html")).readAllBytes(), StandardCharsets.UTF_8));
            assertArrayEquals(new byte[] {1, 2, 3}, z.getInputStream(z.getEntry("m/images/a.png")).readAllBytes());
            z.stream().forEach(e -> assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName()));
        }
    }

    @Test
    void theSameFilesInAnyOrderFromAnyThreadGiveTheSameBytes() throws IOException {
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < 300; i++) files.add(OutputFile.html("m" + (i % 9) + "/p" + i + ".html", "page " + i));
        zip.write(tmp.resolve("a.zip"), sink -> files.forEach(sink));
        List<OutputFile> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(7));
        zip.write(tmp.resolve("b.zip"), sink -> shuffled.parallelStream().forEach(sink));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.zip")), Files.readAllBytes(tmp.resolve("b.zip")));
    }

    @Test
    void aFailedWriteLeavesThePreviousArchiveAndNoStagingFile() throws IOException {
        Path out = tmp.resolve("site.zip");
        zip.write(out, sink -> sink.accept(OutputFile.html("index.html", "good")));
        byte[] before = Files.readAllBytes(out);
        assertThrows(IOException.class, () -> zip.write(out, sink -> {
            sink.accept(OutputFile.html("index.html", "new"));
            sink.accept(OutputFile.copy("img.png", tmp.resolve("missing.png")));
        }));
        assertArrayEquals(before, Files.readAllBytes(out));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("site.zip"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void replacesOnlyAnArchiveItMade() throws IOException {
        Path other = Files.writeString(tmp.resolve("thesis.zip"), "precious");
        IOException e = assertThrows(IOException.class, () -> zip.write(other, sink -> sink.accept(OutputFile.html("index.html", "x"))));
        assertEquals("refusing to replace `" + other + "`: it was not made by coursegen; choose another --out file or remove it", e.getMessage());
        assertEquals("precious", Files.readString(other));
        Path folder = Files.createDirectories(tmp.resolve("folder.zip"));
        assertThrows(IOException.class, () -> zip.write(folder, sink -> sink.accept(OutputFile.html("index.html", "x"))));
        IOException name = assertThrows(IOException.class, () -> zip.write(tmp.resolve("site"), sink -> { }));
        assertTrue(name.getMessage().contains("does not end in .zip"), name.getMessage());
    }

    @Test
    void refusesPathsThatWouldUnpackOutsideTheFolderAndDuplicates() {
        for (String bad : List.of("../x.html", "a/../../x.html", "/etc/x", "a/./b.html", "c:/x.html")) {
            IOException e = assertThrows(IOException.class, () -> zip.write(tmp.resolve("s.zip"), sink -> sink.accept(OutputFile.html(bad, "x"))), bad);
            assertEquals("output path escapes the site folder: " + bad, e.getMessage());
        }
        IOException twice = assertThrows(IOException.class, () -> zip.write(tmp.resolve("s.zip"), sink -> {
            sink.accept(OutputFile.html("a.html", "1"));
            sink.accept(OutputFile.html("a.html", "2"));
        }));
        assertEquals("two files of the site would be written to `a.html`", twice.getMessage());
    }

    /** The archive holds exactly what the folder format writes, marker aside. */
    @Test
    void holdsWhatTheFolderFormatWrites() throws IOException {
        Path image = Files.write(tmp.resolve("a.png"), new byte[] {9});
        new FolderOutput().write(tmp.resolve("site"), sink -> site(image).forEach(sink));
        zip.write(tmp.resolve("site.zip"), sink -> site(image).forEach(sink));
        Map<String, byte[]> folder = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(tmp.resolve("site"))) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = tmp.resolve("site").relativize(p).toString().replace('\\', '/');
                if (!rel.equals(SiteWriter.MARKER)) folder.put(rel, Files.readAllBytes(p));
            }
        }
        try (ZipFile z = new ZipFile(tmp.resolve("site.zip").toFile())) {
            assertEquals(new java.util.TreeSet<>(folder.keySet()), new java.util.TreeSet<>(z.stream().map(ZipEntry::getName).toList()));
            for (Map.Entry<String, byte[]> f : folder.entrySet()) {
                assertArrayEquals(f.getValue(), z.getInputStream(z.getEntry(f.getKey())).readAllBytes(), f.getKey());
            }
        }
    }
}
