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
import io.coursegen.testing.CourseFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision tree format: a whole tree read from YAML into the exact model, positions included, and
 * the defaults an author may leave out.
 */
class TreeParser_FormatTest {
    private static final String PATH = "content/widgets/decision-trees/pick.yaml";

    private static final String PICK = """
            id: pick
            title: Pick an approach
            intro: |
              Some *intro*.
            start: gap
            nodes:
              gap:
                question: What is **missing**?
                help: Look at the outputs.
                answers:
                  - label: "The facts"
                    next: rag
                  - {label: The format, next: tune}
              rag:
                verdict: rag
                title: Add retrieval
                explanation: Because facts change.
                lessons:
                  - content/01-a/01-x.md
                  - content/01-a/02-y.md
              tune:
                verdict: fine-tuning
                title: Fine-tune
            """;

    private final Diagnostics diagnostics = new Diagnostics();

    @TempDir
    Path root;

    private static SourceRef at(int line, int col) {
        return new SourceRef(PATH, line, col);
    }

    private DecisionTree parse(String path, String yaml) {
        DecisionTree tree = TreeParser.parse(path, yaml, diagnostics)
                .orElseThrow(() -> new AssertionError("tree did not load: " + diagnostics.lines()));
        assertEquals(List.of(), diagnostics.lines());
        return tree;
    }

    @Test
    void aWholeTree() {
        DecisionTree actual = parse(PATH, PICK);
        DecisionTree expected = new DecisionTree("pick", "Pick an approach", "Some *intro*.\n", "gap", at(5, 8), List.of(
                new QuestionNode("gap", "What is **missing**?", "Look at the outputs.", List.of(
                        new QuestionNode.Answer("The facts", "rag", at(11, 9), at(12, 15)),
                        new QuestionNode.Answer("The format", "tune", at(13, 9), at(13, 35))), at(7, 3)),
                new OutcomeNode("rag", Verdict.RAG, "Add retrieval", "Because facts change.", List.of(
                        new OutcomeNode.LessonLink("content/01-a/01-x.md", at(19, 9)),
                        new OutcomeNode.LessonLink("content/01-a/02-y.md", at(20, 9))), at(14, 3)),
                new OutcomeNode("tune", Verdict.FINE_TUNING, "Fine-tune", null, List.of(), at(21, 3))),
                SourceRef.file(PATH), actual.markdown());
        assertEquals(expected, actual);
        assertEquals(List.of("Some *intro*.\n", "What is **missing**?", "Look at the outputs.", "Because facts change."),
                actual.markdown().all().stream().map(io.coursegen.model.Snippets.Snippet::text).toList(), "its markdown texts, parsed");
    }

    @Test
    void theKeysOfANodeSayItsKind() {
        DecisionTree tree = parse(PATH, """
                id: pick
                title: T
                start: q
                nodes:
                  q: {question: "Q?"}
                  o: {verdict: rethink, title: Rethink}
                """);
        assertEquals(List.of("question", "outcome"), tree.nodes().stream().map(TreeNode::kind).toList());
        assertEquals(new QuestionNode("q", "Q?", null, List.of(), at(5, 3)), tree.nodes().get(0));
    }

    @Test
    void everyVerdict() {
        for (Verdict v : Verdict.values()) {
            DecisionTree tree = parse(PATH, "id: pick\ntitle: T\nstart: o\nnodes:\n  o: {verdict: " + v.key() + ", title: O}\n");
            assertEquals(v, ((OutcomeNode) tree.nodes().get(0)).verdict());
        }
        assertEquals(List.of("prompting", "rag", "fine-tuning", "hybrid", "rethink"), Verdict.keys());
    }

    @Test
    void nodesKeepTheirWrittenOrderAndIds() {
        DecisionTree tree = parse(PATH, """
                id: pick
                title: T
                start: Z_9
                nodes:
                  Z_9: {question: "Q?", answers: [{label: A, next: 0-a}, {label: B, next: b}]}
                  0-a: {verdict: rag, title: A}
                  b: {verdict: hybrid, title: B}
                """);
        assertEquals(List.of("Z_9", "0-a", "b"), tree.nodeIds());
        assertEquals("0-a", tree.node("0-a").orElseThrow().id());
    }

    @Test
    void labelsLoseSurroundingWhiteSpace() {
        // A folded block scalar ends in a line break that no button should show.
        DecisionTree tree = parse(PATH, """
                id: pick
                title: T
                start: q
                nodes:
                  q:
                    question: Q?
                    answers:
                      - label: >
                          A long answer
                          on two lines
                        next: o
                      - {label: "  Padded  ", next: p}
                  o: {verdict: rag, title: O}
                  p: {verdict: rag, title: P}
                """);
        assertEquals(List.of("A long answer on two lines", "Padded"),
                ((QuestionNode) tree.nodes().get(0)).answers().stream().map(QuestionNode.Answer::label).toList());
    }

    @Test
    void aYmlFileIsNamedWithoutItsExtension() {
        DecisionTree tree = parse("content/widgets/decision-trees/pick.yml", "id: pick\ntitle: T\nstart: o\nnodes:\n  o: {verdict: rag, title: O}\n");
        assertEquals("pick", tree.id());
        assertEquals(SourceRef.file("content/widgets/decision-trees/pick.yml"), tree.ref());
    }

    @Test
    void fromFileReadsUtf8WithAByteOrderMarkAndCrlfAsTheSameTree() {
        Path file = CourseFiles.writeBytes(root, PATH, CourseFiles.withBom(CourseFiles.crlf(PICK).getBytes(StandardCharsets.UTF_8)));
        DecisionTree fromFile = TreeParser.fromFile(file, PATH, diagnostics).orElseThrow(() -> new AssertionError(diagnostics.lines()));
        assertEquals(parse(PATH, PICK), fromFile);
    }

    @Test
    void fromFileReportsAFileThatCannotBeRead() {
        assertEquals(true, TreeParser.fromFile(root.resolve("absent.yaml"), PATH, diagnostics).isEmpty());
        assertEquals(1, diagnostics.lines().size());
        assertEquals(true, diagnostics.lines().get(0).startsWith(PATH + ":1:1: error: cannot read file: "), diagnostics.lines().get(0));
    }
}
