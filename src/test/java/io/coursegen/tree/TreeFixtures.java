package io.coursegen.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.widget.tree.TreeParser;
import io.coursegen.model.SourceRef;
import io.coursegen.model.tree.DecisionTree;
import io.coursegen.model.tree.OutcomeNode;
import io.coursegen.model.tree.QuestionNode;
import io.coursegen.model.tree.TreeNode;
import io.coursegen.model.tree.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small trees built in code, and the course's real trees, for the tree tests. */
final class TreeFixtures {
    static final SourceRef REF = SourceRef.file("tree");
    static final String LESSON = "content/01-intro/01-first.md";

    /** The project the tests run in (Maven's basedir), holding the real course. */
    static final Path PROJECT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final String TREES = "content/widgets/decision-trees/";

    private TreeFixtures() {}

    /** A tree of these nodes, starting at {@code start}. */
    static DecisionTree tree(String start, TreeNode... nodes) {
        return new DecisionTree("t", "T", null, start, REF, List.of(nodes), REF);
    }

    /** A question whose answers are {@code label, next} pairs. */
    static QuestionNode q(String id, String... labelsAndTargets) {
        List<QuestionNode.Answer> answers = Stream.iterate(0, i -> i < labelsAndTargets.length, i -> i + 2)
                .map(i -> new QuestionNode.Answer(labelsAndTargets[i], labelsAndTargets[i + 1], REF, REF)).toList();
        return new QuestionNode(id, "Q " + id + "?", null, answers, REF);
    }

    /** An outcome recommending prompting. */
    static OutcomeNode o(String id) {
        return new OutcomeNode(id, Verdict.PROMPTING, "O " + id, null, List.of(new OutcomeNode.LessonLink(LESSON, REF)), REF);
    }

    /** One of the course's trees, parsed from its file, which must read cleanly. */
    static DecisionTree courseTree(String id) {
        Diagnostics diagnostics = new Diagnostics();
        DecisionTree tree = TreeParser.fromFile(PROJECT.resolve(TREES + id + ".yaml"), TREES + id + ".yaml", diagnostics)
                .orElseThrow(() -> new AssertionError(id + " did not load: " + diagnostics.lines()));
        assertEquals(List.of(), diagnostics.lines());
        return tree;
    }

    /** The ids of the course's trees: the names of the files in content/widgets/decision-trees/. */
    static List<String> courseTreeIds() {
        try (Stream<Path> files = Files.list(PROJECT.resolve(TREES))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A walk result in short: {@code node-id kind step} or {@code error step node}. */
    static String shortly(WalkResult r) {
        if (r instanceof WalkResult.Reached reached) {
            return reached.node().id() + " " + reached.node().kind() + " " + reached.step();
        }
        WalkResult.Failed f = (WalkResult.Failed) r;
        return f.error().key() + " " + f.step() + " " + f.node();
    }

    /** Paths in short: {@code q1:0 q2:1 -> outcome}, one string per path. */
    static List<String> shortly(List<TreePath> paths) {
        return paths.stream().map(p -> Stream.concat(p.steps().stream().map(s -> s.question().id() + ":" + s.answerIndex()),
                Stream.of("-> " + p.outcome().id())).collect(Collectors.joining(" "))).toList();
    }
}
