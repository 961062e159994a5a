package io.coursegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.testing.CourseFiles;
import io.coursegen.testing.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 item 4: the next build clears up after one that was stopped, from the folders a stop leaves
 * (made here by hand, as a killed build leaves them: the operating system has dropped its lock). A stop
 * while pages are written leaves {@code .site.staging-ID/} with its lock file; a stop between the swap's
 * two renames leaves no {@code site/}, the previous site complete in {@code .site.old-ID/} and the new one
 * in the staging folder; a stop while the old site is deleted leaves part of it, marked as being deleted.
 * A real kill of a build process is in {@link BuildCommand_KilledTest}.
 */
class BuildCommand_RecoveryTest {
    private static final String CLEARED = "coursegen: warning: cleared up after a build that was stopped before it finished: ";

    @TempDir
    Path tmp;
    Path project;
    Path outDir;
    Path site;

    @BeforeEach
    void course() {
        project = CourseFiles.minimal(tmp.resolve("project"));
        outDir = tmp.resolve("out");
        site = outDir.resolve("site");
    }

    @Test
    void aStagingFolderLeftByAStopWhileWritingIsRemovedAndSaidInOneLine() throws IOException {
        assertEquals(0, build().code());
        stoppedWhileWriting("deadbeef");
        Run r = build();
        assertEquals(0, r.code(), r.err());
        assertEquals(CLEARED + "removed `.site.staging-deadbeef/` (8.0 KB)\n", r.err());
        assertTrue(r.out().contains("(1 warning)"), r.out());
        assertEquals(List.of("site"), names(outDir));
        assertEquals("", build().err(), "nothing left to say the next time");
    }

    @Test
    void aStopBetweenTheRenamesIsUndoneEvenWhenTheNextBuildFails() throws IOException {
        assertEquals(0, build().code());
        Map<String, String> before = Trees.fingerprint(site);
        stoppedBetweenTheRenames("cafebabe");
        assertFalse(Files.exists(site));
        CourseFiles.writeString(project, "content/01-intro/01-first.md", "---\nsummary: S\n---\n"); // no title: an error
        Run r = build();
        assertEquals(1, r.code());
        assertEquals(List.of(
                "content/01-intro/01-first.md:1:1: error: lesson has no title: add `title: ...` to its front matter or start it with a `# Heading`",
                CLEARED + "restored `site/` from `.site.old-cafebabe/`; removed `.site.staging-cafebabe/` (8.0 KB)",
                "1 error, 1 warning; nothing was written"), r.err().lines().toList());
        assertEquals(before, Trees.fingerprint(site), "the site from before the stopped build, byte for byte");
        assertEquals(List.of("site"), names(outDir));
    }

    @Test
    void aStopBetweenTheRenamesIsUndoneAndTheBuildThenReplacesTheSite() throws IOException {
        assertEquals(0, build().code());
        stoppedBetweenTheRenames("cafebabe");
        Run r = build();
        assertEquals(0, r.code(), r.err());
        assertEquals(CLEARED + "restored `site/` from `.site.old-cafebabe/`; removed `.site.staging-cafebabe/` (8.0 KB)\n", r.err());
        assertEquals(List.of("site"), names(outDir));
        assertTrue(Files.readString(site.resolve("index.html")).contains("First"));
        assertFalse(Files.exists(site.resolve("stopped.html")), "the stopped build's pages are not the site");
    }

    @Test
    void aHalfDeletedOldSiteIsNeverRestored() throws IOException {
        // Stopped while deleting the old site, and then the user deleted site/ too.
        Path old = outDir.resolve(".site.old-0badf00d");
        CourseFiles.writeString(old, ".coursegen-deleting", "");
        CourseFiles.writeString(old, "m/l.html", "half of an old site");
        CourseFiles.writeString(project, "content/01-intro/01-first.md", "---\nsummary: S\n---\n"); // no title: an error
        Run failed = build();
        assertEquals(1, failed.code());
        assertTrue(failed.err().contains(CLEARED + "removed `.site.old-0badf00d/` (0.0 KB)\n"), failed.err());
        assertFalse(Files.exists(outDir.resolve("site")), "nothing whole to restore");
        assertEquals(List.of(), names(outDir));
    }

    @Test
    void aStopAfterTheSwapLeavesTheLockFileInTheSiteAndTheOldSiteHalfDeleted() throws IOException {
        assertEquals(0, build().code());
        CourseFiles.writeString(site, ".coursegen-build", "coursegen build, process 1; locked while it runs\n");
        CourseFiles.writeString(outDir, ".site.old-12345678/.coursegen-deleting", "");
        Run r = build();
        assertEquals(0, r.code(), r.err());
        assertEquals(CLEARED + "removed `.site.old-12345678/` (0.0 KB)\n", r.err());
        assertEquals(List.of("site"), names(outDir));
        assertFalse(Files.exists(site.resolve(".coursegen-build")));
    }

    @Test
    void foldersThatOnlyLookLikeOursAreLeftAlone() throws IOException {
        // No marker file inside: a user's own folders, whatever they are called.
        CourseFiles.writeString(outDir, ".site.staging-foo/notes.txt", "mine");
        CourseFiles.writeString(outDir, ".site.old-foo/notes.txt", "mine too");
        CourseFiles.writeString(outDir, ".site.staging-bar/.coursegen-site", ""); // no lock file: not a staging folder
        Files.createDirectories(outDir.resolve(".site.staging-empty"));
        List<String> before = CourseFiles.listing(outDir);
        Run r = build();
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(before, CourseFiles.listing(outDir).stream().filter(l -> !l.startsWith("site/")).toList());
    }

    @Test
    void aZipBuildStoppedWhileWritingTheArchiveIsClearedUpToo() throws IOException {
        Path zip = outDir.resolve("site.zip");
        CourseFiles.writeString(outDir, ".site.zip.staging-feedf00d/.coursegen-build", "coursegen build, process 4242; locked while it runs\n");
        CourseFiles.writeBytes(outDir, ".site.zip.staging-feedf00d/site.zip", new byte[2048 - 52]);
        Run r = run("build", "--project", project.toString(), "--format", "zip", "--out", zip.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(CLEARED + "removed `.site.zip.staging-feedf00d/` (2.0 KB)\n", r.err());
        assertEquals(List.of("site.zip"), names(outDir));
    }

    @Test
    void checkSaysWhatTheNextBuildWillDoAndChangesNothing() throws IOException {
        // check has no --out: it looks beside the default site/ in the project.
        assertEquals(0, Main.run("build", "--project", project.toString()));
        Files.move(project.resolve("site"), project.resolve(".site.old-cafebabe"));
        stoppedWhileWriting(project, "cafebabe");
        List<String> before = CourseFiles.listing(project);
        Run r = run("check", "--project", project.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("coursegen: warning: a build was stopped before it finished: `site/` is missing and `.site.old-cafebabe/` holds"
                + " the previous site; `.site.staging-cafebabe/` (8.0 KB) is left over; the next `coursegen build` clears this up\n", r.err());
        assertTrue(r.out().startsWith("checked the course: no errors (1 warning)"), r.out());
        assertEquals(before, CourseFiles.listing(project));
    }

    /** What a build killed while writing pages leaves: a staging folder with its (now unlocked) lock file and some pages. */
    private void stoppedWhileWriting(String id) {
        stoppedWhileWriting(outDir, id);
    }

    private static void stoppedWhileWriting(Path dir, String id) {
        Path staging = dir.resolve(".site.staging-" + id);
        CourseFiles.writeString(staging, ".coursegen-build", "coursegen build, process 4242; locked while it runs\n");
        CourseFiles.writeBytes(staging, "stopped.html", new byte[8192 - 52]);
    }

    /** What a build killed between the swap's renames leaves: no site, the old one aside, the new one complete. */
    private void stoppedBetweenTheRenames(String id) throws IOException {
        Files.move(site, outDir.resolve(".site.old-" + id));
        stoppedWhileWriting(id);
        CourseFiles.writeString(outDir.resolve(".site.staging-" + id), ".coursegen-site", "");
    }

    private Run build() {
        return run("build", "--project", project.toString(), "--out", site.toString());
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
