package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.SourceRef;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders and files under content/: what is a module, what is a lesson, and in which order. */
class CourseLoader_LayoutTest {
    @TempDir
    Path root;

    private static String lesson(String title) {
        return "---\ntitle: " + title + "\nsummary: S\n---\nBody\n";
    }

    private void module(String dir, String title, String... lessonFiles) {
        CourseFiles.writeString(root, "content/" + dir + "/module.yaml", "title: " + title + "\nsummary: S\n");
        for (String f : lessonFiles) CourseFiles.writeString(root, "content/" + dir + "/" + f, lesson(f));
    }

    private void courseYaml() {
        CourseFiles.writeString(root, "content/course.yaml", "title: T\ndescription: D\n");
    }

    @Test
    void minimalCourse() {
        CourseFiles.minimal(root);
        CourseFiles.Loaded loaded = CourseFiles.load(root);
        assertEquals(List.of(), loaded.lines());
        Course c = loaded.get();
        assertEquals("T", c.title());
        assertEquals("D", c.description());
        assertEquals("en", c.language());
        assertEquals(SourceRef.file("content/course.yaml"), c.ref());
        CourseModule m = c.modules().get(0);
        assertEquals("01-intro", m.dir());
        assertEquals(1, m.order());
        assertEquals("intro", m.slug());
        assertEquals("Intro", m.title());
        assertEquals(SourceRef.file("content/01-intro/module.yaml"), m.ref());
        Lesson l = m.lessons().get(0);
        assertEquals("content/01-intro/01-first.md", l.path());
        assertEquals("first", l.slug());
        assertEquals("intro", l.moduleSlug());
    }

    @Test
    void modulesAndLessonsAreOrderedByTheirNumberNotByName() {
        courseYaml();
        module("10-ten", "Ten", "10-j.md", "2-b.md", "1-a.md");
        module("2-two", "Two", "01-x.md");
        module("001-one", "One", "01-y.md");
        Course c = CourseFiles.load(root).get();
        assertEquals(List.of("001-one", "2-two", "10-ten"), c.modules().stream().map(CourseModule::dir).toList());
        assertEquals(List.of("a", "b", "j"), c.modules().get(2).lessons().stream().map(Lesson::slug).toList());
        assertEquals(List.of("y", "x", "a", "b", "j"), c.lessons().map(Lesson::slug).toList());
    }

    @Test
    void equalNumbersAreOrderedByName() {
        courseYaml();
        module("01-b", "B", "01-z.md", "01-y.md");
        module("01-a", "A", "01-x.md");
        Course c = CourseFiles.load(root).get();
        assertEquals(List.of("01-a", "01-b"), c.modules().stream().map(CourseModule::dir).toList());
        assertEquals(List.of("x", "y", "z"), c.lessons().map(Lesson::slug).toList());
    }

    @Test
    void otherFilesAndFoldersAreIgnored() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/images/logo.png", "x");
        CourseFiles.writeString(root, "content/glossary/terms.md", "---\nterm: Term\ndefinition: A glossary term, not a lesson.\n---\n");
        CourseFiles.writeString(root, "content/.drafts/idea.md", "not a lesson");
        CourseFiles.writeString(root, "content/notes.txt", "x");
        CourseFiles.writeString(root, "content/01-intro/images/diagram.png", "x");
        CourseFiles.writeString(root, "content/01-intro/notes.txt", "x");
        CourseFiles.Loaded loaded = CourseFiles.load(root);
        assertEquals(List.of(), loaded.lines());
        assertEquals(1, loaded.get().modules().size());
        assertEquals(1, loaded.get().lessons().count());
    }

    /** Issue 23, item 9: this was skipped without a word. */
    @Test
    void aFolderNamedLikeALessonIsAWarningNotSkippedUnseen() throws java.io.IOException {
        CourseFiles.minimal(root);
        java.nio.file.Files.createDirectories(root.resolve("content/01-intro/09-x.md"));
        CourseFiles.Loaded loaded = CourseFiles.load(root);
        assertEquals(List.of("content/01-intro/09-x.md:1:1: warning: `09-x.md` is named like a lesson but is a folder, so it is not"
                + " read; rename it or make it a lesson file"), loaded.lines());
        assertEquals(1, loaded.get().modules().get(0).lessons().size());
    }

    @Test
    void missingCourseYaml() {
        module("01-a", "A", "01-x.md");
        CourseFiles.Loaded loaded = CourseFiles.load(root);
        assertTrue(loaded.course().isEmpty());
        assertEquals(List.of("content/course.yaml:1:1: error: missing course.yaml: every course needs content/course.yaml"
                + " with `title` and `description`"), loaded.lines());
    }

    @Test
    void noContentFolderAtAll() {
        assertEquals(List.of("content/course.yaml:1:1: error: missing course.yaml: every course needs content/course.yaml"
                + " with `title` and `description`"), CourseFiles.check(root));
    }

    @Test
    void moduleFolderNotNamedNumberSlug() {
        CourseFiles.minimal(root);
        module("overview", "X", "01-a.md"); // numbers are optional: this one is a module
        module("02-Upper", "X", "01-a.md");
        module("03_under", "X", "01-a.md");
        module("12345-five-digits", "X", "01-a.md"); // no number of 1-4 digits: a slug `12345-five-digits`
        module("04-trailing-", "X", "01-a.md");
        String hint = " is not a module: name module folders NN-slug or slug, lower-case words joined by hyphens, such as `01-getting-started`";
        assertEquals(List.of(
                "content/02-Upper/:1:1: error: folder `02-Upper`" + hint,
                "content/03_under/:1:1: error: folder `03_under`" + hint,
                "content/04-trailing-/:1:1: error: folder `04-trailing-`" + hint),
                CourseFiles.check(root));
    }

    @Test
    void lessonFileMisnamed() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/01-intro/Intro.md", lesson("X"));
        CourseFiles.writeString(root, "content/01-intro/02-Second.md", lesson("X"));
        CourseFiles.writeString(root, "content/01-intro/03 third.md", lesson("X"));
        assertEquals(List.of(
                "content/01-intro/02-Second.md:1:1: error: lesson file `02-Second.md` should be named NN-slug.md or slug.md, lower-case words joined by hyphens, such as `01-why-prompting.md`",
                "content/01-intro/03 third.md:1:1: error: lesson file `03 third.md` should be named NN-slug.md or slug.md, lower-case words joined by hyphens, such as `01-why-prompting.md`",
                "content/01-intro/Intro.md:1:1: error: lesson file `Intro.md` should be named NN-slug.md or slug.md, lower-case words joined by hyphens, such as `01-why-prompting.md`"),
                CourseFiles.check(root));
    }

    @Test
    void lessonOutsideAModule() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/01-loose.md", lesson("X"));
        assertEquals(List.of("content/01-loose.md:1:1: error: lesson outside a module: this course has module folders (with a"
                + " module.yaml), so move it into one, such as `content/01-intro/`"), CourseFiles.check(root));
    }

    @Test
    void missingModuleYaml() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/02-next/01-a.md", lesson("A"));
        CourseFiles.Loaded loaded = CourseFiles.load(root);
        assertEquals(List.of("content/02-next/module.yaml:1:1: error: missing module.yaml: each module folder needs one with `title` and `summary` (a folder that is one lesson holds a README.md or index.md instead)"),
                loaded.lines());
        assertEquals(List.of("01-intro"), loaded.get().modules().stream().map(CourseModule::dir).toList());
    }

    @Test
    void moduleYamlErrors() {
        CourseFiles.minimal(root);
        CourseFiles.write(root, """
                -- content/02-next/module.yaml --
                title: no
                sumary: S
                -- content/02-next/01-a.md --
                ---
                title: A
                summary: S
                ---
                -- content/03-last/module.yaml --
                - title
                -- content/03-last/01-a.md --
                ---
                title: A
                summary: S
                ---
                """);
        assertEquals(List.of(
                "content/02-next/module.yaml:1:8: error: expected text for `title`, but `no` reads as a YAML boolean; quote it (\"no\") to mean the text",
                "content/02-next/module.yaml:2:1: error: unknown key `sumary` in module.yaml, expected one of `summary`, `title`; did you mean `summary`?",
                "content/03-last/module.yaml:1:1: error: expected module.yaml as a mapping of keys (such as `title: ...`), found a list"),
                CourseFiles.check(root));
    }

    @Test
    void emptyModuleYaml() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/01-intro/module.yaml", "");
        assertEquals(List.of(
                "content/01-intro/module.yaml:1:1: error: missing required key `summary`",
                "content/01-intro/module.yaml:1:1: error: missing required key `title`"),
                CourseFiles.check(root));
    }

    @Test
    void emptyCourseYaml() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/course.yaml", "# nothing yet\n");
        CourseFiles.Loaded loaded = CourseFiles.load(root);
        // The rest of the course still loads, so one run reports every problem; the errors keep it from being built.
        assertTrue(loaded.course().isPresent());
        assertEquals(List.of(
                "content/course.yaml:1:1: error: missing required key `description`",
                "content/course.yaml:1:1: error: missing required key `title`"),
                loaded.lines());
    }

    @Test
    void frontMatterWithOnlyACommentHasNoTitle() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/01-intro/02-b.md", "---\n# todo\n---\nBody\n");
        assertEquals(List.of(
                "content/01-intro/02-b.md:1:1: error: lesson has no title: add `title: ...` to its front matter or start it with a `# Heading`"),
                CourseFiles.check(root));
    }

    @Test
    void moduleWithNoLessons() {
        CourseFiles.minimal(root);
        module("02-empty", "Empty");
        CourseFiles.writeString(root, "content/02-empty/notes.txt", "x");
        assertEquals(List.of("content/02-empty/module.yaml:1:1: error: module `02-empty` has no lessons; add a file such as"
                + " `content/02-empty/01-introduction.md`"), CourseFiles.check(root));
    }

    @Test
    void aModuleWhoseOnlyLessonIsBrokenReportsOnlyTheLesson() {
        CourseFiles.minimal(root);
        module("02-next", "Next");
        CourseFiles.writeString(root, "content/02-next/01-a.md", "no front matter\n");
        CourseFiles.writeString(root, "content/02-next/02-b.md", "---\ntitle: T\n");
        module("03-last", "Last");
        CourseFiles.writeString(root, "content/03-last/Last.md", lesson("X"));
        assertEquals(List.of(
                "content/02-next/01-a.md:1:1: error: lesson has no title: add `title: ...` to its front matter or start it with a `# Heading`",
                "content/02-next/02-b.md:1:1: error: unterminated front matter: the `---` on line 1 has no closing `---` line",
                "content/03-last/Last.md:1:1: error: lesson file `Last.md` should be named NN-slug.md or slug.md, lower-case words joined by hyphens, such as `01-why-prompting.md`"),
                CourseFiles.check(root));
    }

    @Test
    void everyBrokenFileOfOneRunIsReported() {
        CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                -- content/Bad/module.yaml --
                title: B
                summary: S
                -- content/01-a/module.yaml --
                title: A
                summary: S
                -- content/01-a/01-x.md --
                ---
                summary: S
                ---
                -- content/02-b/01-y.md --
                ---
                title: Y
                summary: S
                ---
                """);
        assertEquals(List.of(
                "content/01-a/01-x.md:1:1: error: lesson has no title: add `title: ...` to its front matter or start it with a `# Heading`",
                "content/02-b/module.yaml:1:1: error: missing module.yaml: each module folder needs one with `title` and `summary` (a folder that is one lesson holds a README.md or index.md instead)",
                "content/Bad/:1:1: error: folder `Bad` is not a module: name module folders NN-slug or slug, lower-case words joined by hyphens, such as `01-getting-started`",
                "content/course.yaml:1:1: error: missing required key `description`"),
                CourseFiles.check(root));
    }
}
