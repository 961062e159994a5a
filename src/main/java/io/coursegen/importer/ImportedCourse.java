package io.coursegen.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What an {@link Importer} read from another tool's project, before it is written as a coursegen course:
 * modules of lessons in order, each lesson's markdown as the tool would have shown it (includes
 * expanded, admonitions turned into callouts), and the quizzes converted to coursegen's YAML.
 *
 * @param title the course title
 * @param description one or two sentences for the home page
 */
public record ImportedCourse(String title, String description, List<Module> modules, List<Quiz> quizzes) {
    public ImportedCourse {
        modules = List.copyOf(modules);
        quizzes = List.copyOf(quizzes);
    }

    /** A module: a part of a book, a section of a nav, a folder. */
    public record Module(String title, List<Lesson> lessons) {
        public Module {
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * One lesson.
     *
     * @param title its title, or null to take it from the markdown's first {@code #} heading
     * @param source the file it came from, absolute: relative links in {@code markdown} resolve against it
     * @param markdown its text, without front matter
     */
    public record Lesson(String title, Path source, String markdown) {}

    /** A quiz as coursegen YAML, written to {@code quizzes/<id>.yaml}. */
    public record Quiz(String id, String yaml) {}
}
