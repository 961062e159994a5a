package io.coursegen.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.widget.tree.TreeChecker;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Lesson;
import io.coursegen.model.tree.DecisionTree;
import io.coursegen.testing.CourseFiles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The course's own trees in {@code content/widgets/decision-trees/}: they read and check cleanly
 * against the course's lessons, and they encode the two frameworks of the sources, path by path.
 */
class CourseTrees_Test {

    @Test
    void theCourseHasItsTwoTrees() {
        assertEquals(List.of("format-or-knowledge", "readiness"), TreeFixtures.courseTreeIds());
    }

    @Test
    void theTreesLoadAndCheckCleanAgainstTheCourseLessons() {
        Set<String> lessons = CourseFiles.load(TreeFixtures.PROJECT).get().lessons().map(Lesson::path).collect(Collectors.toSet());
        List<DecisionTree> trees = TreeFixtures.courseTreeIds().stream().map(TreeFixtures::courseTree).toList();
        Diagnostics diagnostics = new Diagnostics();
        TreeChecker.check(trees, lessons, diagnostics);
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void formatOrKnowledgeFollowsSource003() {
        // Can a prompt do it? Else style, format or persona: fine-tune. Else domain knowledge: RAG. Else prompt harder.
        assertEquals(List.of(
                "Yes => prompting",
                "No / Yes => fine-tuning",
                "No / No / Yes => rag",
                "No / No / No => prompting"), verdicts("format-or-knowledge"));
    }

    @Test
    void readinessFollowsSource000() {
        // Five or more examples tried? Quality near 85% or near 40%? Under 100K or far more calls a month?
        // Two-to-four-week cycles acceptable? Then the prompt + fine-tune hybrid where instructions vary.
        assertEquals(List.of(
                "Not yet => prompting",
                "Yes / It already meets the target => prompting",
                "Yes / Close: around 85% of the way / Fewer than 100,000 / Yes => fine-tuning",
                "Yes / Close: around 85% of the way / Fewer than 100,000 / No, we need to change things quickly => prompting",
                "Yes / Close: around 85% of the way / 100,000 or more / Yes / Yes, each request brings its own => hybrid",
                "Yes / Close: around 85% of the way / 100,000 or more / Yes / No, every request is the same job => fine-tuning",
                "Yes / Close: around 85% of the way / 100,000 or more / No, we need to change things quickly => prompting",
                "Yes / Far off: around 40% of the way, or less => rethink"), verdicts("readiness"));
    }

    /** Every path of a course tree as its answer labels and the verdict it ends with. */
    private static List<String> verdicts(String id) {
        return TreeWalker.paths(TreeFixtures.courseTree(id)).stream()
                .map(p -> p.steps().stream().map(s -> s.answer().label()).collect(Collectors.joining(" / "))
                        + " => " + p.outcome().verdict().key()).toList();
    }
}
