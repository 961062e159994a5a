package io.coursegen.check;

import io.coursegen.widget.tree.TreeWidget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.Course;
import io.coursegen.model.tree.DecisionTree;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision trees wired into the course: loaded from content/widgets/decision-trees/ into the model,
 * checked against the course's lessons, and embedded with {@code {{tree id}}} in lessons.
 */
class TreeEmbed_LoadCheckTest {
    private static final String DIR = "content/widgets/decision-trees/";

    @TempDir
    Path root;

    private static String tree(String id, String lesson) {
        return "id: " + id + "\ntitle: Tree " + id + "\nstart: q\nnodes:\n"
                + "  q:\n    question: Which?\n    answers:\n"
                + "      - label: One\n        next: one\n"
                + "      - label: Two\n        next: two\n"
                + "  one:\n    verdict: prompting\n    title: Prompt\n    lessons:\n      - " + lesson + "\n"
                + "  two:\n    verdict: rag\n    title: Retrieve\n    lessons:\n      - " + lesson + "\n";
    }

    @Test
    void treesLoadSortedByIdIntoTheCourse() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, DIR + "zeta.yaml", tree("zeta", "content/01-intro/01-first.md"));
        CourseFiles.writeString(root, DIR + "alpha.yaml", tree("alpha", "content/01-intro/01-first.md"));
        CourseFiles.Loaded loaded = CourseFiles.load(root);
        assertEquals(List.of(), loaded.lines());
        Course course = loaded.get();
        assertEquals(List.of("alpha", "zeta"), course.items(TreeWidget.ITEMS).stream().map(DecisionTree::id).toList());
        assertTrue(course.item(TreeWidget.ITEMS, "zeta").isPresent());
        assertTrue(course.item(TreeWidget.ITEMS, "nope").isEmpty());
    }

    @Test
    void aCourseWithoutItemsHasNoTreesOrPresets() {
        Course c = new Course("t", "T", "D", "en", java.util.Map.of(), List.of(), List.of(),
                io.coursegen.model.SourceRef.file("content/course.yaml"), io.coursegen.model.Items.empty(), List.of());
        assertEquals(List.of(), c.items(TreeWidget.ITEMS));
        assertEquals(List.of(), c.items(io.coursegen.widget.calculator.CalculatorWidget.ITEMS));
    }

    @Test
    void treeCheckerRunsWithTheCoursesLessons() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, DIR + "alpha.yaml", tree("alpha", "content/01-intro/09-missing.md"));
        List<String> lines = CourseFiles.load(root).lines();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.startsWith(DIR + "alpha.yaml:") && l.contains("09-missing.md")), lines.toString());
    }

    @Test
    void unknownTreeEmbedIsReportedAtItsPositionWithTheKnownIds() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, DIR + "readiness.yaml", tree("readiness", "content/01-intro/01-first.md"));
        CourseFiles.writeString(root, DIR + "format.yaml", tree("format", "content/01-intro/01-first.md"));
        CourseFiles.writeString(root, "content/01-intro/01-first.md", "---\ntitle: First\nsummary: S\n---\n\nText.\n\n"
                + "{{tree readyness}}\n\n{{ tree format }}\n\n{{tree format}}\n");
        assertEquals(List.of(
                "content/01-intro/01-first.md:8:1: error: unknown decision tree `readyness` (known: format, readiness); did you mean `readiness`?",
                "content/01-intro/01-first.md:12:1: error: a lesson can show decision tree `format` once; it is already shown on line 10"),
                CourseFiles.check(root));
    }

    @Test
    void unknownTreeWhenThereAreNoneAndNoFollowOnErrorForABrokenTree() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/01-intro/01-first.md", "---\ntitle: First\nsummary: S\n---\n\n{{tree q}}\n");
        assertEquals(List.of(
                "content/01-intro/01-first.md:6:1: error: unknown decision tree `q`; there are no trees in content/widgets/decision-trees/"),
                CourseFiles.check(root));

        CourseFiles.writeString(root, DIR + "q.yaml", tree("q", "content/01-intro/01-first.md").replace("verdict: rag", "verdict: rags"));
        List<String> lines = CourseFiles.check(root);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(DIR + "q.yaml:"), lines.toString());
    }
}
