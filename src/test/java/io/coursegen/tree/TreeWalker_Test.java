package io.coursegen.tree;

import static io.coursegen.tree.TreeFixtures.o;
import static io.coursegen.tree.TreeFixtures.q;
import static io.coursegen.tree.TreeFixtures.shortly;
import static io.coursegen.tree.TreeFixtures.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.model.tree.DecisionTree;
import io.coursegen.model.tree.QuestionNode;
import io.coursegen.model.tree.TreeNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The walk and the path listing. The exhaustive tests try every sequence of answer positions up to one
 * step longer than the deepest path, and hold each walk to what the listed paths say it must give;
 * the two are computed independently, so each checks the other.
 */
class TreeWalker_Test {

    /** The course's trees and made-up ones of every shape the walk must handle. */
    static Stream<DecisionTree> trees() {
        return Stream.concat(TreeFixtures.courseTreeIds().stream().map(TreeFixtures::courseTree), Stream.of(
                tree("o", o("o")),
                tree("q", q("q", "Yes", "a", "No", "b"), o("a"), o("b")),
                tree("s", q("s", "L", "a", "R", "b"), q("a", "On", "m"), q("b", "On", "m"), q("m", "X", "x", "Y", "y"), o("x"), o("y")),
                tree("q1", q("q1", "A", "q2", "B", "o1", "C", "q3"), q("q2", "A", "o2", "B", "q3"), q("q3", "A", "o3", "B", "o4"),
                        o("o1"), o("o2"), o("o3"), o("o4"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void everySequenceOfAnswersWalksWhereThePathsSay(DecisionTree tree) {
        List<TreePath> paths = TreeWalker.paths(tree);
        int longest = paths.stream().mapToInt(p -> p.steps().size()).max().orElse(0);
        int widest = tree.nodes().stream().filter(n -> n instanceof QuestionNode)
                .mapToInt(n -> ((QuestionNode) n).answers().size()).max().orElse(0);
        List<String> wrong = new ArrayList<>();
        Map<List<Integer>, TreeNode> reached = reached(paths);
        for (List<Integer> answers : sequences(longest + 1, -1, widest)) {
            String expected = expected(reached, answers);
            String actual = shortly(TreeWalker.walk(tree, answers.stream().mapToInt(Integer::intValue).toArray()));
            if (!expected.equals(actual)) wrong.add(answers + ": expected " + expected + ", got " + actual);
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void walkingByLabelsIsWalkingByPositions(DecisionTree tree) {
        for (TreePath p : TreeWalker.paths(tree)) {
            List<Choice> labels = p.steps().stream().map(s -> Choice.label(s.answer().label())).toList();
            assertEquals(shortly(TreeWalker.walk(tree, p.choices())), shortly(TreeWalker.walk(tree, labels)));
            assertEquals(p.outcome().id() + " outcome " + p.steps().size(), shortly(TreeWalker.walk(tree, labels)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void everyNodeIsOnAPathAndTheCountAgrees(DecisionTree tree) {
        Set<String> onPaths = new TreeSet<>();
        for (TreePath p : TreeWalker.paths(tree)) {
            p.steps().forEach(s -> onPaths.add(s.question().id()));
            onPaths.add(p.outcome().id());
        }
        assertEquals(new TreeSet<>(tree.nodeIds()), onPaths);
        assertEquals(TreeWalker.paths(tree).size(), TreeGraph.pathCount(tree));
    }

    /**
     * What a walk must give, from the listed paths only: a proper prefix of a path reaches the
     * question at that point; a whole path reaches its outcome; a longer sequence goes past it; any
     * other sequence first leaves every path at a position the question there does not have.
     */
    /**
     * What walking {@code answers} must give, worked out from the paths alone: the node each prefix of
     * answers leads to is looked up in a table of every path's prefixes (built once per tree), so the
     * oracle costs one lookup per step and every sequence can be tried.
     */
    private static String expected(Map<List<Integer>, TreeNode> reached, List<Integer> answers) {
        for (int i = 0; ; i++) {
            TreeNode at = reached.get(answers.subList(0, i));
            if (i == answers.size()) return at.id() + " " + at.kind() + " " + i;
            if (!(at instanceof QuestionNode)) return "after-outcome " + i + " " + at.id();
            if (!reached.containsKey(answers.subList(0, i + 1))) return "no-such-answer " + i + " " + at.id();
        }
    }

    /** Every prefix of answer positions along {@code paths}, and the node it leads to. */
    private static Map<List<Integer>, TreeNode> reached(List<TreePath> paths) {
        Map<List<Integer>, TreeNode> reached = new HashMap<>();
        for (TreePath p : paths) {
            List<Integer> prefix = new ArrayList<>();
            for (int k = 0; k <= p.steps().size(); k++) {
                reached.put(List.copyOf(prefix), k < p.steps().size() ? p.steps().get(k).question() : p.outcome());
                if (k < p.steps().size()) prefix.add(p.steps().get(k).answerIndex());
            }
        }
        return reached;
    }

    /** Every list of up to {@code maxLength} numbers from {@code low} to {@code high}, the empty list first. */
    private static List<List<Integer>> sequences(int maxLength, int low, int high) {
        List<List<Integer>> out = new ArrayList<>();
        List<List<Integer>> level = List.of(List.of());
        out.addAll(level);
        for (int n = 1; n <= maxLength; n++) {
            List<List<Integer>> longer = new ArrayList<>();
            for (List<Integer> s : level) {
                for (int v = low; v <= high; v++) {
                    List<Integer> t = new ArrayList<>(s);
                    t.add(v);
                    longer.add(t);
                }
            }
            out.addAll(longer);
            level = longer;
        }
        return out;
    }

    // --- walks, one rule at a time ---

    private static final DecisionTree TINY = tree("q", q("q", "Yes", "a", "No", "b"), o("a"), o("b"));

    @Test
    void noAnswersStayAtTheStart() {
        assertEquals("q question 0", shortly(TreeWalker.walk(TINY)));
        assertEquals("o outcome 0", shortly(TreeWalker.walk(tree("o", o("o")))));
    }

    @Test
    void labelsMatchExactly() {
        assertEquals("b outcome 1", shortly(TreeWalker.walk(TINY, List.of(Choice.label("No")))));
        assertEquals("no-such-answer 0 q", shortly(TreeWalker.walk(TINY, List.of(Choice.label("no")))));
        assertEquals("no-such-answer 0 q", shortly(TreeWalker.walk(TINY, List.of(Choice.label("0")))));
    }

    @Test
    void theFirstOfTwoEqualLabelsCounts() {
        assertEquals("a outcome 1", shortly(TreeWalker.walk(tree("q", q("q", "Same", "a", "Same", "b"), o("a"), o("b")),
                List.of(Choice.label("Same")))));
    }

    @Test
    void messagesNameTheStepAndTheWayOut() {
        assertEquals("answer 2 (5): question `q2` has no such answer; its answers are 0 `A`, 1 `B`",
                message(TreeWalker.walk(tree("q1", q("q1", "A", "q2"), q("q2", "A", "o", "B", "o2"), o("o"), o("o2")), 0, 5)));
        assertEquals("answer 1 (`Maybe`): question `q` has no such answer; its answers are 0 `Yes`, 1 `No`",
                message(TreeWalker.walk(TINY, List.of(Choice.label("Maybe")))));
        assertEquals("answer 1 (0): question `q` has no such answer; its answers are none",
                message(TreeWalker.walk(tree("q", q("q")), 0)));
        assertEquals("answer 2 (`Yes`) comes after the walk reached outcome `a`, which takes no answers",
                message(TreeWalker.walk(TINY, List.of(Choice.index(0), Choice.label("Yes")))));
        assertEquals("the start node `nowhere` is not a node of tree `t`", message(TreeWalker.walk(tree("nowhere", o("a")))));
        assertEquals("answer 1 (0) of question `q` leads to `gone`, which is not a node of tree `t`",
                message(TreeWalker.walk(tree("q", q("q", "A", "gone")), 0)));
    }

    @Test
    void aMissingNodeStopsTheWalkWhereItIsMet() {
        DecisionTree dangling = tree("q", q("q", "Lost", "gone", "Found", "o"), o("o"));
        assertEquals("missing-node 1 gone", shortly(TreeWalker.walk(dangling, 0)));
        assertEquals("missing-node 1 gone", shortly(TreeWalker.walk(dangling, 0, 7, 7)));
        assertEquals("missing-node 0 nowhere", shortly(TreeWalker.walk(tree("nowhere", o("a")), 3)));
    }

    @Test
    void aCycleIsWalkedRoundAsOftenAsAnswered() {
        DecisionTree loop = tree("q1", q("q1", "On", "q2", "Stop", "o"), q("q2", "Back", "q1", "Stop", "o"), o("o"));
        assertEquals("q1 question 6", shortly(TreeWalker.walk(loop, 0, 0, 0, 0, 0, 0)));
        assertEquals("o outcome 4", shortly(TreeWalker.walk(loop, 0, 0, 0, 1)));
    }

    // --- paths ---

    @Test
    void pathsAreDepthFirstInAnswerOrder() {
        assertEquals(List.of("s:0 a:0 m:0 -> x", "s:0 a:0 m:1 -> y", "s:1 b:0 m:0 -> x", "s:1 b:0 m:1 -> y"),
                shortly(TreeWalker.paths(tree("s", q("s", "L", "a", "R", "b"), q("a", "On", "m"), q("b", "On", "m"),
                        q("m", "X", "x", "Y", "y"), o("x"), o("y")))));
    }

    @Test
    void pathsThatCannotEndAtAnOutcomeAreLeftOut() {
        assertEquals(List.of("q1:0 q2:1 -> o", "q1:1 -> o"), shortly(TreeWalker.paths(
                tree("q1", q("q1", "On", "q2", "Stop", "o"), q("q2", "Back", "q1", "Stop", "o"), o("o")))));
        assertEquals(List.of("q:1 -> o"), shortly(TreeWalker.paths(tree("q", q("q", "Lost", "gone", "Found", "o"), o("o")))));
        assertEquals(List.of(), shortly(TreeWalker.paths(tree("q", q("q")))));
        assertEquals(List.of(), shortly(TreeWalker.paths(tree("nowhere", o("o")))));
        assertEquals(List.of("-> o"), shortly(TreeWalker.paths(tree("o", o("o"), o("p")))));
    }

    @Test
    void aPathStepKnowsItsAnswer() {
        TreePath p = TreeWalker.paths(TINY).get(1);
        assertEquals("No", p.steps().get(0).answer().label());
        assertEquals(List.of(Choice.index(1)), p.choices());
    }

    @Test
    void aVeryLongChainNeitherOverflowsNorLoops() {
        // 100,000 questions in a row, the last leading to the outcome or back to the first.
        int n = 100_000;
        List<TreeNode> nodes = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) nodes.add(q("q" + i, "On", "q" + (i + 1)));
        nodes.add(q("q" + (n - 1), "Back", "q0", "Stop", "end"));
        nodes.add(o("end"));
        DecisionTree chain = tree("q0", nodes.toArray(new TreeNode[0]));
        List<TreePath> paths = TreeWalker.paths(chain);
        assertEquals(1, paths.size());
        assertEquals(n, paths.get(0).steps().size());
        assertEquals("q1 question " + (n + 1), shortly(TreeWalker.walk(chain, new int[n + 1])));
        assertEquals(n + 1, TreeGraph.reachable(chain).size());
        assertEquals(1, TreeGraph.cycles(chain).size());
        assertEquals(n + 1, TreeGraph.cycles(chain).get(0).nodeIds().size());
        assertEquals(1, TreeGraph.pathCount(chain));
    }

    private static String message(WalkResult r) {
        return ((WalkResult.Failed) r).message();
    }
}
