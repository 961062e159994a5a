package io.coursegen.tree;

import static io.coursegen.tree.TreeFixtures.o;
import static io.coursegen.tree.TreeFixtures.q;
import static io.coursegen.tree.TreeFixtures.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.model.tree.DecisionTree;
import io.coursegen.model.tree.TreeNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reachability, cycles and path counts, on graphs small enough to work out by hand. */
class TreeGraph_Test {

    private static List<String> cycles(DecisionTree tree) {
        return TreeGraph.cycles(tree).stream()
                .map(c -> String.join(" ", c.nodeIds()) + " via " + c.from().id() + "/" + c.answer().label()).toList();
    }

    @Test
    void reachableInBreadthFirstOrder() {
        DecisionTree t = tree("s", q("s", "A", "a", "B", "b"), q("a", "X", "x"), o("b"), o("x"), o("lost"), q("alone", "A", "x"));
        assertEquals(List.of("s", "a", "b", "x"), List.copyOf(TreeGraph.reachable(t)));
        assertEquals(List.of(), List.copyOf(TreeGraph.reachable(tree("nowhere", o("a")))));
        assertEquals(List.of("s"), List.copyOf(TreeGraph.reachable(tree("s", q("s", "A", "gone")))));
    }

    @Test
    void noCyclesInATree() {
        assertEquals(List.of(), cycles(tree("s", q("s", "L", "a", "R", "b"), q("a", "On", "m"), q("b", "On", "m"),
                q("m", "X", "x"), o("x"))));
    }

    @Test
    void cyclesFromTheStartFirstThenFromUnvisitedNodesInWrittenOrder() {
        DecisionTree t = tree("s",
                q("s", "A", "s", "B", "a"),
                q("a", "A", "b", "B", "end"),
                q("b", "A", "a", "B", "end"),
                q("x", "A", "y", "B", "end"),
                q("y", "A", "x", "B", "gone"),
                o("end"));
        assertEquals(List.of("s s via s/A", "a b a via b/A", "x y x via y/A"), cycles(t));
    }

    @Test
    void eachAnswerBackIsOneCycle() {
        // q2 leads back to q1 and to itself: two answers, two cycles.
        DecisionTree t = tree("q1", q("q1", "A", "q2", "B", "o"), q("q2", "A", "q1", "B", "q2", "C", "o"), o("o"));
        assertEquals(List.of("q1 q2 q1 via q2/A", "q2 q2 via q2/B"), cycles(t));
    }

    @Test
    void pathCounts() {
        assertEquals(0, TreeGraph.pathCount(tree("nowhere", o("a"))));
        assertEquals(1, TreeGraph.pathCount(tree("o", o("o"))));
        assertEquals(0, TreeGraph.pathCount(tree("q", q("q"))));
        assertEquals(1, TreeGraph.pathCount(tree("q", q("q", "A", "gone", "B", "o"), o("o"))));
        assertEquals(4, TreeGraph.pathCount(tree("s", q("s", "L", "a", "R", "b"), q("a", "On", "m"), q("b", "On", "m"),
                q("m", "X", "x", "Y", "y"), o("x"), o("y"))));
    }

    @Test
    void pathCountsSaturateInsteadOfOverflowing() {
        // 70 layers of two questions, each leading to both of the next layer: 2^71 paths.
        List<TreeNode> nodes = new ArrayList<>();
        int n = 70;
        nodes.add(q("q0", "A", "q1", "B", "r1"));
        for (int i = 1; i <= n; i++) {
            String a = i < n ? "q" + (i + 1) : "e1";
            String b = i < n ? "r" + (i + 1) : "e2";
            nodes.add(q("q" + i, "A", a, "B", b));
            nodes.add(q("r" + i, "A", a, "B", b));
        }
        nodes.add(o("e1"));
        nodes.add(o("e2"));
        assertEquals(Long.MAX_VALUE, TreeGraph.pathCount(tree("q0", nodes.toArray(new TreeNode[0]))));
    }
}
