package io.coursegen.tree;

import io.coursegen.model.tree.DecisionTree;
import io.coursegen.model.tree.OutcomeNode;
import io.coursegen.model.tree.QuestionNode;
import io.coursegen.model.tree.TreeNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Walks a decision tree as a learner does, one answer at a time, and lists every way through it.
 * Total on any tree, checked or not: a missing node or a cycle never throws or loops, it ends a walk
 * with a {@link WalkResult.Failed} or leaves a path out of {@link #paths}. {@code widget/tree/tree-walk.js}
 * implements the same two functions for the browser.
 */
public final class TreeWalker {
    private TreeWalker() {}

    /**
     * Follows {@code choices} from the start node: the node reached (a question still to answer, or an
     * outcome), or the first step that cannot be taken. No choices give the start node.
     */
    public static WalkResult walk(DecisionTree tree, List<Choice> choices) {
        Map<String, TreeNode> nodes = index(tree);
        TreeNode at = nodes.get(tree.start());
        if (at == null) {
            return new WalkResult.Failed(WalkError.MISSING_NODE, 0, tree.start(),
                    "the start node `" + tree.start() + "` is not a node of tree `" + tree.id() + "`");
        }
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            String step = "answer " + (i + 1) + " (" + choice + ")";
            if (!(at instanceof QuestionNode question)) {
                return new WalkResult.Failed(WalkError.AFTER_OUTCOME, i, at.id(),
                        step + " comes after the walk reached outcome `" + at.id() + "`, which takes no answers");
            }
            int k = find(question, choice);
            if (k < 0) {
                return new WalkResult.Failed(WalkError.NO_SUCH_ANSWER, i, question.id(),
                        step + ": question `" + question.id() + "` has no such answer; its answers are " + describe(question));
            }
            String next = question.answers().get(k).next();
            at = nodes.get(next);
            if (at == null) {
                return new WalkResult.Failed(WalkError.MISSING_NODE, i + 1, next,
                        step + " of question `" + question.id() + "` leads to `" + next + "`, which is not a node of tree `" + tree.id() + "`");
            }
        }
        return new WalkResult.Reached(at, choices.size());
    }

    /** {@link #walk} with answers by position. */
    public static WalkResult walk(DecisionTree tree, int... answerIndexes) {
        return walk(tree, IntStream.of(answerIndexes).mapToObj(Choice::index).toList());
    }

    /**
     * Every path from the start node to an outcome, depth first, answers in written order. A path
     * that cannot reach an outcome (an answer leading to a missing node, or back to a node already on
     * the path) is left out; the checker reports those. A start that is an outcome gives one path of
     * no steps; a missing start gives none. The number of paths can grow exponentially with the
     * number of nodes (answers meeting again further down multiply), which is why the checker caps
     * it (see {@link TreeGraph#pathCount}).
     */
    public static List<TreePath> paths(DecisionTree tree) {
        Map<String, TreeNode> nodes = index(tree);
        TreeNode start = nodes.get(tree.start());
        List<TreePath> out = new ArrayList<>();
        if (start instanceof OutcomeNode outcome) out.add(new TreePath(List.of(), outcome));
        if (!(start instanceof QuestionNode first)) return out;
        // An explicit stack rather than recursion: a long chain of questions must not overflow the
        // Java stack. Each frame is a question on the current path and the next answer to try there.
        List<Frame> stack = new ArrayList<>();
        Set<String> onPath = new HashSet<>();
        stack.add(new Frame(first));
        onPath.add(first.id());
        while (!stack.isEmpty()) {
            Frame top = stack.get(stack.size() - 1);
            if (top.next == top.question.answers().size()) {
                stack.remove(stack.size() - 1);
                onPath.remove(top.question.id());
                continue;
            }
            TreeNode target = nodes.get(top.question.answers().get(top.next++).next());
            if (target == null || onPath.contains(target.id())) continue;
            if (target instanceof OutcomeNode outcome) {
                out.add(new TreePath(stack.stream().map(f -> new TreePath.Step(f.question, f.next - 1)).toList(), outcome));
            } else {
                QuestionNode question = (QuestionNode) target;
                stack.add(new Frame(question));
                onPath.add(question.id());
            }
        }
        return out;
    }

    /** The nodes by id; should two share an id (only an unchecked tree can), the first counts. */
    static Map<String, TreeNode> index(DecisionTree tree) {
        Map<String, TreeNode> out = new LinkedHashMap<>();
        tree.nodes().forEach(n -> out.putIfAbsent(n.id(), n));
        return out;
    }

    /** The position of the chosen answer, or -1. */
    private static int find(QuestionNode question, Choice choice) {
        if (choice instanceof Choice.Index i) {
            return i.index() >= 0 && i.index() < question.answers().size() ? i.index() : -1;
        }
        String label = ((Choice.Label) choice).label();
        for (int k = 0; k < question.answers().size(); k++) {
            if (question.answers().get(k).label().equals(label)) return k;
        }
        return -1;
    }

    private static String describe(QuestionNode question) {
        if (question.answers().isEmpty()) return "none";
        return IntStream.range(0, question.answers().size())
                .mapToObj(k -> k + " `" + question.answers().get(k).label() + "`").collect(Collectors.joining(", "));
    }

    /** A question on the path being explored, and the position of the next answer to try there. */
    private static final class Frame {
        final QuestionNode question;
        int next;

        Frame(QuestionNode question) {
            this.question = question;
        }
    }
}
