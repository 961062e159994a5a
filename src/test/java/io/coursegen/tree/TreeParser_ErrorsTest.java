package io.coursegen.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.widget.tree.TreeParser;
import io.coursegen.model.tree.DecisionTree;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every error the decision tree parser reports, with its exact text and position. A tree file with
 * any error does not load, so the checker never reports follow-on errors about a half-read tree.
 */
class TreeParser_ErrorsTest {
    private static final String PATH = "content/widgets/decision-trees/pick.yaml";
    private static final String E = PATH + ":";
    /** Four lines; the first node starts on line 5. */
    private static final String HEAD = "id: pick\ntitle: T\nstart: q\nnodes:\n";
    private static final String KINDS = "a question has `question`, `help`, `answers`, an outcome has `verdict`, `title`, `explanation`, `lessons`";

    private final Diagnostics diagnostics = new Diagnostics();

    /** The errors of a tree file, which must then not load. */
    private List<String> errors(String yaml) {
        Optional<DecisionTree> tree = TreeParser.parse(PATH, yaml, diagnostics);
        assertTrue(tree.isEmpty(), "a tree with errors must not load: " + tree);
        return diagnostics.lines();
    }

    // --- the tree itself ---

    @Test
    void invalidYaml() {
        assertEquals(List.of(E + "2:9: error: invalid YAML: a `: ` inside a text without quotes reads as a new key; put the whole text in quotes (`key: \"a: b\"`), or use a block (`key: |` with the text on the lines below)"),
                errors("id: pick\ntitle: a: b\n"));
    }

    @Test
    void aTreeMustBeAMapping() {
        assertEquals(List.of(E + "1:1: error: expected a decision tree as a mapping of keys (such as `id: ...`), found a list"),
                errors("- id: pick\n"));
    }

    @Test
    void anEmptyFileMissesItsRequiredKeys() {
        assertEquals(List.of(E + "1:1: error: missing required key `id`", E + "1:1: error: missing required key `nodes`",
                E + "1:1: error: missing required key `start`", E + "1:1: error: missing required key `title`"),
                errors("# nothing yet\n"));
    }

    @Test
    void unknownTreeKeysListTheAllowedKeysAndSuggest() {
        assertEquals(List.of(
                E + "3:1: error: unknown key `strat` in a decision tree, expected one of `id`, `intro`, `nodes`,"
                        + " `start`, `title`; did you mean `start`?",
                E + "4:1: error: unknown key `author` in a decision tree, expected one of `id`, `intro`, `nodes`, `start`, `title`"),
                errors("id: pick\ntitle: T\nstrat: q\nauthor: me\nnodes:\n  q: {verdict: rag, title: O}\n"));
    }

    @Test
    void theIdMustEqualTheFileName() {
        assertEquals(List.of(E + "1:5: error: decision tree id `choose` differs from its file name; name the file `choose.yaml` or set `id: pick`"),
                errors(HEAD.replace("id: pick", "id: choose") + "  q: {verdict: rag, title: O}\n"));
    }

    @Test
    void nodesMustBeAMapping() {
        assertEquals(List.of(E + "5:3: error: expected `nodes` as a mapping of names to values, found a list"),
                errors(HEAD + "  - q\n"));
    }

    @Test
    void aNodeIdUsedTwice() {
        assertEquals(List.of(E + "8:3: error: duplicate key `q` in `nodes`"),
                errors(HEAD + "  q:\n    verdict: rag\n    title: A\n  q:\n    verdict: rag\n    title: B\n"));
    }

    @Test
    void aNodeIdWithOtherCharacters() {
        assertEquals(List.of(E + "5:3: error: node id `my node` may hold only letters, digits, `-` and `_`, starting with a letter or digit"),
                errors(HEAD.replace("start: q", "start: my node") + "  my node: {verdict: rag, title: O}\n"));
    }

    @Test
    void aNodeIdThatReadsAsABoolean() {
        assertEquals(List.of(E + "5:3: error: expected text for a name in `nodes`, but `no` reads as a YAML boolean; quote it (\"no\") to mean the text"),
                errors(HEAD + "  no: {verdict: rag, title: O}\n"));
    }

    // --- the kind of a node ---

    @Test
    void aNodeMustBeAMapping() {
        assertEquals(List.of(E + "5:6: error: expected node `q` as a mapping of keys (such as `question: ...`), found `Is it?`"),
                errors(HEAD + "  q: Is it?\n"));
    }

    @Test
    void aNodeWithNoValue() {
        assertEquals(List.of(E + "5:5: error: expected node `q` as a mapping of keys (such as `question: ...`), found nothing"),
                errors(HEAD + "  q:\n"));
    }

    @Test
    void aNodeThatIsNeitherKindGetsItsMisspeltKeysSuggested() {
        assertEquals(List.of(E + "5:3: error: node `q` is neither a question nor an outcome; " + KINDS,
                E + "6:5: error: unknown key `questoin` in node `q`, expected one of `answers`, `explanation`, `help`, `lessons`,"
                        + " `question`, `title`, `verdict`; did you mean `question`?",
                E + "7:5: error: unknown key `answer` in node `q`, expected one of `answers`, `explanation`, `help`, `lessons`,"
                        + " `question`, `title`, `verdict`; did you mean `answers`?"),
                errors(HEAD + "  q:\n    questoin: Is it?\n    answer: []\n"));
    }

    @Test
    void anEmptyNode() {
        assertEquals(List.of(E + "5:3: error: node `q` is neither a question nor an outcome; " + KINDS),
                errors(HEAD + "  q: {}\n"));
    }

    @Test
    void aNodeThatIsBothKinds() {
        assertEquals(List.of(E + "5:3: error: node `q` mixes question keys (`question`, `answers`) with outcome keys (`verdict`);"
                        + " a node is one or the other: " + KINDS),
                errors(HEAD + "  q:\n    question: Is it?\n    verdict: rag\n    answers: []\n"));
    }

    // --- questions ---

    @Test
    void aQuestionListsOnlyQuestionKeys() {
        assertEquals(List.of(E + "7:5: error: unknown key `lesson` in question `q`, expected one of `answers`, `help`, `question`",
                E + "8:5: error: unknown key `hlep` in question `q`, expected one of `answers`, `help`, `question`; did you mean `help`?"),
                errors(HEAD + "  q:\n    question: Is it?\n    lesson: x.md\n    hlep: Think.\n    answers: []\n"));
    }

    @Test
    void aQuestionWithoutItsText() {
        assertEquals(List.of(E + "6:5: error: missing required key `question`"),
                errors(HEAD + "  q:\n    help: Think.\n    answers: []\n"));
    }

    @Test
    void emptyQuestionText() {
        assertEquals(List.of(E + "6:15: error: empty `question`; expected text"),
                errors(HEAD + "  q:\n    question: \"\"\n"));
    }

    @Test
    void answersMustBeAList() {
        assertEquals(List.of(E + "7:14: error: expected `answers` as a list (one `- item` a line), found a mapping"),
                errors(HEAD + "  q:\n    question: Is it?\n    answers: {label: A, next: o}\n"));
    }

    @Test
    void anAnswerMustBeAMapping() {
        assertEquals(List.of(E + "8:9: error: expected an answer of `q` as a mapping of keys (such as `label: ...`), found `Yes please`"),
                errors(HEAD + "  q:\n    question: Is it?\n    answers:\n      - Yes please\n"));
    }

    @Test
    void anAnswerListsOnlyItsKeys() {
        assertEquals(List.of(
                E + "8:20: error: unknown key `nxt` in an answer of `q`, expected one of `label`, `next`; did you mean `next`?"),
                errors(HEAD + "  q:\n    question: Is it?\n    answers:\n      - {label: A, nxt: o}\n"));
    }

    @Test
    void anAnswerWithoutALabel() {
        assertEquals(List.of(E + "8:9: error: missing required key `label`"),
                errors(HEAD + "  q:\n    question: Is it?\n    answers:\n      - {next: o}\n"));
    }

    @Test
    void yesAndNoLabelsMustBeQuoted() {
        assertEquals(List.of(
                E + "8:17: error: expected text for `label`, but `Yes` reads as a YAML boolean; quote it (\"Yes\") to mean the text",
                E + "9:17: error: expected text for `label`, but `No` reads as a YAML boolean; quote it (\"No\") to mean the text"),
                errors(HEAD + "  q:\n    question: Is it?\n    answers:\n      - {label: Yes, next: a}\n      - {label: No, next: b}\n"));
    }

    @Test
    void aNextThatReadsAsABoolean() {
        assertEquals(List.of(E + "8:26: error: expected text for `next`, but `off` reads as a YAML boolean; quote it (\"off\") to mean the text"),
                errors(HEAD + "  q:\n    question: Is it?\n    answers:\n      - {label: A, next: off}\n"));
    }

    // --- outcomes ---

    @Test
    void anOutcomeListsOnlyOutcomeKeys() {
        assertEquals(List.of(E + "8:5: error: unknown key `lesons` in outcome `q`, expected one of `explanation`, `lessons`, `title`,"
                + " `verdict`; did you mean `lessons`?"),
                errors(HEAD + "  q:\n    verdict: rag\n    title: O\n    lesons: [content/01-a/01-x.md]\n"));
    }

    @Test
    void anOutcomeWithoutVerdictOrTitle() {
        assertEquals(List.of(E + "6:5: error: missing required key `title`", E + "6:5: error: missing required key `verdict`"),
                errors(HEAD + "  q:\n    explanation: Why.\n"));
    }

    @Test
    void anUnknownVerdictSuggestsTheNearestOne() {
        assertEquals(List.of(E + "6:14: error: unknown verdict `fine-tune`, expected one of prompting, rag, fine-tuning, hybrid,"
                + " rethink; did you mean `fine-tuning`?"),
                errors(HEAD + "  q:\n    verdict: fine-tune\n    title: O\n"));
    }

    @Test
    void verdictsWrittenAsAuthorsSayThem() {
        for (String[] written : new String[][] {{"prompt", "prompting"}, {"RAG", "rag"}, {"Fine tuning", "fine-tuning"},
                {"finetune", "fine-tuning"}, {"rethink the task", "rethink"}, {"hybrid approach", "hybrid"}}) {
            Diagnostics d = new Diagnostics();
            TreeParser.parse(PATH, HEAD + "  q:\n    verdict: " + written[0] + "\n    title: O\n", d);
            assertEquals(List.of(E + "6:14: error: unknown verdict `" + written[0] + "`, expected one of prompting, rag, fine-tuning,"
                    + " hybrid, rethink; did you mean `" + written[1] + "`?"), d.lines());
        }
    }

    @Test
    void anUnknownVerdictFarFromAllOfThem() {
        assertEquals(List.of(E + "6:14: error: unknown verdict `buy a bigger model`, expected one of prompting, rag, fine-tuning,"
                + " hybrid, rethink"),
                errors(HEAD + "  q:\n    verdict: buy a bigger model\n    title: O\n"));
    }

    @Test
    void lessonsMustBeAListOfPaths() {
        assertEquals(List.of(E + "8:14: error: expected `lessons` as a list (`lessons: [a, b]` or one `- item` a line), found a mapping"),
                errors(HEAD + "  q:\n    verdict: rag\n    title: O\n    lessons: {a: b}\n"));
    }

    @Test
    void aLessonListedTwice() {
        assertEquals(List.of(E + "8:37: error: `content/01-a/01-x.md` is listed twice in `lessons`"),
                errors(HEAD + "  q:\n    verdict: rag\n    title: O\n    lessons: [content/01-a/01-x.md, content/01-a/01-x.md]\n"));
    }

    @Test
    void aLessonWithAnAnchor() {
        assertEquals(List.of(E + "9:9: error: `content/01-a/01-x.md#costs`: `lessons` lists lesson files without a `#heading`;"
                + " write `content/01-a/01-x.md`"),
                errors(HEAD + "  q:\n    verdict: rag\n    title: O\n    lessons:\n      - content/01-a/01-x.md#costs\n"));
    }

    // --- all at once ---

    @Test
    void everyErrorOfAFileInOneRun() {
        assertEquals(List.of(
                E + "1:1: error: missing required key `title`",
                E + "5:3: error: node `a` is neither a question nor an outcome; " + KINDS,
                E + "6:5: error: unknown key `verdit` in node `a`, expected one of `answers`, `explanation`, `help`, `lessons`,"
                        + " `question`, `title`, `verdict`; did you mean `verdict`?",
                E + "9:15: error: missing required key `next`",
                E + "11:14: error: unknown verdict `rags`, expected one of prompting, rag, fine-tuning, hybrid, rethink; did you mean `rag`?"),
                errors("""
                        id: pick
                        start: q
                        # no title
                        nodes:
                          a:
                            verdit: rag
                          q:
                            question: Which?
                            answers: [{label: A}]
                          o:
                            verdict: rags
                            title: O
                        """));
    }
}
