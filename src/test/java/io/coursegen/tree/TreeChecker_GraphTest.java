package io.coursegen.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.widget.tree.TreeChecker;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.widget.tree.TreeParser;
import io.coursegen.model.tree.DecisionTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic of the decision tree checker, with its exact text and position. Trees are written
 * as YAML and read by {@link TreeParser}, so positions are those an author sees; {@link #SOUND} is a
 * tree with none, and each test breaks it in one way.
 */
class TreeChecker_GraphTest {
    private static final String PATH = "content/widgets/decision-trees/pick.yaml";
    private static final String E = PATH + ":";
    private static final Set<String> LESSONS = Set.of("content/01-a/01-x.md", "content/01-a/02-y.md");

    /** Lines 5-9 the question `q`, line 10 outcome `a`, line 11 outcome `b`. */
    private static final String SOUND = """
            id: pick
            title: T
            start: q
            nodes:
              q:
                question: Which?
                answers:
                  - {label: A, next: a}
                  - {label: B, next: b}
              a: {verdict: rag, title: A, lessons: [content/01-a/01-x.md]}
              b: {verdict: prompting, title: B, lessons: [content/01-a/02-y.md]}
            """;

    private static DecisionTree parse(String path, String yaml) {
        Diagnostics d = new Diagnostics();
        DecisionTree tree = TreeParser.parse(path, yaml, d).orElseThrow(() -> new AssertionError("did not load: " + d.lines()));
        assertEquals(List.of(), d.lines(), "the tree must read cleanly: only the checker is tested here");
        return tree;
    }

    private static List<String> check(String yaml) {
        return check(List.of(parse(PATH, yaml)), LESSONS);
    }

    private static List<String> check(List<DecisionTree> trees, Set<String> lessons) {
        Diagnostics d = new Diagnostics();
        TreeChecker.check(trees, lessons, d);
        return d.lines();
    }

    @Test
    void aSoundTreeHasNoDiagnostics() {
        assertEquals(List.of(), check(SOUND));
    }

    // --- start ---

    @Test
    void aStartThatIsNoNodeSuggestsTheNearest() {
        // Nothing is reported unreachable: from a start that does not exist, nothing would be.
        assertEquals(List.of(E + "3:8: error: start node `qq` is not a node of this tree; did you mean `q`?"),
                check(SOUND.replace("start: q", "start: qq")));
    }

    @Test
    void aStartFarFromEveryNodeListsThem() {
        assertEquals(List.of(E + "3:8: error: start node `begin` is not a node of this tree (nodes: q, a, b)"),
                check(SOUND.replace("start: q", "start: begin")));
    }

    @Test
    void aTreeWithoutNodes() {
        assertEquals(List.of(E + "3:8: error: start node `q` is not a node of this tree; the tree has no nodes"),
                check("id: pick\ntitle: T\nstart: q\nnodes: {}\n"));
    }

    // --- answers ---

    @Test
    void anAnswerLeadingToAnUnknownNode() {
        // `b` is unreachable only because `bb` is mistyped: one mistake, one error (issue 21, item 1).
        assertEquals(List.of(E + "9:26: error: answer `B` of question `q` leads to unknown node `bb`; did you mean `b`?"),
                check(SOUND.replace("next: b}", "next: bb}")));
    }

    @Test
    void anAnswerLeadingFarFromEveryNode() {
        // Any node may be the one `elsewhere` meant, so none is reported as unreachable because of it.
        assertEquals(List.of(E + "9:26: error: answer `B` of question `q` leads to unknown node `elsewhere` (nodes: q, a, b)"),
                check(SOUND.replace("next: b}", "next: elsewhere}")));
    }

    @Test
    void twoAnswersWithTheSameLabel() {
        // Case and spacing do not tell labels apart on a page.
        assertEquals(List.of(E + "9:9: error: question `q` has two answers labelled `a  b` (the first on line 8); labels must tell the answers apart"),
                check(SOUND.replace("{label: A,", "{label: A B,").replace("{label: B,", "{label: \"a  b\",")));
    }

    @Test
    void twoAnswersLeadingToTheSameNode() {
        assertEquals(List.of(E + "9:26: error: answers `A` and `B` of question `q` both lead to `a`; answers that lead to the same place"
                        + " are one answer, so merge them",
                E + "11:3: error: node `b` cannot be reached from the start node `q`; lead an answer to it, or remove it"),
                check(SOUND.replace("next: b}", "next: a}")));
    }

    @Test
    void aQuestionWithoutAnswersIsADeadEnd() {
        String noAnswers = "id: pick\ntitle: T\nstart: q\nnodes:\n  q: {question: Which}\n";
        assertEquals(List.of(E + "5:3: error: question `q` has no answers, so a walk that reaches it ends without an outcome;"
                + " add `answers:`, or make it an outcome"), check(noAnswers));
        assertEquals(check(noAnswers), check(noAnswers.replace("{question: Which}", "{question: Which, answers: []}")));
    }

    @Test
    void aQuestionWithOneAnswerIsAWarning() {
        assertEquals(List.of(E + "5:3: warning: question `q` has only one answer, so the learner has nothing to choose;"
                + " add another answer, or lead straight to `a`",
                E + "10:3: error: node `b` cannot be reached from the start node `q`; lead an answer to it, or remove it"),
                check(SOUND.replace("      - {label: B, next: b}\n", "")));
    }

    // --- the graph ---

    @Test
    void aNodeNoAnswerLeadsTo() {
        assertEquals(List.of(E + "12:3: error: node `c` cannot be reached from the start node `q`; lead an answer to it, or remove it"),
                check(SOUND + "  c: {verdict: hybrid, title: C, lessons: [content/01-a/01-x.md]}\n"));
    }

    @Test
    void aCycleIsReportedWithItsNodesInOrder() {
        assertEquals(List.of(E + "17:35: error: cycle `q` -> `r` -> `s` -> `q`: answer `back` of question `s` leads back to `q`;"
                + " every answer must lead on toward an outcome"),
                check(SOUND.replace("next: b}", "next: r}") + """
                          r:
                            question: And then?
                            answers: [{label: onward, next: s}, {label: out, next: b}]
                          s:
                            question: And then?
                            answers: [{label: back, next: q}, {label: out, next: b}]
                        """));
    }

    @Test
    void anAnswerLeadingToItsOwnQuestion() {
        assertEquals(List.of(E + "9:26: error: cycle `q` -> `q`: answer `B` of question `q` leads back to `q`; every answer must"
                + " lead on toward an outcome",
                E + "11:3: error: node `b` cannot be reached from the start node `q`; lead an answer to it, or remove it"),
                check(SOUND.replace("next: b}", "next: q}")));
    }

    @Test
    void aCycleNoWalkCanReachIsStillACycle() {
        assertEquals(List.of(
                E + "12:3: error: node `x` cannot be reached from the start node `q`; lead an answer to it, or remove it",
                E + "13:3: error: node `y` cannot be reached from the start node `q`; lead an answer to it, or remove it",
                E + "13:72: error: cycle `x` -> `y` -> `x`: answer `2` of question `y` leads back to `x`; every answer must"
                        + " lead on toward an outcome"),
                check(SOUND + "  x: {question: X, answers: [{label: '1', next: y}, {label: '2', next: a}]}\n"
                        + "  y: {question: Y, answers: [{label: '1', next: a}, {label: '2', next: x}]}\n"));
    }

    @Test
    void twoCyclesAreTwoErrors() {
        assertEquals(List.of(
                E + "8:26: error: cycle `q` -> `q`: answer `A` of question `q` leads back to `q`; every answer must lead on toward an outcome",
                E + "10:3: error: node `a` cannot be reached from the start node `q`; lead an answer to it, or remove it",
                E + "12:50: error: cycle `q` -> `r` -> `q`: answer `back` of question `r` leads back to `q`; every answer must lead on"
                        + " toward an outcome"),
                check(SOUND.replace("next: a}", "next: q}").replace("next: b}", "next: r}")
                        + "  r: {question: R, answers: [{label: back, next: q}, {label: out, next: b}]}\n"));
    }

    @Test
    void tooManyPaths() {
        assertEquals(List.of(), check(layers(8)), "2^9 = 512 paths are fine");
        assertEquals(List.of(E + "3:8: error: tree `pick` has 1024 paths from its start to an outcome, more than 1000 can be read;"
                + " split it into smaller trees"), check(layers(9)));
    }

    /**
     * Questions q0, then q1/r1 ... qn/rn, where both questions of a layer lead to both of the next
     * layer, and the last layer to two outcomes: every layer doubles the paths, 2^(n+1) in all.
     */
    private static String layers(int n) {
        StringBuilder yaml = new StringBuilder("id: pick\ntitle: T\nstart: q0\nnodes:\n");
        for (int i = 0; i <= n; i++) {
            String a = i < n ? "q" + (i + 1) : "end1";
            String b = i < n ? "r" + (i + 1) : "end2";
            for (String q : i == 0 ? List.of("q0") : List.of("q" + i, "r" + i)) {
                yaml.append("  ").append(q).append(": {question: Q, answers: [{label: A, next: ").append(a)
                        .append("}, {label: B, next: ").append(b).append("}]}\n");
            }
        }
        yaml.append("  end1: {verdict: rag, title: E, lessons: [content/01-a/01-x.md]}\n");
        yaml.append("  end2: {verdict: rag, title: E, lessons: [content/01-a/01-x.md]}\n");
        return yaml.toString();
    }

    // --- lessons ---

    @Test
    void anOutcomeWithoutLessons() {
        assertEquals(List.of(E + "10:3: error: outcome `a` links to no lesson; list at least one under `lessons:`"),
                check(SOUND.replace(", lessons: [content/01-a/01-x.md]", "")));
        assertEquals(List.of(E + "10:3: error: outcome `a` links to no lesson; list at least one under `lessons:`"),
                check(SOUND.replace("lessons: [content/01-a/01-x.md]", "lessons: []")));
    }

    @Test
    void anUnknownLessonSuggestsTheNearest() {
        assertEquals(List.of(E + "10:41: error: outcome `a` links to unknown lesson `content/01-a/01-z.md`; did you mean `content/01-a/01-x.md`?"),
                check(SOUND.replace("content/01-a/01-x.md", "content/01-a/01-z.md")));
    }

    @Test
    void aLessonWrittenFromContentRatherThanTheProject() {
        assertEquals(List.of(E + "10:41: error: outcome `a` links to unknown lesson `01-a/01-x.md`; did you mean `content/01-a/01-x.md`?"
                + " Lessons are named by their path from the project root"),
                check(SOUND.replace("content/01-a/01-x.md", "01-a/01-x.md")));
    }

    @Test
    void aLessonFarFromEveryLesson() {
        assertEquals(List.of(E + "10:41: error: outcome `a` links to unknown lesson `costs.md`; name a lesson by its path from the"
                + " project root, such as `content/01-a/01-x.md`"),
                check(SOUND.replace("content/01-a/01-x.md", "costs.md")));
    }

    @Test
    void aCourseWithoutLessons() {
        assertEquals(List.of(E + "10:41: error: outcome `a` links to unknown lesson `content/01-a/01-x.md`; the course has no lessons",
                E + "11:47: error: outcome `b` links to unknown lesson `content/01-a/02-y.md`; the course has no lessons"),
                check(List.of(parse(PATH, SOUND)), Set.of()));
    }

    // --- trees ---

    @Test
    void twoFilesWithOneTreeId() {
        assertEquals(List.of("content/widgets/decision-trees/pick.yml:1:1: error: decision tree id `pick` is also used by " + PATH
                + "; tree ids must be unique"),
                check(List.of(parse(PATH, SOUND), parse("content/widgets/decision-trees/pick.yml", SOUND)), LESSONS));
    }

    @Test
    void everyProblemOfATreeInOneRunSortedByPosition() {
        List<String> all = new ArrayList<>(check("""
                id: pick
                title: T
                start: q
                nodes:
                  q:
                    question: Which?
                    answers:
                      - {label: A, next: a}
                      - {label: A, next: q}
                      - {label: C, next: nowhere}
                  a: {verdict: rag, title: A, lessons: [content/01-a/09-x.md]}
                  lost: {verdict: rag, title: L}
                """));
        assertEquals(List.of(
                E + "9:9: error: question `q` has two answers labelled `A` (the first on line 8); labels must tell the answers apart",
                E + "9:26: error: cycle `q` -> `q`: answer `A` of question `q` leads back to `q`; every answer must lead on toward an outcome",
                E + "10:26: error: answer `C` of question `q` leads to unknown node `nowhere` (nodes: q, a, lost)",
                E + "11:41: error: outcome `a` links to unknown lesson `content/01-a/09-x.md`; did you mean `content/01-a/01-x.md`?",
                E + "12:3: error: outcome `lost` links to no lesson; list at least one under `lessons:`"), all);
    }
}
