package io.coursegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.cli.Main;
import io.coursegen.render.Assets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build} and {@code serve} pick the same templates for the same project, so every page comes out the same. */
class BuildAndServe_SamePagesTest {
    @TempDir
    Path tmp;

    @Test
    void aProjectWithItsOwnLessonTemplateGivesTheSamePagesInBuildAndServe() throws IOException {
        Path project = tmp.resolve("project");
        copyTree(Path.of("src/test/resources/golden/course"), project);
        Files.createDirectories(project.resolve("templates"));
        String lesson = Files.readString(Path.of("templates/lesson.jte"));
        Files.writeString(project.resolve("templates/lesson.jte"), lesson.replace("<h1", "<h1 data-project-marker"));

        Path out = tmp.resolve("site");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", out.toString()));
        DevBuild.Outcome served = DevBuild.forProject(project, Files.createDirectory(tmp.resolve("classes")), null, Assets::bundled).full();
        assertTrue(served.ok(), served.problems().toString());

        List<String> pages;
        try (var s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertEquals(18, pages.size()); // 15, and the print views of the course and its two modules
        assertEquals(new TreeSet<>(pages), new TreeSet<>(served.snapshot().keysForTest().stream().filter(p -> p.endsWith(".html")).toList()));
        int marked = 0;
        for (String page : pages) {
            byte[] built = Files.readAllBytes(out.resolve(page));
            // serve adds only its live-reload script tag to each page, and links the scripts made from the whole
            // course (search index manifest, progress catalog, message catalog) without a fingerprint, as it makes them on request.
            String expected = new String(SiteSnapshot.withLiveScript(built), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("assets/(search/index|progress-catalog|messages)\\.[0-9a-f]{10}\\.js", "assets/$1.js");
            assertEquals(expected, new String(served.snapshot().get(page).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8), page);
            if (new String(built, java.nio.charset.StandardCharsets.UTF_8).contains("data-project-marker")) marked++;
        }
        assertEquals(3, marked, "the three lesson pages");
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
