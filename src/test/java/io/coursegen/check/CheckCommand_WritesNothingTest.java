package io.coursegen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.cli.Main;
import io.coursegen.testing.CourseFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coursegen check} through the command line: exit codes, what it prints, and that it writes nothing. */
class CheckCommand_WritesNothingTest {
    @TempDir
    Path root;

    /** What one run of the CLI returned and printed. */
    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Runs {@link Main#run} with System.out and System.err captured (picocli prints to them). */
    static Run run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            System.out.flush();
            System.err.flush();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    @Test
    void validCourseExitsZeroAndWritesNothing() {
        CourseFiles.minimal(root);
        List<String> before = CourseFiles.listing(root);
        Run r = run("check", "--project", root.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().matches("checked the course: no errors \\(0 warnings\\) in \\d+\\.\\d\\d s\\R"), r.out());
        assertEquals(before, CourseFiles.listing(root));
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void invalidCourseExitsOneAndPrintsEveryErrorThenTheCount() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/01-intro/02-bad.md", "---\ntitle: T\nsummary: S\ntitel: x\n---\n[x](nope.md)\n");
        List<String> before = CourseFiles.listing(root);
        Run r = run("check", "--project", root.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals(List.of(
                "content/01-intro/02-bad.md:4:1: error: unknown key `titel` in lesson front matter, expected one of `glossary-links`, `objectives`,"
                        + " `quiz`, `sources`, `summary`, `tags`, `title`; did you mean `title`?",
                "content/01-intro/02-bad.md:6:5: error: broken link: no lesson at `content/01-intro/nope.md`",
                "2 errors, 0 warnings; nothing was written"),
                r.errLines());
        assertEquals(before, CourseFiles.listing(root));
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void anExistingSiteIsLeftAlone() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "site/index.html", "old site");
        List<String> before = CourseFiles.listing(root);
        assertEquals(0, run("check", "--project", root.toString()).exit());
        CourseFiles.writeString(root, "content/01-intro/01-first.md", "broken");
        List<String> broken = CourseFiles.listing(root);
        assertEquals(1, run("check", "--project", root.toString()).exit());
        assertEquals(broken, CourseFiles.listing(root));
        assertEquals(before.stream().filter(l -> l.startsWith("site/")).toList(),
                broken.stream().filter(l -> l.startsWith("site/")).toList());
    }

    @Test
    void aProjectWithoutContentIsOneError() {
        Run r = run("check", "--project", root.toString());
        assertEquals(1, r.exit());
        assertEquals(List.of(
                "content/course.yaml:1:1: error: missing course.yaml: every course needs content/course.yaml with `title` and `description`",
                "1 error, 0 warnings; nothing was written"),
                r.errLines());
        assertEquals(List.of(), CourseFiles.listing(root), "not even content/ is created");
    }

    @Test
    void contentErrorsNeverPrintAStackTrace() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/01-intro/02-deep.md", "---\ntitle: T\nsummary: S\ntags: " + "[".repeat(10_000) + "\n---\n");
        CourseFiles.writeBytes(root, "content/01-intro/03-bytes.md", new byte[] {'-', '-', '-', '\n', (byte) 0xFF});
        Run r = run("check", "--project", root.toString());
        assertEquals(1, r.exit());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals(3, r.errLines().size(), r.err());
    }
}
