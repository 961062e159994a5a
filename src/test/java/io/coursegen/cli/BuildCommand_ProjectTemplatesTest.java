package io.coursegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.render.Templates;
import io.coursegen.testing.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --project X} renders with X's own {@code templates/} when they differ from coursegen's,
 * taking the templates X lacks from coursegen, and reports a template that does not compile at its place.
 */
class BuildCommand_ProjectTemplatesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/course");
    private static final Path OWN_TEMPLATES = Path.of("templates");
    private static final List<String> LESSON_PAGES = List.of("basics/more.html", "basics/start.html", "next/last.html");
    private static final String MARKER = "<h1 data-project-marker";

    @TempDir
    Path tmp;

    @Test
    void anEditedLessonTemplateShowsInEveryLessonPage() throws IOException {
        Path project = project();
        copyTree(OWN_TEMPLATES, project.resolve("templates"));
        editLessonTemplate(project);
        Path out = tmp.resolve("site");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", out.toString()));
        assertEquals(LESSON_PAGES, pagesWith(out, MARKER));
    }

    @Test
    void aProjectOverridingOnlyOneTemplateBuildsEveryPage() throws IOException {
        Path plain = tmp.resolve("plain");
        assertEquals(0, Main.run("build", "--project", GOLDEN.toString(), "--out", plain.toString()));

        Path project = project();
        Files.createDirectories(project.resolve("templates"));
        Files.copy(OWN_TEMPLATES.resolve("lesson.jte"), project.resolve("templates/lesson.jte"));
        editLessonTemplate(project);
        Path out = tmp.resolve("site");
        Captured c = capture("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, c.code, c.err);
        assertTrue(c.out.startsWith("built 18 pages into "), c.out);
        assertEquals(LESSON_PAGES, pagesWith(out, MARKER));
        // Every other file comes out as coursegen's own templates make it.
        Map<String, String> expected = Trees.fingerprint(plain);
        Map<String, String> actual = Trees.fingerprint(out);
        LESSON_PAGES.forEach(expected::remove);
        LESSON_PAGES.forEach(actual::remove);
        assertEquals(expected, actual);
    }

    @Test
    void aBrokenTemplateIsOneErrorAtItsPlaceAndLeavesTheSiteUntouched() throws IOException {
        Path project = project();
        Path out = tmp.resolve("site");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", out.toString()));
        Map<String, String> before = Trees.fingerprint(out);

        Files.createDirectories(project.resolve("templates"));
        String lesson = Files.readString(OWN_TEMPLATES.resolve("lesson.jte"));
        // Line 4 of coursegen's lesson.jte starts with the breadcrumbs.
        Files.writeString(project.resolve("templates/lesson.jte"),
                lesson.replace("<nav class=\"breadcrumbs\"", "${view.noSuchThing()}<nav class=\"breadcrumbs\""));
        Captured c = capture("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(1, c.code);
        assertEquals("""
                templates/lesson.jte:4:1: error: cannot find symbol, symbol: method noSuchThing(), location: variable view of type LessonView
                1 error, 0 warnings; nothing was written
                """, c.err);
        assertEquals(before, Trees.fingerprint(out));
    }

    @Test
    void templatesThatRepeatCoursegensOwnUseThePrecompiledOnes() throws IOException {
        Path project = project();
        copyTree(OWN_TEMPLATES, project.resolve("templates"));
        Path classes = Files.createDirectory(tmp.resolve("classes"));
        assertFalse(Templates.forProject(project, classes).fromProject());
        editLessonTemplate(project);
        assertTrue(Templates.forProject(project, classes).fromProject());
    }

    private Path project() throws IOException {
        Path project = tmp.resolve("project");
        copyTree(GOLDEN, project);
        return project;
    }

    private static void editLessonTemplate(Path project) throws IOException {
        Path lesson = project.resolve("templates/lesson.jte");
        String text = Files.readString(lesson);
        assertTrue(text.contains("<h1"), "coursegen's lesson.jte has a heading to mark");
        Files.writeString(lesson, text.replace("<h1", MARKER));
    }

    /** The pages under {@code site} that contain {@code text}, sorted. */
    private static List<String> pagesWith(Path site, String text) throws IOException {
        Map<String, Boolean> pages = new TreeMap<>();
        try (var s = Files.walk(site)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(site.relativize(p).toString().replace('\\', '/'), Files.readString(p).contains(text));
            }
        }
        return pages.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
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
