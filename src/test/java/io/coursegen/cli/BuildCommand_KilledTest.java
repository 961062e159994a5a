package io.coursegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.render.OutputFile;
import io.coursegen.testing.CourseFiles;
import io.coursegen.testing.Trees;
import io.coursegen.write.SiteWriter;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real stop: a second JVM writes a site into the same output folder and is killed (SIGKILL, nothing of
 * it runs after) in the middle of writing. While it runs, a build beside it leaves its staging folder
 * alone; once it is dead, the next build removes the folder, says so, and the site is intact.
 *
 * <p>The child stops itself at a known point (it has written 100 pages and waits), so the kill always
 * lands mid-write. A kill between the swap's two renames cannot be aimed at without a hook in the swap;
 * the state it leaves is made by hand in {@link BuildCommand_RecoveryTest}.
 */
class BuildCommand_KilledTest {
    @TempDir
    Path tmp;

    /** The child: streams pages into {@code args[0]} through {@link SiteWriter} and waits before the last one. */
    public static final class HangingWrite {
        public static void main(String[] args) throws IOException {
            SiteWriter.write(Path.of(args[0]), sink -> {
                for (int i = 0; i < 100; i++) sink.accept(OutputFile.html("m/p" + i + ".html", "page " + i + "\n".repeat(100)));
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("not killed");
            }, SiteWriter.FILES);
        }
    }

    @Test
    void aBuildKilledMidWriteIsClearedUpByTheNextAndALiveOneIsLeftAlone() throws Exception {
        Path project = CourseFiles.minimal(tmp.resolve("project"));
        Path outDir = tmp.resolve("out");
        Path site = outDir.resolve("site");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", site.toString()));
        Map<String, String> before = Trees.fingerprint(site);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                HangingWrite.class.getName(), site.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("writing", out.readLine(), "the child did not start writing");
            List<String> staging = names(outDir).stream().filter(n -> n.startsWith(".site.staging-")).toList();
            assertEquals(1, staging.size(), names(outDir).toString());
            Path childStaging = outDir.resolve(staging.get(0));

            // A build at the same time: the child's folder is live, so nothing is said and nothing removed.
            Run beside = build(project, site);
            assertEquals(0, beside.code(), beside.err());
            assertEquals("", beside.err());
            assertEquals(List.of(staging.get(0), "site"), names(outDir));
            assertTrue(Files.exists(childStaging.resolve("m/p99.html")));

            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));

            Run after = build(project, site);
            assertEquals(0, after.code(), after.err());
            assertTrue(after.err().matches("coursegen: warning: cleared up after a build that was stopped before it finished: removed `"
                    + staging.get(0).replace(".", "\\.") + "/` \\(10\\.[0-9] KB\\)\\n"), after.err());
            assertEquals(List.of("site"), names(outDir));
            assertEquals(before, Trees.fingerprint(site));
        } finally {
            child.destroyForcibly();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private record Run(int code, String err) {}

    private static Run build(Path project, Path site) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run("build", "--project", project.toString(), "--out", site.toString());
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }
}
