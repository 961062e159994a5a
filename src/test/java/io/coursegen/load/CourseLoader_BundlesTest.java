package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.StandalonePage;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Courses laid out as GitHub courses are: lesson folders, no modules, no numbers, markdown files that are not lessons. */
class CourseLoader_BundlesTest {
    @TempDir
    Path root;

    @Test
    void lessonFoldersDirectlyInContentMakeACourseOfOneModule() {
        Course c = CourseFiles.load(CourseFiles.write(root, """
                -- content/course.yaml --
                title: My course
                description: D
                -- content/02-second/README.md --
                # Second lesson

                Text.
                -- content/01-first/README.md --
                # First lesson

                Text.
                -- content/01-first/images/diagram.png --
                png
                -- content/extras/README.md --
                # Not a lesson, no number: but a folder with a README is a lesson
                -- content/SETUP.md --
                # Setting up
                """)).get();
        assertEquals(1, c.modules().size());
        CourseModule m = c.modules().get(0);
        assertEquals("lessons", m.slug());
        assertEquals("My course", m.title());
        assertEquals(-1, m.number());
        assertEquals(List.of("first", "second", "extras"), m.lessons().stream().map(Lesson::slug).toList());
        assertEquals(List.of("content/01-first/README.md", "content/02-second/README.md", "content/extras/README.md"),
                m.lessons().stream().map(Lesson::path).toList());
        assertEquals(List.of("First lesson", "Second lesson", "Not a lesson, no number: but a folder with a README is a lesson"),
                m.lessons().stream().map(Lesson::title).toList());
        assertEquals(List.of("content/SETUP.md"), c.pages().stream().map(StandalonePage::path).toList());
        assertEquals("Setting up", c.pages().get(0).title());
    }

    @Test
    void bundlesInsideModulesAndTheirOtherMarkdownFilesArePages() {
        CourseFiles.Loaded loaded = CourseFiles.load(CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                description: D
                -- content/basics/module.yaml --
                title: Basics
                summary: S
                -- content/basics/README.md --
                # About this module
                -- content/basics/2-tokens/README.md --
                # Tokens
                -- content/basics/1-prompts/index.md --
                # Prompts
                -- content/basics/1-prompts/README.md --
                # The folder's README, beside index.md
                -- content/basics/1-prompts/solution/README.md --
                # Solution
                -- content/basics/3-notes.md --
                ---
                title: Notes
                ---
                -- content/basics/glossary-draft.md --
                Plain file, unnumbered, no front matter.
                """));
        assertEquals(List.of(), loaded.lines());
        Course c = loaded.get();
        CourseModule m = c.modules().get(0);
        assertEquals("basics", m.slug());
        assertEquals(-1, m.number());
        assertEquals(List.of("prompts", "tokens", "notes"), m.lessons().stream().map(Lesson::slug).toList());
        assertEquals("content/basics/1-prompts/index.md", m.lessons().get(0).path());
        assertEquals(List.of("content/basics/1-prompts/README.md", "content/basics/1-prompts/solution/README.md",
                "content/basics/README.md", "content/basics/glossary-draft.md"), c.pages().stream().map(StandalonePage::path).toList());
        assertEquals("glossary-draft", c.pages().get(3).title());
    }

    @Test
    void lessonsInContentBesideModulesAreReported() {
        List<String> lines = CourseFiles.check(CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                description: D
                -- content/01-intro/module.yaml --
                title: Intro
                summary: S
                -- content/01-intro/01-a.md --
                # A
                -- content/02-loose/README.md --
                # Loose
                """));
        assertEquals(List.of("content/02-loose/README.md:1:1: error: lesson outside a module: this course has module folders (with a"
                + " module.yaml), so move it into one, such as `content/01-intro/`"), lines);
    }

    @Test
    void aLessonFolderNeedsASlugName() {
        List<String> lines = CourseFiles.check(CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                description: D
                -- content/01-ok/README.md --
                # Ok
                -- content/Lesson Two/README.md --
                # Two
                """));
        assertEquals(List.of("content/Lesson Two/:1:1: error: lesson folder `Lesson Two` should be named NN-slug or slug, lower-case"
                + " words joined by hyphens, such as `01-getting-started`; its name is the lesson's address"), lines);
    }

    @Test
    void aFolderOfFilesIsNeitherAModuleNorALesson() {
        CourseFiles.Loaded loaded = CourseFiles.load(CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                description: D
                -- content/01-a/README.md --
                # A
                -- content/data/prices.csv --
                a,b
                -- content/data/notes/about.md --
                # About the data
                """));
        assertEquals(List.of(), loaded.lines());
        assertEquals(List.of("content/data/notes/about.md"), loaded.get().pages().stream().map(StandalonePage::path).toList());
    }

    @Test
    void aStandalonePageMayNotTakeALessonsAddress() {
        List<String> lines = CourseFiles.check(CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                description: D
                -- content/01-intro/module.yaml --
                title: Intro
                summary: S
                -- content/01-intro/01-setup.md --
                # Setup lesson
                -- content/01-intro/Setup.md --
                # Setup page
                -- content/01-intro/index.md --
                # Index page
                """));
        assertEquals(List.of(
                "content/01-intro/Setup.md:1:1: error: this page would be written to intro/setup.html, which is already lesson"
                        + " `content/01-intro/01-setup.md`; rename the file",
                "content/01-intro/index.md:1:1: error: this page would be written to intro/index.html, which is already the page of"
                        + " module `Intro`; rename the file"), lines);
    }
}
