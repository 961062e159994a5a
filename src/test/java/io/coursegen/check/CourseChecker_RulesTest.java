package io.coursegen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.pipeline.BuildOptions;
import io.coursegen.pipeline.BuildResult;
import io.coursegen.pipeline.SiteBuilder;

import io.coursegen.testing.CourseFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules across files: unique slugs, modules with lessons, cited sources. */
class CourseChecker_RulesTest {
    @TempDir
    Path root;

    private static final String COURSE = """
            -- content/course.yaml --
            title: T
            description: D
            sources:
              a.txt: Source A
              b.txt: Source B
            """;

    private static String lesson(String extra) {
        return "---\ntitle: L\nsummary: S\n" + extra + "---\nBody\n";
    }

    private void module(String dir, String... lessons) {
        CourseFiles.writeString(root, "content/" + dir + "/module.yaml", "title: M\nsummary: S\n");
        for (String l : lessons) CourseFiles.writeString(root, "content/" + dir + "/" + l, lesson(""));
    }

    @Test
    void aValidCourseHasNoErrors() {
        CourseFiles.write(root, COURSE);
        module("01-intro", "01-a.md", "02-b.md");
        module("02-next", "01-a.md");
        CourseFiles.writeString(root, "content/02-next/02-c.md", lesson("sources: [a.txt, b.txt]\n"));
        assertEquals(List.of(), CourseFiles.check(root));
    }

    @Test
    void aCheckOnlyBuildNeedsNoTemplatesAndWritesNothing() {
        CourseFiles.minimal(root);
        // null templates: a check-only build that tried to render would fail here with a NullPointerException.
        BuildResult result = new SiteBuilder(new BuildOptions(root, root.resolve("site"), Optional.empty(), false), null).build();
        assertTrue(result.ok(), result.diagnostics().lines().toString());
        assertEquals(0, result.pages());
        assertEquals(0, result.bytes());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void duplicateModuleSlugs() {
        CourseFiles.write(root, COURSE);
        module("01-intro", "01-a.md");
        module("02-intro", "01-a.md");
        module("10-intro", "01-a.md");
        assertEquals(List.of(
                "content/02-intro/module.yaml:1:1: error: module slug `intro` is also used by `content/01-intro/`; both would be"
                        + " written to intro/, rename one folder",
                "content/10-intro/module.yaml:1:1: error: module slug `intro` is also used by `content/01-intro/`; both would be"
                        + " written to intro/, rename one folder"),
                CourseFiles.check(root));
    }

    @Test
    void duplicateLessonSlugs() {
        CourseFiles.write(root, COURSE);
        module("01-intro", "01-setup.md", "02-setup.md", "03-other.md");
        module("02-next", "01-setup.md");
        assertEquals(List.of("content/01-intro/02-setup.md:1:1: error: lesson slug `setup` is also used by"
                + " `content/01-intro/01-setup.md`; both would be written to intro/setup.html, rename one file"),
                CourseFiles.check(root));
    }

    @Test
    void moduleWithNoLessons() {
        CourseFiles.write(root, COURSE);
        module("01-intro", "01-a.md");
        module("02-empty");
        assertEquals(List.of("content/02-empty/module.yaml:1:1: error: module `02-empty` has no lessons; add a file such as"
                + " `content/02-empty/01-introduction.md`"), CourseFiles.check(root));
    }

    @Test
    void unknownSourceListsTheKnownOnes() {
        CourseFiles.write(root, COURSE);
        module("01-intro");
        CourseFiles.writeString(root, "content/01-intro/01-a.md", lesson("sources: [a.txt, c.txt]\n"));
        assertEquals(List.of("content/01-intro/01-a.md:4:18: error: unknown source `c.txt`; declare it under `sources:` in"
                + " content/course.yaml (known: a.txt, b.txt)"), CourseFiles.check(root));
    }

    @Test
    void unknownSourceWhenTheCourseDeclaresNone() {
        CourseFiles.write(root, "-- content/course.yaml --\ntitle: T\ndescription: D\n");
        module("01-intro");
        CourseFiles.writeString(root, "content/01-intro/01-a.md", lesson("sources:\n  - x.txt\n"));
        assertEquals(List.of("content/01-intro/01-a.md:5:5: error: unknown source `x.txt`; declare it under `sources:` in"
                + " content/course.yaml"), CourseFiles.check(root));
    }

    @Test
    void crossFileRulesAreCheckedAlongWithLoadErrors() {
        CourseFiles.write(root, COURSE);
        module("01-intro", "01-a.md");
        module("02-intro", "01-a.md");
        CourseFiles.writeString(root, "content/02-intro/02-b.md", lesson("tags: x\nsources: [nope.txt]\n") + "[l](missing.md)\n");
        assertEquals(List.of(
                "content/02-intro/02-b.md:4:7: error: expected `tags` as a list (`tags: [a, b]` or one `- item` a line), found `x`",
                "content/02-intro/02-b.md:5:11: error: unknown source `nope.txt`; declare it under `sources:` in content/course.yaml"
                        + " (known: a.txt, b.txt)",
                "content/02-intro/02-b.md:8:5: error: broken link: no lesson at `content/02-intro/missing.md`",
                "content/02-intro/module.yaml:1:1: error: module slug `intro` is also used by `content/01-intro/`; both would be"
                        + " written to intro/, rename one folder"),
                CourseFiles.check(root));
    }

    @Test
    void checkerAloneReportsTheSameAsTheBuilder() {
        CourseFiles.write(root, COURSE);
        module("01-intro", "01-a.md", "02-a.md");
        assertEquals(CourseFiles.check(root), CourseFiles.load(root).lines());
        assertEquals(1, CourseFiles.check(root).size());
    }
}
