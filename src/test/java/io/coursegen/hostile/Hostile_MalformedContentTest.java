package io.coursegen.hostile;

import static io.coursegen.hostile.Hostile.check;
import static io.coursegen.hostile.Hostile.course;
import static io.coursegen.hostile.Hostile.lesson;
import static io.coursegen.hostile.Hostile.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.cli.Main;
import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed content: every mistake ends as the exact {@code file:line:col: error: message}, all of
 * them in one run, or (for BOM and CRLF) in the same site as clean input.
 */
class Hostile_MalformedContentTest {
    @TempDir
    Path dir;

    private static final String LESSON = "content/01-intro/02-x.md";

    @Test
    void m01_unterminatedFrontMatter() {
        assertEquals(List.of(LESSON + ":1:1: error: unterminated front matter: the `---` on line 1 has no closing `---` line"),
                check(lesson(dir, "---\ntitle: T\nsummary: S\n\nBody without the closing fence\n")));
    }

    @Test
    void m02_yamlErrorOnLine4OfFrontMatterIsReportedAtLine5OfTheFile() {
        assertEquals(List.of(LESSON + ":5:8: error: invalid YAML: a `: ` inside a text without quotes reads as a new key; put the whole text in quotes (`key: \"a: b\"`), or use a block (`key: |` with the text on the lines below)"),
                check(lesson(dir, "---\ntitle: T\nsummary: S\ntags: [a]\nquiz: a: b\n---\nBody\n")));
    }

    @Test
    void m03_duplicateKeys() {
        List<String> lines = check(lesson(dir, "---\ntitle: T\nsummary: S\ntitle: Again\n---\nBody\n"));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(LESSON + ":4:1: error: "), lines.get(0));
        assertTrue(lines.get(0).contains("`title`") && lines.get(0).contains("line 2"), lines.get(0));
    }

    @Test
    void m04_yaml11NoInAListHintsToQuote() {
        assertEquals(List.of(LESSON + ":5:5: error: expected text for an item of `objectives`, but `no` reads as a YAML boolean; quote it (\"no\") to mean the text"),
                check(lesson(dir, "---\ntitle: T\nsummary: S\nobjectives:\n  - no\n---\nBody\n")));
    }

    @Test
    void m05_yaml11YesAsTitleHintsToQuote() {
        assertEquals(List.of(LESSON + ":2:8: error: expected text for `title`, but `yes` reads as a YAML boolean; quote it (\"yes\") to mean the text"),
                check(lesson(dir, "---\ntitle: yes\nsummary: S\n---\nBody\n")));
    }

    @Test
    void m06_yaml11OnOffInAQuizShortAnswerHintToQuote() {
        List<String> lines = check(course(dir, "-- quizzes/q.yaml --\nid: q\ntitle: Q\nquestions:\n  - id: q1\n    type: short\n"
                + "    prompt: P\n    answers: [on, off]\n"));
        assertEquals(List.of(
                "quizzes/q.yaml:7:15: error: expected text for an item of `answers`, but `on` reads as a YAML boolean; quote it (\"on\") to mean the text",
                "quizzes/q.yaml:7:19: error: expected text for an item of `answers`, but `off` reads as a YAML boolean; quote it (\"off\") to mean the text"),
                lines.stream().filter(l -> l.contains("boolean")).toList());
    }

    /** `version: 1.10` would become 1.1 in YAML 1.1; coursegen keeps the text exactly as written. */
    @Test
    void m07_numbersThatYamlWouldRoundStayAsWritten() throws IOException {
        Path root = lesson(dir, "---\ntitle: Version 1.10\nsummary: 1.10\nobjectives: [1.10, 0755, 1:20, 1e3]\n---\nBody\n");
        Path out = dir.resolve("site");
        assertEquals(0, Main.run("build", "--project", root.toString(), "--out", out.toString()));
        String page = Files.readString(out.resolve("intro/x.html"));
        assertTrue(page.contains(">1.10<") || page.contains("1.10</p>"), "summary kept as 1.10");
        for (String tag : List.of("1.10", "0755", "1:20", "1e3")) assertTrue(page.contains(tag), tag);
    }

    @Test
    void m08_wrongTypes() {
        assertEquals(List.of(
                LESSON + ":2:8: error: expected text for `title`, found a list",
                LESSON + ":4:7: error: expected `tags` as a list (`tags: [a, b]` or one `- item` a line), found a mapping"),
                check(lesson(dir, "---\ntitle: [a, b]\nsummary: S\ntags: {a: 1}\n---\nBody\n")));
    }

    @Test
    void m09_misspelledKeyListsTheAllowedKeys() {
        assertEquals(List.of(
                LESSON + ":2:1: error: unknown key `tilte` in lesson front matter, expected one of `glossary-links`, `objectives`, `quiz`, `sources`, `summary`, `tags`, `title`; did you mean `title`?"),
                check(lesson(dir, "---\ntilte: T\nsummary: S\n---\nBody\n")));
    }

    @Test
    void m10_misspelledQuizKeyListsTheAllowedKeys() {
        List<String> lines = check(course(dir, "-- quizzes/q.yaml --\nid: q\ntitle: Q\npas: 0.5\nquestions:\n  - id: q1\n    type: true-false\n"
                + "    prompt: P\n    answer: true\n"));
        assertTrue(lines.contains("quizzes/q.yaml:3:1: error: unknown key `pas` in a quiz, expected one of `checks`, `id`, `intro`, `pass`,"
                + " `policy`, `questions`, `review`, `shuffle`, `title`; did you mean `pass`?"), lines.toString());
    }

    /** The same course written with a BOM and CRLF line endings builds byte for byte the same site. */
    @Test
    void m11_bomAndCrlfGiveTheSameSiteAsLf() throws IOException {
        String spec = """
                -- content/course.yaml --
                title: T
                description: D
                -- content/01-intro/module.yaml --
                title: Intro
                summary: S
                -- content/01-intro/01-first.md --
                ---
                title: First
                summary: S
                tags: [a, b]
                ---
                Body with a [link](02-second.md#part) and a list:

                - one
                - two

                ```
                code
                ```
                -- content/01-intro/02-second.md --
                ---
                title: Second
                summary: S
                ---
                ## Part

                Text.
                """;
        Path lf = CourseFiles.write(dir.resolve("lf"), spec);
        Path crlf = CourseFiles.write(dir.resolve("crlf"), spec);
        try (Stream<Path> files = Files.walk(crlf)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.write(f, CourseFiles.withBom(CourseFiles.crlf(Files.readString(f)).getBytes(StandardCharsets.UTF_8)));
            }
        }
        assertEquals(0, Main.run("build", "--project", lf.toString(), "--out", dir.resolve("site-lf").toString()));
        assertEquals(0, Main.run("build", "--project", crlf.toString(), "--out", dir.resolve("site-crlf").toString()));
        assertEquals(contents(dir.resolve("site-lf")), contents(dir.resolve("site-crlf")));
    }

    static List<String> contents(Path site) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.add(site.relativize(p) + "\n" + java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    @Test
    void m12_invalidUtf8InALessonBodyIsReportedAtItsPosition() {
        Path root = lesson(dir, "");
        byte[] head = withBody("Line five\nSix: caf").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0xC3; // a lead byte followed by a plain letter: invalid
        bytes[head.length + 1] = 'x';
        bytes[head.length + 2] = '\n';
        CourseFiles.writeBytes(root, LESSON, bytes);
        assertEquals(List.of(LESSON + ":6:9: error: invalid UTF-8 byte sequence; save the file as UTF-8"), check(root));
    }

    @Test
    void m13_invalidUtf8InAQuizIsReportedAtItsPosition() {
        Path root = course(dir, "");
        CourseFiles.writeBytes(root, "quizzes/q.yaml", new byte[] {'i', 'd', ':', ' ', 'q', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xFF, '\n'});
        assertEquals(List.of("quizzes/q.yaml:2:8: error: invalid UTF-8 byte sequence; save the file as UTF-8"), check(root));
    }

    /** A link, an anchor, a quiz, a tree, a calculator preset, a source and an image, all dangling: one run reports all. */
    @Test
    void m14_danglingReferencesOfEveryKindAreReportedTogether() {
        Path root = course(dir, """
                -- content/01-intro/02-x.md --
                ---
                title: T
                summary: S
                quiz: no-such-quiz
                sources: [no-such-source.txt]
                ---
                [a](03-missing.md) [b](01-first.md#no-such-heading) ![c](images/none.png)

                {{quiz other-missing-quiz}}

                {{tree no-such-tree}}

                {{calculator no-such-preset}}
                """);
        assertEquals(List.of(
                LESSON + ":4:7: error: unknown quiz `no-such-quiz`; there are no quizzes in quizzes/",
                LESSON + ":5:11: error: unknown source `no-such-source.txt`; declare it under `sources:` in content/course.yaml",
                LESSON + ":7:5: error: broken link: no lesson at `content/01-intro/03-missing.md`",
                LESSON + ":7:24: error: broken anchor: `content/01-intro/01-first.md` has no heading with id `no-such-heading` (it has no headings)",
                LESSON + ":7:58: error: missing image: no file at `content/01-intro/images/none.png`",
                LESSON + ":9:1: error: unknown quiz `other-missing-quiz`; there are no quizzes in quizzes/",
                LESSON + ":11:1: error: unknown decision tree `no-such-tree`; there are no trees in content/widgets/decision-trees/",
                LESSON + ":13:1: error: unknown cost preset `no-such-preset`; there are no presets in content/widgets/cost-presets.yaml"),
                check(root));
    }

    @Test
    void m15_emptyLessonFile() {
        assertEquals(List.of(LESSON + ":1:1: error: lesson has no title: add `title: ...` to its front matter or start it with a `# Heading`"),
                check(lesson(dir, "")));
    }

    @Test
    void m16_frontMatterThatIsAList() {
        List<String> lines = check(lesson(dir, "---\n- title\n- summary\n---\nBody\n"));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(LESSON + ":2:1: error: "), lines.get(0));
    }

    @Test
    void m17_tabIndentationInYaml() {
        List<String> lines = check(lesson(dir, "---\ntitle: T\nsummary: S\nobjectives:\n\t- one\n---\nBody\n"));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(LESSON + ":5:1: error: invalid YAML: "), lines.get(0));
    }

    @Test
    void m18_unclosedQuoteNamesTheLineItStartsOn() {
        List<String> lines = check(lesson(dir, "---\ntitle: \"T\nsummary: S\ntags: [a]\n---\nBody\n"));
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(LESSON + ":2:8: error: invalid YAML: the quote that opens this text is never closed; end the text with the"
                + " same quote (`\"` or `'`)", lines.get(0));
    }

    @Test
    void m19_quizThatIsAListInsteadOfAMapping() {
        List<String> lines = check(course(dir, "-- quizzes/q.yaml --\n- id: q\n- title: Q\n"));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("quizzes/q.yaml:1:1: error: "), lines.get(0));
    }

    @Test
    void m20_everyBrokenFileOfOneRunIsReportedTogether() {
        Path root = course(dir, """
                -- content/01-intro/02-x.md --
                ---
                summary: S
                ---
                Body
                -- content/01-intro/03-y.md --
                no front matter
                -- content/02-two/module.yaml --
                title: [x]
                -- quizzes/q.yaml --
                id: other
                """);
        assertEquals(List.of(
                LESSON + ":1:1: error: lesson has no title: add `title: ...` to its front matter or start it with a `# Heading`",
                "content/01-intro/03-y.md:1:1: error: lesson has no title: add `title: ...` to its front matter or start it with a `# Heading`",
                "content/02-two/module.yaml:1:1: error: missing required key `summary`",
                "content/02-two/module.yaml:1:8: error: expected text for `title`, found a list",
                "quizzes/q.yaml:1:1: error: missing required key `questions`",
                "quizzes/q.yaml:1:1: error: missing required key `title`",
                "quizzes/q.yaml:1:5: error: quiz id `other` differs from its file name; name the file `other.yaml` or set `id: q`"),
                check(root));
    }
}
