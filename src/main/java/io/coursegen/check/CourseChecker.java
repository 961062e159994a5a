package io.coursegen.check;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.Suggest;
import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.LoadFailures;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks the rules that span files: unique slugs, modules with lessons, cited sources that the
 * course declares, and every link and image in every lesson. Reports everything; stops at nothing.
 */
public final class CourseChecker {
    private CourseChecker() {}

    public static void check(Course course, Path projectRoot, Diagnostics diagnostics) {
        checkModules(course, diagnostics);
        LinkChecker links = new LinkChecker(course, projectRoot, diagnostics);
        course.lessons().forEach(lesson -> {
            checkSources(course, lesson, diagnostics);
            links.check(lesson);
        });
        GlossaryChecker.check(course, links, diagnostics);
        QuizChecker.check(course, diagnostics);
        CalculatorChecker.check(course, diagnostics);
        TreeChecker.check(course.trees(), course.lessons().map(Lesson::path).collect(Collectors.toSet()), course.failures(), diagnostics);
        TreeEmbedChecker.check(course, diagnostics);
        ExerciseChecker.check(course, diagnostics);
    }

    private static void checkModules(Course course, Diagnostics diagnostics) {
        Map<String, CourseModule> bySlug = new HashMap<>();
        for (CourseModule m : course.modules()) {
            CourseModule other = bySlug.putIfAbsent(m.slug(), m);
            if (other != null) {
                diagnostics.error(m.ref(), "module slug `" + m.slug() + "` is also used by `content/" + other.dir()
                        + "/`; both would be written to " + m.slug() + "/, rename one folder");
            }
            // A module whose lesson files all failed to load has no lessons too, but telling the author
            // to add one is wrong: each of those files has its own errors already.
            if (m.lessons().isEmpty() && course.failures().of(LoadFailures.Kind.LESSON).stream()
                    .noneMatch(path -> path.startsWith("content/" + m.dir() + "/"))) {
                diagnostics.error(m.ref(), "module `" + m.dir() + "` has no lessons; add a file such as `content/"
                        + m.dir() + "/01-introduction.md`");
            }
            Map<String, Lesson> lessons = new HashMap<>();
            for (Lesson l : m.lessons()) {
                Lesson first = lessons.putIfAbsent(l.slug(), l);
                if (first != null) {
                    diagnostics.error(l.ref(), "lesson slug `" + l.slug() + "` is also used by `" + first.path()
                            + "`; both would be written to " + m.slug() + "/" + l.slug() + ".html, rename one file");
                }
            }
        }
    }

    private static void checkSources(Course course, Lesson lesson, Diagnostics diagnostics) {
        for (Lesson.Citation c : lesson.sources()) {
            if (!course.sources().containsKey(c.file()) && !course.failures().failed(LoadFailures.Kind.SOURCE, c.file())) {
                diagnostics.error(c.ref(), "unknown source `" + c.file() + "`; declare it under `sources:` in content/course.yaml"
                        + Suggest.known(c.file(), course.sources().keySet()));
            }
        }
    }
}
