package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import io.coursegen.testing.CourseFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict UTF-8 with a tolerated byte-order mark and CRLF, and a size cap. */
class SourceText_EncodingTest {
    private static final String PATH = "content/01-a/01-b.md";

    private final Diagnostics diagnostics = new Diagnostics();

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    private Optional<String> decode(byte[] b) {
        return SourceText.decode(b, PATH, diagnostics);
    }

    @Test
    void plainUtf8IsUnchanged() {
        assertEquals(Optional.of("héllo — ✓ 😀\n"), decode(bytes("héllo — ✓ 😀\n")));
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void byteOrderMarkIsDropped() {
        assertEquals(Optional.of("a\nb"), decode(CourseFiles.withBom(bytes("a\nb"))));
    }

    @Test
    void onlyALeadingByteOrderMarkIsDropped() {
        assertEquals(Optional.of("a\uFEFFb"), decode(CourseFiles.withBom(bytes("a\uFEFFb"))));
    }

    @Test
    void crlfAndLoneCrBecomeLf() {
        assertEquals(Optional.of("a\nb\nc\n\nd"), decode(bytes("a\r\nb\rc\r\n\r\nd")));
    }

    @Test
    void invalidByteIsReportedAtItsLineAndColumn() {
        // line 3, after "ab": column 3
        assertTrue(decode(concat(bytes("x\ny\nab"), new byte[] {(byte) 0xFF}, bytes("cd\n"))).isEmpty());
        assertEquals(List.of(PATH + ":3:3: error: invalid UTF-8 byte sequence; save the file as UTF-8"), diagnostics.lines());
    }

    @Test
    void invalidByteColumnCountsCharactersNotBytes() {
        // "é" is two bytes and "😀" four, but they are one and two UTF-16 units: the bad byte is at column 5.
        decode(concat(bytes("é😀x"), new byte[] {(byte) 0xC3, (byte) 0x28}));
        assertEquals(List.of(PATH + ":1:5: error: invalid UTF-8 byte sequence; save the file as UTF-8"), diagnostics.lines());
    }

    @Test
    void invalidByteLineCountsCrlfAndBomLikeTheText() {
        decode(CourseFiles.withBom(concat(bytes("a\r\nb\r\n\r\nxy"), new byte[] {(byte) 0x80})));
        assertEquals(List.of(PATH + ":4:3: error: invalid UTF-8 byte sequence; save the file as UTF-8"), diagnostics.lines());
    }

    @Test
    void truncatedSequenceAtTheEnd() {
        decode(concat(bytes("ok\n"), new byte[] {(byte) 0xE2, (byte) 0x82}));
        assertEquals(List.of(PATH + ":2:1: error: invalid UTF-8 byte sequence; save the file as UTF-8"), diagnostics.lines());
    }

    @Test
    void overlongEncodingAndSurrogatesAreInvalid() {
        decode(new byte[] {(byte) 0xC0, (byte) 0xAF});
        decode(concat(bytes("\n"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        assertEquals(List.of(
                PATH + ":1:1: error: invalid UTF-8 byte sequence; save the file as UTF-8",
                PATH + ":2:1: error: invalid UTF-8 byte sequence; save the file as UTF-8"),
                diagnostics.lines());
    }

    @Test
    void oversizedFileIsRefused(@TempDir Path dir) {
        Path file = CourseFiles.writeBytes(dir, "big.md", new byte[SourceText.MAX_BYTES + 1]);
        assertTrue(SourceText.read(file, "content/big.md", diagnostics).isEmpty());
        assertEquals(List.of("content/big.md:1:1: error: file is 2097153 bytes; the limit is 2097152 bytes, split it into smaller files"),
                diagnostics.lines());
    }

    @Test
    void fileOfExactlyTheLimitIsRead(@TempDir Path dir) {
        Path file = CourseFiles.writeBytes(dir, "big.md", bytes("a".repeat(SourceText.MAX_BYTES)));
        assertEquals(SourceText.MAX_BYTES, SourceText.read(file, "content/big.md", diagnostics).orElseThrow().length());
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void unreadableFileIsAnErrorNotAnException(@TempDir Path dir) {
        assertTrue(SourceText.read(dir.resolve("gone.md"), "content/gone.md", diagnostics).isEmpty());
        assertEquals(1, diagnostics.lines().size());
        assertTrue(diagnostics.lines().get(0).startsWith("content/gone.md:1:1: error: cannot read file: "), diagnostics.lines().get(0));
    }

    // ---- whole courses ----

    private static final String LESSON = """
            ---
            title: "Café: première"
            summary: S
            tags: [a, b]
            ---
            Intro with a [link](02-second.md#part-two).

            ## Part one

            > [!NOTE]
            > Text ![img](pic.png)

            ## Part one
            """;

    private static Path course(Path root, boolean windows) {
        CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                description: D
                -- content/01-a/module.yaml --
                title: A
                summary: S
                -- content/01-a/02-second.md --
                ---
                title: Second
                summary: S
                ---
                ## Part two
                -- content/01-a/pic.png --
                png
                """);
        byte[] lesson = bytes(windows ? CourseFiles.crlf(LESSON) : LESSON);
        CourseFiles.writeBytes(root, "content/01-a/01-first.md", windows ? CourseFiles.withBom(lesson) : lesson);
        CourseFiles.writeBytes(root, "content/course.yaml",
                windows ? CourseFiles.withBom(bytes("title: T\r\ndescription: D\r\n")) : bytes("title: T\ndescription: D\n"));
        return root;
    }

    @Test
    void bomAndCrlfGiveTheSameModelAsLf(@TempDir Path dir) {
        CourseFiles.Loaded unix = CourseFiles.load(course(dir.resolve("unix"), false));
        CourseFiles.Loaded windows = CourseFiles.load(course(dir.resolve("windows"), true));
        assertEquals(List.of(), unix.lines());
        assertEquals(List.of(), windows.lines());
        Course u = unix.get();
        Course w = windows.get();
        assertEquals(u.title(), w.title());
        Lesson lu = u.lessons().findFirst().orElseThrow();
        Lesson lw = w.lessons().findFirst().orElseThrow();
        assertEquals("Café: première", lw.title());
        assertEquals(lu.title(), lw.title());
        assertEquals(lu.summary(), lw.summary());
        assertEquals(lu.tags(), lw.tags());
        assertEquals(lu.body().headings(), lw.body().headings());
        assertEquals(lu.body().links(), lw.body().links());
        assertEquals(List.of("part-one", "part-one-1"), lw.body().headings().stream().map(h -> h.id()).toList());
        assertEquals("content/01-a/01-first.md:6:21", lw.body().links().get(0).ref().toString());
        assertEquals("content/01-a/01-first.md:11:15", lw.body().links().get(1).ref().toString());
    }

    @Test
    void crlfErrorsAreAtTheSameLinesAsLf(@TempDir Path dir) {
        String broken = "---\ntitle: T\nsummary: S\ntitel: x\n---\n[x](nope.md)\n";
        Path unix = CourseFiles.minimal(dir.resolve("unix"));
        Path windows = CourseFiles.minimal(dir.resolve("windows"));
        CourseFiles.writeString(unix, "content/01-intro/02-b.md", broken);
        CourseFiles.writeBytes(windows, "content/01-intro/02-b.md", CourseFiles.withBom(bytes(CourseFiles.crlf(broken))));
        List<String> expected = List.of(
                "content/01-intro/02-b.md:4:1: error: unknown key `titel` in lesson front matter, expected one of `glossary-links`, `objectives`,"
                        + " `quiz`, `sources`, `summary`, `tags`, `title`; did you mean `title`?",
                "content/01-intro/02-b.md:6:5: error: broken link: no lesson at `content/01-intro/nope.md`");
        assertEquals(expected, CourseFiles.check(unix));
        assertEquals(expected, CourseFiles.check(windows));
    }

    @Test
    void invalidUtf8InALessonIsReportedAtItsPosition(@TempDir Path dir) {
        Path root = CourseFiles.minimal(dir);
        CourseFiles.writeBytes(root, "content/01-intro/02-latin1.md",
                concat(bytes("---\ntitle: Caf"), new byte[] {(byte) 0xE9}, bytes("\nsummary: S\n---\n")));
        assertEquals(List.of("content/01-intro/02-latin1.md:2:11: error: invalid UTF-8 byte sequence; save the file as UTF-8"),
                CourseFiles.check(root));
    }

    @Test
    void invalidUtf8InCourseYaml(@TempDir Path dir) {
        Path root = CourseFiles.minimal(dir);
        CourseFiles.writeBytes(root, "content/course.yaml", concat(bytes("title: T\ndescription: "), new byte[] {(byte) 0xFE}));
        assertEquals(List.of("content/course.yaml:2:14: error: invalid UTF-8 byte sequence; save the file as UTF-8"),
                CourseFiles.check(root));
    }

    @Test
    void oversizedLessonInACourse(@TempDir Path dir) {
        Path root = CourseFiles.minimal(dir);
        byte[] big = concat(bytes("---\ntitle: T\nsummary: S\n---\n"), bytes("x".repeat(SourceText.MAX_BYTES)));
        CourseFiles.writeBytes(root, "content/01-intro/02-huge.md", big);
        assertEquals(List.of("content/01-intro/02-huge.md:1:1: error: file is " + big.length
                + " bytes; the limit is 2097152 bytes, split it into smaller files"), CourseFiles.check(root));
    }
}
