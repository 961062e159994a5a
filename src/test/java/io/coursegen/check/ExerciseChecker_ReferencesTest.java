package io.coursegen.check;

import io.coursegen.widget.exercise.ExerciseWidget;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.model.exercise.ExerciseSet;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exercise sets against the rest of the course: dangling lessons, presets, trees and embeds, and
 * scenario ids shared by two files, all reported in one run at their positions.
 */
class ExerciseChecker_ReferencesTest {
    private static final String DIR = "content/exercises/";

    @TempDir
    Path root;

    private static String set(String id, String scenario, String extra) {
        return "id: " + id + "\ntitle: Set " + id + "\nscenarios:\n"
                + "  - id: " + scenario + "\n    title: S\n    scenario: Text\n"
                + "    choices:\n      - {id: a, label: A}\n      - {id: b, label: B}\n"
                + "    answers:\n      - {choice: a, why: W}\n"
                + "    rubric:\n      - {id: p1, point: P, explanation: X}\n"
                + "    model-answer: M\n" + extra;
    }

    @Test
    void goodSetsLoadSortedAndPass() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, DIR + "zeta.yaml", set("zeta", "z1", "    lessons: [content/01-intro/01-first.md]\n"));
        CourseFiles.writeString(root, DIR + "alpha.yaml", set("alpha", "a1", ""));
        CourseFiles.writeString(root, "content/01-intro/02-second.md", "---\ntitle: Second\nsummary: S\n---\n\n{{exercise zeta}}\n");
        CourseFiles.Loaded loaded = CourseFiles.load(root);
        assertEquals(List.of(), loaded.lines());
        assertEquals(List.of("alpha", "zeta"), loaded.get().items(ExerciseWidget.ITEMS).stream().map(ExerciseSet::id).toList());
    }

    @Test
    void everyDanglingReferenceInOneRun() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, DIR + "one.yaml", set("one", "shared",
                "    lessons: [content/01-intro/01-frist.md, 01-intro/01-first.md]\n    calculator: nope\n    tree: missing\n"));
        CourseFiles.writeString(root, DIR + "two.yaml", set("two", "shared", ""));
        CourseFiles.writeString(root, DIR + "notes.txt", "x");
        CourseFiles.writeString(root, "content/01-intro/02-second.md", "---\ntitle: Second\nsummary: S\n---\n\nText.\n\n{{exercise onne}}\n");
        assertEquals(List.of(
                "content/01-intro/02-second.md:8:1: error: unknown exercise set `onne`; did you mean `one`?",
                "content/exercises/notes.txt:1:1: error: `notes.txt` is not an exercise set: content/exercises/ holds one exercise set per `<id>.yaml` file",
                "content/exercises/one.yaml:15:15: error: scenario `shared` links to unknown lesson `content/01-intro/01-frist.md`; did you mean `content/01-intro/01-first.md`?",
                "content/exercises/one.yaml:15:45: error: scenario `shared` links to unknown lesson `01-intro/01-first.md`; did you mean `content/01-intro/01-first.md`? Lessons are named by their path from the project root",
                "content/exercises/one.yaml:16:17: error: scenario `shared` links to unknown cost preset `nope`; presets live in content/widgets/cost-presets.yaml",
                "content/exercises/one.yaml:17:11: error: scenario `shared` links to unknown decision tree `missing`; trees live in content/widgets/decision-trees/",
                "content/exercises/two.yaml:4:5: error: scenario id `shared` is also used at content/exercises/one.yaml:4:5;"
                        + " scenario ids must be unique across all exercise sets, since saved work is kept under them"),
                CourseFiles.check(root));
    }

    @Test
    void aSetWithErrorsIsNotAlsoUnknownToItsLessons() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, DIR + "broken.yaml", "id: broken\ntitle: B\nscenarios: []\n");
        CourseFiles.writeString(root, "content/01-intro/02-second.md", "---\ntitle: Second\nsummary: S\n---\n\n{{exercise broken}}\n");
        assertEquals(List.of("content/exercises/broken.yaml:3:12: error: an exercise set needs at least one scenario under `scenarios:`"),
                CourseFiles.check(root));
    }
}
