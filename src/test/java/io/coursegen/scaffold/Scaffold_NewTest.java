package io.coursegen.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.pipeline.BuildOptions;
import io.coursegen.pipeline.BuildResult;
import io.coursegen.pipeline.SiteBuilder;
import io.coursegen.cli.Main;
import io.coursegen.render.Templates;
import io.coursegen.testing.CourseFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code coursegen new}: where each kind lands, that lesson and quiz starters build cleanly, and what it refuses. */
class Scaffold_NewTest {
    @TempDir
    Path root;

    @Test
    void newLessonsAndQuizzesBuildWithoutErrorsOrWarnings() throws IOException {
        CourseFiles.minimal(root);
        Captured lesson = run("new", "lesson", "serving-costs");
        assertEquals(0, lesson.code, lesson.err);
        assertEquals("created content/01-intro/02-serving-costs.md\n", lesson.out);

        Captured moduleLesson = run("new", "lesson", "first-steps", "--module", "pricing");
        assertEquals("created content/02-pricing/01-first-steps.md\ncreated content/02-pricing/module.yaml\n", moduleLesson.out);
        assertEquals("created content/02-pricing/02-second-step.md\n", run("new", "lesson", "second-step", "--module", "02-pricing").out);
        assertEquals("created content/02-pricing/03-third-step.md\n", run("new", "lesson", "third-step", "--module", "pricing").out);
        assertEquals("created content/03-extras/01-more.md\ncreated content/03-extras/module.yaml\n",
                run("new", "lesson", "more", "--module", "03-extras").out);

        assertEquals("created quizzes/pricing-basics.yaml\n", run("new", "quiz", "pricing-basics").out);
        // A lesson that shows the new quiz, so the starter quiz is also rendered on a page.
        Path first = root.resolve("content/02-pricing/01-first-steps.md");
        Files.writeString(first, Files.readString(first).replace("# quiz: my-quiz", "quiz: pricing-basics"));

        BuildResult result = new SiteBuilder(new BuildOptions(root, root.resolve("site"), Optional.empty(), true), Templates.precompiled()).build();
        assertEquals(List.of(), result.diagnostics().lines());
        assertTrue(result.ok());
        assertTrue(Files.readString(root.resolve("site/pricing/first-steps.html")).contains("Which of these is the right answer?"));
        assertTrue(Files.readString(root.resolve("site/intro/serving-costs.html")).contains("<h1"));
    }

    @Test
    void aNewCourseHasItsNameAsIdAndBuildsWithoutErrorsOrWarnings() throws IOException {
        Captured course = run("new", "course", "prompting-basics");
        assertEquals(0, course.code, course.err);
        assertEquals("created content/course.yaml\n", course.out);
        String yaml = Files.readString(root.resolve("content/course.yaml"));
        assertTrue(yaml.contains("\nid: prompting-basics\ntitle: Prompting basics\n"), yaml);
        assertEquals(List.of(), CourseFiles.check(root));
        assertEquals("prompting-basics", CourseFiles.load(root).get().id());

        assertEquals(0, run("new", "lesson", "welcome", "--module", "getting-started").code);
        BuildResult result = new SiteBuilder(new BuildOptions(root, root.resolve("site"), Optional.empty(), true), Templates.precompiled()).build();
        assertEquals(List.of(), result.diagnostics().lines());
        assertTrue(Files.readString(root.resolve("site/getting-started/welcome.html")).contains("data-course=\"prompting-basics\""));

        Captured again = run("new", "course", "other");
        assertEquals(2, again.code);
        assertEquals("coursegen: error: `content/course.yaml` already exists; nothing was written (pick another name, or edit it)\n", again.err);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "on", "null", "2024", "0x1f", "1e3"})
    void namesThatYamlWouldReadAsAnotherValueAreQuoted(String name) {
        assertEquals(0, run("new", "course", name).code);
        CourseFiles.Loaded loaded = CourseFiles.load(root);
        assertEquals(List.of(), loaded.lines(), name);
        assertEquals(name, loaded.get().id());
        assertEquals(0, run("new", "lesson", "first", "--module", "intro").code);
        assertEquals(0, run("new", "quiz", name).code);
        assertEquals(0, run("new", "exercise", name).code);
        assertEquals(List.of(), CourseFiles.check(root), name);
    }

    @Test
    void aCourseIdHasAtMostSixtyFourCharacters() {
        Captured c = run("new", "course", "a".repeat(65));
        assertEquals(2, c.code);
        assertEquals("coursegen: error: invalid name `" + "a".repeat(65) + "`: a course id has at most 64 characters\n", c.err);
        assertEquals(0, run("new", "course", "a".repeat(64)).code);
        assertEquals(List.of(), CourseFiles.check(root));
    }

    @Test
    void exercisesAndTermsLandInTheirFolders() throws IOException {
        CourseFiles.minimal(root);
        assertEquals("created content/exercises/pick-an-approach.yaml\n", run("new", "exercise", "pick-an-approach").out);
        assertEquals("created content/glossary/lora.md\n", run("new", "term", "lora").out);
        String exercise = Files.readString(root.resolve("content/exercises/pick-an-approach.yaml"));
        for (String key : List.of("id: pick-an-approach", "title:", "intro:", "scenarios:", "scenario:", "choices:", "answers:", "why:", "rubric:",
                "model-answer:", "hints:", "reveal:")) {
            assertTrue(exercise.contains(key), key);
        }
        String term = Files.readString(root.resolve("content/glossary/lora.md"));
        for (String key : List.of("term: lora", "aliases:", "definition:", "related:")) assertTrue(term.contains(key), key);
        assertEquals(List.of(), CourseFiles.check(root));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        CourseFiles.minimal(root);
        assertEquals(0, run("new", "quiz", "basics").code);
        Path quiz = root.resolve("quizzes/basics.yaml");
        Files.writeString(quiz, "mine");
        Captured again = run("new", "quiz", "basics");
        assertEquals(2, again.code);
        assertEquals("coursegen: error: `quizzes/basics.yaml` already exists; nothing was written (pick another name, or edit it)\n", again.err);
        assertEquals("mine", Files.readString(quiz));

        Captured sameLesson = run("new", "lesson", "first");
        assertEquals(2, sameLesson.code);
        assertEquals("coursegen: error: module `01-intro` already has a lesson `first`\n", sameLesson.err);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad Name", "../escape", "a/b", " x", "x-", "a--b", "Upper", "dot.name", "a_b", "é"})
    void namesMustBeSlugs(String name) {
        CourseFiles.minimal(root);
        List<String> before = CourseFiles.listing(root);
        Captured c = run("new", "lesson", name);
        assertEquals(2, c.code, name);
        assertTrue(c.err.startsWith("coursegen: error: invalid name `" + name + "`: expected a slug"), c.err);
        assertEquals(before, CourseFiles.listing(root));
    }

    @Test
    void aLessonNeedsAModuleAndModulesAreSlugsToo() {
        CourseFiles.write(root, "-- content/course.yaml --\ntitle: T\ndescription: D\n");
        Captured none = run("new", "lesson", "x");
        assertEquals(2, none.code);
        assertEquals("coursegen: error: the course has no module yet: name one with --module, such as --module getting-started\n", none.err);
        assertEquals(2, run("new", "lesson", "x", "--module", "../up").code);
        assertEquals(2, run("new", "quiz", "x", "--module", "m").code);
        assertEquals(2, run("new", "widget", "x").code);
        assertFalse(Files.exists(root.resolve("quizzes")));
    }

    private record Captured(int code, String out, String err) {}

    private Captured run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--project";
        all[args.length + 1] = root.toString();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(all);
            return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
