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
        // Five or more examples tried? Quality near 85% or near 40%? Then, before any fine-tuning
        // outcome: what the remaining gap is (facts go to RAG, reasoning to a stronger model), at
        // least 100 checked examples and stable requirements (source 001's checklist). Then source
        // 000's three volume zones (under 100K, 100K to 1M, over 1M calls a month), two-to-four-week
        // cycles, and the prompt + fine-tune hybrid where instructions vary per request.
        assertEquals(List.of(
                "Not yet => prompting",
                "Yes / It already meets the target => prompting",
                "Yes / Close: around 85% of the way / The format, tone, style or consistency slips / Not yet => prompting",
                "Yes / Close: around 85% of the way / The format, tone, style or consistency slips / Yes / No, they are still changing => prompting",
                "Yes / Close: around 85% of the way / The format, tone, style or consistency slips / Yes / Yes, they are settled / Fewer than 100,000 / Yes => fine-tuning",
                "Yes / Close: around 85% of the way / The format, tone, style or consistency slips / Yes / Yes, they are settled / Fewer than 100,000 / No, we need to change things quickly => prompting",
                "Yes / Close: around 85% of the way / The format, tone, style or consistency slips / Yes / Yes, they are settled / 100,000 to 1 million / Yes => fine-tuning",
                "Yes / Close: around 85% of the way / The format, tone, style or consistency slips / Yes / Yes, they are settled / 100,000 to 1 million / No, we need to change things quickly => prompting",
                "Yes / Close: around 85% of the way / The format, tone, style or consistency slips / Yes / Yes, they are settled / More than 1 million / Yes / Yes, each request brings its own => hybrid",
                "Yes / Close: around 85% of the way / The format, tone, style or consistency slips / Yes / Yes, they are settled / More than 1 million / Yes / No, every request is the same job => fine-tuning",
                "Yes / Close: around 85% of the way / The format, tone, style or consistency slips / Yes / Yes, they are settled / More than 1 million / No, we need to change things quickly => prompting",
                "Yes / Close: around 85% of the way / Facts are missing, outdated or invented => rag",
                "Yes / Close: around 85% of the way / Multi-step reasoning goes wrong => rethink",
                "Yes / Far off: around 40% of the way, or less => rethink"), verdicts("readiness"));
    }

    /** Every path of a course tree as its answer labels and the verdict it ends with. */
    private static List<String> verdicts(String id) {
        return TreeWalker.paths(TreeFixtures.courseTree(id)).stream()
                .map(p -> p.steps().stream().map(s -> s.answer().label()).collect(Collectors.joining(" / "))
                        + " => " + p.outcome().verdict().key()).toList();
    }
}
