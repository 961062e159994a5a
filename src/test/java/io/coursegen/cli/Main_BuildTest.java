package io.coursegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.testing.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build command end to end: exit codes, summary, reproducible output, and a failed build losing nothing. */
class Main_BuildTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/course");

    @TempDir
    Path tmp;

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        assertEquals(0, Main.run("build", "--project", GOLDEN.toString(), "--out", tmp.resolve("a").toString()));
        assertEquals(0, Main.run("build", "--project", GOLDEN.toString(), "--out", tmp.resolve("b").toString()));
        assertEquals(Trees.fingerprint(tmp.resolve("a")), Trees.fingerprint(tmp.resolve("b")));
    }

    @Test
    void summaryLineAndExitCodes() throws IOException {
        Captured ok = capture("build", "--project", GOLDEN.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(0, ok.code);
        assertTrue(ok.out.matches("built 18 pages into " + tmp.resolve("site") + "/, [0-9.]+ KB, search index [0-9.]+ KB \\(0 warnings\\) in [0-9.]+ s\\n"), ok.out);
        assertEquals(2, capture("build", "--no-such-option").code);
        assertEquals(2, capture("frobnicate").code);
        assertEquals(2, capture("build", "--project", GOLDEN.toString(), "--base-url", "not a url").code);
        // Issue 23, item 9: a --project that is no folder is a usage error saying so, not "missing course.yaml".
        for (String command : new String[] {"build", "check"}) {
            Captured missing = capture(command, "--project", tmp.resolve("nonexistent").toString());
            assertEquals(2, missing.code, command);
            assertTrue(missing.err.contains("--project `" + tmp.resolve("nonexistent") + "` does not exist; give the course project folder"),
                    missing.err);
        }
        Path file = Files.writeString(tmp.resolve("README.md"), "# not a project\n");
        Captured notAFolder = capture("check", "--project", file.toString());
        assertEquals(2, notAFolder.code);
        assertTrue(notAFolder.err.contains("is a file, not a folder"), notAFolder.err);
        assertEquals(0, capture("--version").code);
        Captured help = capture("--help");
        assertEquals(0, help.code);
        assertTrue(help.out.contains("build") && help.out.contains("check"), help.out);
    }

    @Test
    void aCourseWithErrorsExitsOneAndLeavesThePreviousSiteUntouched() throws IOException {
        Path project = tmp.resolve("project");
        copyTree(GOLDEN, project);
        Path out = tmp.resolve("site");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", out.toString()));
        Map<String, String> before = Trees.fingerprint(out);
        Files.writeString(project.resolve("content/01-basics/02-more.md"), "---\ntitle: More\nsummary: S\nsumary: typo\n---\n[x](nope.md)\n");
        Captured failed = capture("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(1, failed.code);
        assertEquals("""
                content/01-basics/01-start.md:10:76: error: broken anchor: `content/01-basics/02-more.md` has no heading with id `a-section` (it has no headings)
                content/01-basics/02-more.md:4:1: error: unknown key `sumary` in lesson front matter, expected one of `glossary-links`, `objectives`, `quiz`, `sources`, `summary`, `tags`, `title`; did you mean `summary`?
                content/01-basics/02-more.md:6:5: error: broken link: no lesson at `content/01-basics/nope.md`
                3 errors, 0 warnings; nothing was written
                """, failed.err);
        assertEquals(before, Trees.fingerprint(out));
    }

    @Test
    void refusedOutputFolderIsAnError() throws IOException {
        Path project = tmp.resolve("project");
        copyTree(GOLDEN, project);
        Captured c = capture("build", "--project", project.toString(), "--out", project.resolve("content").toString());
        assertEquals(1, c.code);
        assertEquals("coursegen: error: refusing to write the site into `content`: it is inside the project's content/ folder\n", c.err);
    }

    @Test
    void formatZipWritesTheSameSiteAsOneArchive() throws IOException {
        assertEquals(0, Main.run("build", "--project", GOLDEN.toString(), "--out", tmp.resolve("site").toString()));
        Captured zipped = capture("build", "--project", GOLDEN.toString(), "--format", "zip", "--out", tmp.resolve("course.zip").toString());
        assertEquals(0, zipped.code, zipped.err);
        assertTrue(zipped.out.matches("built 18 pages into " + tmp.resolve("course.zip") + ", [0-9.]+ KB, search index [0-9.]+ KB \\(0 warnings\\) in [0-9.]+ s\\n"), zipped.out);
        java.util.Set<String> folder = new java.util.TreeSet<>(Trees.fingerprint(tmp.resolve("site")).keySet());
        folder.remove(io.coursegen.write.SiteWriter.MARKER);
        java.util.Set<String> archive = new java.util.TreeSet<>();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(tmp.resolve("course.zip").toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(z.entries())) {
                archive.add(e.getName());
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(tmp.resolve("site").resolve(e.getName())),
                        z.getInputStream(e).readAllBytes()), e.getName());
            }
        }
        assertEquals(folder, archive);
        Captured unknown = capture("build", "--project", GOLDEN.toString(), "--format", "epub");
        assertEquals(2, unknown.code);
        assertTrue(unknown.err.contains("unknown --format `epub`, expected one of `site`, `zip`, `scorm12`, `scorm2004`"), unknown.err);
    }

    @Test
    void formatScormWritesAPackageWithTheSiteInsideAndRefusesABaseUrl() throws IOException {
        assertEquals(0, Main.run("build", "--project", GOLDEN.toString(), "--out", tmp.resolve("site").toString()));
        Captured built = capture("build", "--project", GOLDEN.toString(), "--format", "scorm12", "--out", tmp.resolve("course.zip").toString());
        assertEquals(0, built.code, built.err);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(tmp.resolve("course.zip").toFile())) {
            assertTrue(z.getEntry("imsmanifest.xml") != null && z.getEntry("lms/launch.html") != null);
            for (java.util.Map.Entry<String, String> f : Trees.fingerprint(tmp.resolve("site")).entrySet()) {
                if (f.getKey().equals(io.coursegen.write.SiteWriter.MARKER)) continue;
                java.util.zip.ZipEntry e = z.getEntry(f.getKey());
                assertTrue(e != null && java.util.Arrays.equals(Files.readAllBytes(tmp.resolve("site").resolve(f.getKey())),
                        z.getInputStream(e).readAllBytes()), "the site's " + f.getKey() + ", unchanged in the package");
            }
        }
        Captured withUrl = capture("build", "--project", GOLDEN.toString(), "--format", "scorm2004", "--base-url", "https://example.org/c/",
                "--out", tmp.resolve("other.zip").toString());
        assertEquals(2, withUrl.code);
        assertTrue(withUrl.err.contains("--base-url does not apply to --format scorm2004: an LMS serves the package from its own host;"
                + " leave --base-url out"), withUrl.err);
        assertTrue(!Files.exists(tmp.resolve("other.zip")));
    }

    private record Captured(int code, String out, String err) {}

    private static Captured capture(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }
}
