package io.coursegen.tree;

import io.coursegen.model.tree.DecisionTree;
import io.coursegen.model.tree.OutcomeNode;
import io.coursegen.model.tree.QuestionNode;
import io.coursegen.model.tree.TreeNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the checker needs to know about a decision tree as a graph: which nodes a learner can reach,
 * which answers lead back into a cycle, and how many paths there are. Answers whose {@code next}
 * names no node are ignored here (the checker reports them on their own). Every traversal uses an
 * explicit stack, so a tree of any depth is safe.
 */
public final class TreeGraph {
    private TreeGraph() {}

    /** The ids of the nodes reachable from the start, in breadth-first order; empty if the start is missing. */
    public static Set<String> reachable(DecisionTree tree) {
        return reachable(tree, java.util.function.UnaryOperator.identity());
    }

    /**
     * As {@link #reachable(DecisionTree)}, following each answer to {@code target.apply(answer.next())}:
     * the checker reads a mistyped target as the node it seems to mean, so the nodes behind it are not
     * reported as unreachable too.
     */
    public static Set<String> reachable(DecisionTree tree, java.util.function.UnaryOperator<String> target) {
        Map<String, TreeNode> nodes = TreeWalker.index(tree);
        Set<String> seen = new LinkedHashSet<>();
        if (!nodes.containsKey(tree.start())) return seen;
        Deque<TreeNode> queue = new ArrayDeque<>();
        queue.add(nodes.get(tree.start()));
        seen.add(tree.start());
        while (!queue.isEmpty()) {
            if (!(queue.poll() instanceof QuestionNode q)) continue;
            for (QuestionNode.Answer a : q.answers()) {
                TreeNode next = nodes.get(target.apply(a.next()));
                if (next != null && seen.add(next.id())) queue.add(next);
            }
        }
        return seen;
    }

    /**
     * A cycle, found where an answer leads back to a node on the way to it.
     *
     * @param nodeIds the nodes of the cycle in walking order, the first repeated at the end
     *                ({@code [a, b, a]})
     * @param from    the question whose answer closes the cycle
     * @param answer  that answer
     */
    public record Cycle(List<String> nodeIds, QuestionNode from, QuestionNode.Answer answer) {
        public Cycle {
            nodeIds = List.copyOf(nodeIds);
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /**
     * Every answer that leads back to a node on the path to it, found depth first from the start and
     * then from each node not yet visited, in written order; each such answer is one cycle. A tree
     * without cycles gives an empty list.
     */
    public static List<Cycle> cycles(DecisionTree tree) {
        Map<String, TreeNode> nodes = TreeWalker.index(tree);
        List<String> roots = new ArrayList<>();
        if (nodes.containsKey(tree.start())) roots.add(tree.start());
        roots.addAll(nodes.keySet());
        Map<String, Boolean> done = new HashMap<>(); // id -> false while on the stack, true once left
        List<Cycle> out = new ArrayList<>();
        for (String root : roots) {
            if (done.containsKey(root)) continue;
            List<Frame> stack = new ArrayList<>();
            enter(nodes.get(root), stack, done);
            while (!stack.isEmpty()) {
                Frame top = stack.get(stack.size() - 1);
                if (top.next == top.question.answers().size()) {
                    stack.remove(stack.size() - 1);
                    done.put(top.question.id(), true);
                    continue;
                }
                QuestionNode.Answer answer = top.question.answers().get(top.next++);
                TreeNode target = nodes.get(answer.next());
                if (target == null) continue;
                Boolean state = done.get(target.id());
                if (state == null) {
                    enter(target, stack, done);
                } else if (!state) {
                    List<String> ids = new ArrayList<>();
                    boolean inCycle = false;
                    for (Frame f : stack) {
                        inCycle |= f.question.id().equals(target.id());
                        if (inCycle) ids.add(f.question.id());
                    }
                    ids.add(target.id());
                    out.add(new Cycle(ids, top.question, answer));
                }
            }
        }
        return out;
    }

    /**
     * The number of paths from the start to an outcome, as {@link TreeWalker#paths} would list them,
     * without listing them; {@link Long#MAX_VALUE} when there are more. Meant for trees without cycles:
     * an answer that leads back into a cycle counts no paths.
     */
    public static long pathCount(DecisionTree tree) {
        Map<String, TreeNode> nodes = TreeWalker.index(tree);
        if (!nodes.containsKey(tree.start())) return 0;
        Map<String, Long> counts = new HashMap<>(); // paths from a finished node to an outcome
        Map<String, Boolean> done = new HashMap<>();
        List<Frame> stack = new ArrayList<>();
        enter(nodes.get(tree.start()), stack, done);
        nodes.values().stream().filter(n -> n instanceof OutcomeNode).forEach(n -> counts.put(n.id(), 1L));
        while (!stack.isEmpty()) {
            Frame top = stack.get(stack.size() - 1);
            if (top.next < top.question.answers().size()) {
                TreeNode target = nodes.get(top.question.answers().get(top.next++).next());
                if (target != null && !done.containsKey(target.id())) enter(target, stack, done);
                continue;
            }
            stack.remove(stack.size() - 1);
            done.put(top.question.id(), true);
            long sum = 0;
            for (QuestionNode.Answer a : top.question.answers()) {
                long c = counts.getOrDefault(a.next(), 0L); // missing, or still on the stack: a cycle
                sum = sum > Long.MAX_VALUE - c ? Long.MAX_VALUE : sum + c;
            }
            counts.put(top.question.id(), sum);
        }
        return counts.getOrDefault(tree.start(), 0L);
    }

    /** Marks {@code node} as being visited; a question goes on the stack, an outcome is done at once. */
    private static void enter(TreeNode node, List<Frame> stack, Map<String, Boolean> done) {
        if (node instanceof QuestionNode q) {
            done.put(q.id(), false);
            stack.add(new Frame(q));
        } else {
            done.put(node.id(), true);
        }
    }

    /** A question being visited, and the position of its next answer to follow. */
    private static final class Frame {
        final QuestionNode question;
        int next;

        Frame(QuestionNode question) {
            this.question = question;
        }
    }
}
