package io.coursegen.widget.tree;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.Suggest;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.SourceRef;
import io.coursegen.model.tree.DecisionTree;
import io.coursegen.model.tree.OutcomeNode;
import io.coursegen.model.tree.QuestionNode;
import io.coursegen.model.tree.TreeNode;
import io.coursegen.tree.TreeGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks decision trees as graphs, so that every walk a learner can take ends at an outcome: the start
 * node exists, every answer leads to a node that exists, every node can be reached, no answer leads
 * back into a cycle, no question is a dead end, the answers of a question differ in label and target,
 * and every outcome links to lessons that exist. A tree that passes can be walked from its start with
 * any sequence of answers without meeting a missing node or going round in circles.
 */
public final class TreeChecker {
    /**
     * Most paths from the start to an outcome a tree may have. Paths multiply where answers meet again
     * further down, and a page listing every path of a tree with more could not be read or printed.
     */
    public static final long MAX_PATHS = 1000;

    private TreeChecker() {}

    /**
     * Checks every tree; {@code lessonPaths} are the course's lessons by their path from the project
     * root ({@code content/01-intro/02-costs.md}), which outcomes must link to.
     */
    public static void check(List<DecisionTree> trees, Set<String> lessonPaths, Diagnostics diagnostics) {
        check(trees, lessonPaths, LoadFailures.none(), diagnostics);
    }

    /**
     * As {@link #check(List, Set, Diagnostics)}; a link to a lesson among {@code failures} is not
     * reported, since the lesson's file has its own errors.
     */
    public static void check(List<DecisionTree> trees, Set<String> lessonPaths, LoadFailures failures, Diagnostics diagnostics) {
        Map<String, SourceRef> treeIds = new HashMap<>();
        for (DecisionTree tree : trees) {
            // Ids equal file names, so only `a.yaml` beside `a.yml` can clash; a page could not say which it means.
            SourceRef first = treeIds.putIfAbsent(tree.id(), tree.ref());
            if (first != null) {
                diagnostics.error(tree.ref(), "decision tree id `" + tree.id() + "` is also used by " + first.path() + "; tree ids must be unique");
            }
            checkTree(tree, lessonPaths, failures, diagnostics);
        }
    }

    private static void checkTree(DecisionTree tree, Set<String> lessons, LoadFailures failures, Diagnostics diagnostics) {
        List<String> ids = tree.nodeIds();
        boolean hasStart = ids.contains(tree.start());
        if (!hasStart) {
            diagnostics.error(tree.startRef(), "start node `" + tree.start() + "` is not a node of this tree" + nodeHint(tree.start(), ids));
        }
        for (TreeNode node : tree.nodes()) {
            if (node instanceof QuestionNode q) {
                checkAnswers(q, ids, diagnostics);
            } else {
                checkLessons((OutcomeNode) node, lessons, failures, diagnostics);
            }
        }
        // An answer leading to an unknown node is already an error; the nodes behind it are only
        // unreachable because of it. Follow it to the node it seems to mean, and if one such answer
        // means nothing recognisable, any node may be the one it meant: report none as unreachable.
        Map<String, String> meant = new HashMap<>();
        boolean guessable = true;
        for (TreeNode node : tree.nodes()) {
            if (!(node instanceof QuestionNode q)) continue;
            for (QuestionNode.Answer a : q.answers()) {
                if (ids.contains(a.next())) continue;
                java.util.Optional<String> close = Suggest.closest(a.next(), ids);
                if (close.isPresent()) meant.put(a.next(), close.get());
                else guessable = false;
            }
        }
        if (hasStart && guessable) {
            Set<String> reachable = TreeGraph.reachable(tree, next -> meant.getOrDefault(next, next));
            tree.nodes().stream().filter(n -> !reachable.contains(n.id())).forEach(n -> diagnostics.error(n.ref(),
                    "node `" + n.id() + "` cannot be reached from the start node `" + tree.start() + "`; lead an answer to it, or remove it"));
        }
        List<TreeGraph.Cycle> cycles = TreeGraph.cycles(tree);
        for (TreeGraph.Cycle c : cycles) {
            diagnostics.error(c.answer().nextRef(), "cycle " + c.nodeIds().stream().map(id -> "`" + id + "`").collect(Collectors.joining(" -> "))
                    + ": answer `" + c.answer().label() + "` of question `" + c.from().id() + "` leads back to `" + c.answer().next()
                    + "`; every answer must lead on toward an outcome");
        }
        if (hasStart && cycles.isEmpty()) {
            long paths = TreeGraph.pathCount(tree);
            if (paths > MAX_PATHS) {
                diagnostics.error(tree.startRef(), "tree `" + tree.id() + "` has " + (paths == Long.MAX_VALUE ? "too many" : String.valueOf(paths))
                        + " paths from its start to an outcome, more than " + MAX_PATHS + " can be read; split it into smaller trees");
            }
        }
    }

    private static void checkAnswers(QuestionNode q, List<String> ids, Diagnostics diagnostics) {
        if (q.answers().isEmpty()) {
            diagnostics.error(q.ref(), "question `" + q.id() + "` has no answers, so a walk that reaches it ends without an outcome;"
                    + " add `answers:`, or make it an outcome");
        } else if (q.answers().size() == 1) {
            diagnostics.warning(q.ref(), "question `" + q.id() + "` has only one answer, so the learner has nothing to choose;"
                    + " add another answer, or lead straight to `" + q.answers().get(0).next() + "`");
        }
        Map<String, QuestionNode.Answer> labels = new HashMap<>();
        Map<String, QuestionNode.Answer> targets = new HashMap<>();
        for (QuestionNode.Answer a : q.answers()) {
            // Labels that differ only in case or spacing look the same on the page.
            QuestionNode.Answer sameLabel = labels.putIfAbsent(a.label().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), a);
            if (sameLabel != null) {
                diagnostics.error(a.ref(), "question `" + q.id() + "` has two answers labelled `" + a.label() + "` (the first on line "
                        + sameLabel.ref().line() + "); labels must tell the answers apart");
            }
            if (!ids.contains(a.next())) {
                diagnostics.error(a.nextRef(), "answer `" + a.label() + "` of question `" + q.id() + "` leads to unknown node `" + a.next() + "`"
                        + nodeHint(a.next(), ids));
                continue;
            }
            QuestionNode.Answer sameTarget = targets.putIfAbsent(a.next(), a);
            if (sameTarget != null) {
                diagnostics.error(a.nextRef(), "answers `" + sameTarget.label() + "` and `" + a.label() + "` of question `" + q.id()
                        + "` both lead to `" + a.next() + "`; answers that lead to the same place are one answer, so merge them");
            }
        }
    }

    private static void checkLessons(OutcomeNode o, Set<String> lessons, LoadFailures failures, Diagnostics diagnostics) {
        if (o.lessons().isEmpty()) {
            diagnostics.error(o.ref(), "outcome `" + o.id() + "` links to no lesson; list at least one under `lessons:`");
        }
        for (OutcomeNode.LessonLink l : o.lessons()) {
            if (!lessons.contains(l.path()) && !failures.failed(LoadFailures.Kind.LESSON, l.path())) {
                diagnostics.error(l.ref(), "outcome `" + o.id() + "` links to unknown lesson `" + l.path() + "`" + lessonHint(l.path(), lessons));
            }
        }
    }

    /** A "did you mean", or the nodes there are. */
    private static String nodeHint(String id, List<String> ids) {
        if (ids.isEmpty()) return "; the tree has no nodes";
        String suggestion = Suggest.didYouMean(id, ids);
        return !suggestion.isEmpty() ? suggestion : Suggest.listed("nodes", id, ids);
    }

    /** A "did you mean", or how lessons are named. */
    private static String lessonHint(String path, Set<String> lessonPaths) {
        if (lessonPaths.isEmpty()) return "; the course has no lessons";
        // Sorted only here, for an error: serve checks every tree on each edit of a large course.
        SortedSet<String> lessons = new TreeSet<>(lessonPaths);
        // The most likely slip: a path written from content/ rather than from the project root.
        if (lessons.contains("content/" + path)) {
            return "; did you mean `content/" + path + "`? Lessons are named by their path from the project root";
        }
        String suggestion = Suggest.didYouMean(path, lessons);
        return !suggestion.isEmpty() ? suggestion
                : "; name a lesson by its path from the project root, such as `" + lessons.first() + "`";
    }
}
