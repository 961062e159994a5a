package io.coursegen.load;

import io.coursegen.widget.exercise.ExerciseParser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.AnswerSet;
import io.coursegen.model.SourceRef;
import io.coursegen.model.exercise.Exercise;
import io.coursegen.model.exercise.ExerciseSet;
import io.coursegen.model.exercise.Reveal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The exercise set format: what a good file reads into, and every error the parser reports with its
 * exact text and position. A file with any error does not load.
 */
class ExerciseParser_ErrorsTest {
    private static final String PATH = "content/exercises/set.yaml";
    private static final String E = PATH + ":";
    private static final SourceRef R = SourceRef.file("content/course.yaml");
    private static final List<AnswerSet> SETS = List.of(
            new AnswerSet("approaches", List.of(new AnswerSet.Answer("prompting", "Prompting", R), new AnswerSet.Answer("rag", "RAG", R),
                    new AnswerSet.Answer("fine-tuning", "Fine-tuning", R)), R),
            new AnswerSet("yes-no", List.of(new AnswerSet.Answer("yes", "Yes", R), new AnswerSet.Answer("no", "No", R)), R));
    /** Three lines; the scenario list starts on line 4. */
    private static final String HEAD = "id: set\ntitle: T\nscenarios:\n";
    private static final String GOOD = "  - id: s1\n    title: S\n    scenario: Text\n"
            + "    answers:\n      - {choice: rag, why: W}\n"
            + "    rubric:\n      - {id: p1, point: P, explanation: X}\n"
            + "    model-answer: M\n";

    private final Diagnostics diagnostics = new Diagnostics();

    private List<String> errors(String yaml) {
        Optional<ExerciseSet> set = ExerciseParser.parse(PATH, yaml, SETS, diagnostics);
        assertTrue(set.isEmpty(), "a set with errors must not load: " + set);
        return diagnostics.lines();
    }

    @Test
    void aGoodSetReadsWithDefaults() {
        ExerciseSet set = ExerciseParser.parse(PATH, HEAD + GOOD + "    hints: [H1, H2]\n    calculator: c\n    tree: t\n"
                + "    lessons: [content/01-a/01-b.md]\n    reveal: after-submit\n", SETS, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.lines());
        Exercise e = set.scenarios().get(0);
        assertEquals("approaches", e.answerSet(), "the first answer set is the default");
        assertEquals(List.of("prompting", "rag", "fine-tuning"), e.choices().stream().map(c -> c.id()).toList());
        assertEquals("rag", e.answers().get(0).choice());
        assertEquals(List.of("H1", "H2"), e.hints());
        assertEquals("c", e.calculator().target());
        assertEquals(new SourceRef(PATH, 13, 17), e.calculator().ref());
        assertEquals("t", e.tree().target());
        assertEquals("content/01-a/01-b.md", e.lessons().get(0).target());
        assertEquals(Reveal.AFTER_SUBMIT, e.reveal());
        assertEquals("RAG", e.labelOf("rag"));
    }

    @Test
    void setRevealIsTheDefaultAndInlineChoicesWork() {
        ExerciseSet set = ExerciseParser.parse(PATH, "id: set\ntitle: T\nreveal: after-submit\nscenarios:\n"
                + GOOD.replace("answers:", "choices:\n      - {id: a, label: A}\n      - {id: rag, label: R}\n    answers:"),
                SETS, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.lines());
        assertEquals(Reveal.AFTER_SUBMIT, set.scenarios().get(0).reveal());
        assertEquals(null, set.scenarios().get(0).answerSet());
        assertEquals(List.of("a", "rag"), set.scenarios().get(0).choices().stream().map(c -> c.id()).toList());
        ExerciseSet named = ExerciseParser.parse(PATH, HEAD + GOOD.replace("answers:", "choices: yes-no\n    answers:")
                .replace("choice: rag", "choice: \"no\""), SETS, new Diagnostics()).orElseThrow();
        assertEquals(Reveal.AFTER_SELF_CHECK, named.scenarios().get(0).reveal(), "the default reveal");
        assertEquals("yes-no", named.scenarios().get(0).answerSet());
    }

    @Test
    void unknownKeysListTheAllowedOnes() {
        assertEquals(List.of(E + "3:1: error: unknown key `intro-text` in an exercise set, expected one of `id`, `intro`, `reveal`,"
                + " `scenarios`, `tags`, `title`",
                E + "12:5: error: unknown key `modle-answer` in a scenario, expected one of `answers`, `calculator`, `choices`, `hints`, `id`,"
                        + " `lessons`, `model-answer`, `reveal`, `rubric`, `scenario`, `title`, `tree`; did you mean `model-answer`?"),
                errors("id: set\ntitle: T\nintro-text: x\nscenarios:\n" + GOOD.replace("model-answer", "modle-answer")));
    }

    @Test
    void missingRequiredKeys() {
        assertEquals(List.of(E + "1:1: error: missing required key `id`", E + "1:1: error: missing required key `scenarios`",
                E + "1:1: error: missing required key `title`"), errors("# nothing\n"));
        Diagnostics d = new Diagnostics();
        ExerciseParser.parse(PATH, HEAD + "  - id: s1\n", SETS, d);
        assertEquals(List.of(E + "4:5: error: missing required key `answers`", E + "4:5: error: missing required key `model-answer`",
                E + "4:5: error: missing required key `rubric`", E + "4:5: error: missing required key `scenario`",
                E + "4:5: error: missing required key `title`"), d.lines());
    }

    @Test
    void answersMustBeChoices() {
        assertEquals(List.of(E + "9:18: error: answer `rga` is not one of the choices (prompting, rag, fine-tuning); did you mean `rag`?"),
                errors(HEAD + GOOD.replace("answers:\n      - {choice: rag, why: W}", "answers:\n      - {choice: rag, why: W}\n      - {choice: rga, why: W}")));
    }

    @Test
    void unknownAnswerSet() {
        assertEquals(List.of(E + "7:14: error: unknown answer set `aproaches` (known: approaches, yes-no); did you mean `approaches`?"),
                errors(HEAD + GOOD.replace("    answers:", "    choices: aproaches\n    answers:")));
    }

    @Test
    void duplicatesAndBadIds() {
        assertEquals(List.of(E + "9:18: error: answer `rag` is listed twice",
                        E + "12:14: error: rubric point id `p1` is used twice in this scenario",
                        E + "14:9: error: scenario id `bad id` may hold only letters, digits, `-` and `_`, starting with a letter or digit"),
                errors(HEAD + GOOD.replace("      - {choice: rag, why: W}\n", "      - {choice: rag, why: W}\n      - {choice: rag, why: V}\n")
                        .replace("      - {id: p1, point: P, explanation: X}\n", "      - {id: p1, point: P, explanation: X}\n      - {id: p1, point: Q, explanation: Y}\n")
                        + GOOD.replace("id: s1", "id: bad id")));
        Diagnostics twice = new Diagnostics();
        ExerciseParser.parse(PATH, HEAD + GOOD + GOOD, SETS, twice);
        assertEquals(List.of(E + "12:5: error: scenario id `s1` is used twice in this set"), twice.lines());
    }

    @Test
    void revealMustBeKnown() {
        assertEquals(List.of(E + "12:13: error: unknown `reveal` value `after-submitted`, expected one of after-submit, after-self-check"
                ), errors(HEAD + GOOD + "    reveal: after-submitted\n"));
    }

    @Test
    void emptyListsAndTooFewChoices() {
        assertEquals(List.of(E + "8:7: error: a scenario needs at least 2 choices, found 1"),
                errors(HEAD + GOOD.replace("    answers:", "    choices:\n      - {id: rag, label: R}\n    answers:")));
        Diagnostics d = new Diagnostics();
        ExerciseParser.parse(PATH, HEAD + GOOD.replace("answers:\n      - {choice: rag, why: W}", "answers: []")
                .replace("rubric:\n      - {id: p1, point: P, explanation: X}", "rubric: []"), SETS, d);
        assertEquals(List.of(E + "7:14: error: a scenario needs at least one accepted answer under `answers:`",
                E + "8:13: error: a scenario needs at least one rubric point under `rubric:`"), d.lines());
        Diagnostics none = new Diagnostics();
        ExerciseParser.parse(PATH, HEAD.replace("scenarios:\n", "scenarios: []\n"), SETS, none);
        assertEquals(List.of(E + "3:12: error: an exercise set needs at least one scenario under `scenarios:`"), none.lines());
    }

    @Test
    void idMustEqualTheFileName() {
        assertEquals(List.of(E + "1:5: error: exercise set id `other` differs from its file name; name the file `other.yaml` or set `id: set`"),
                errors(HEAD.replace("id: set", "id: other") + GOOD));
    }

    @Test
    void yamlBooleansAreCaughtWithAHint() {
        List<String> lines = errors(HEAD + GOOD.replace("title: S", "title: no"));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(E + "5:12: error: expected text for `title`"), lines.toString());
    }

    @Test
    void everyChoiceAcceptedIsAWarning() {
        ExerciseParser.parse(PATH, HEAD + GOOD.replace("    answers:", "    choices:\n      - {id: a, label: A}\n      - {id: rag, label: R}\n    answers:")
                .replace("      - {choice: rag, why: W}\n", "      - {choice: rag, why: W}\n      - {choice: a, why: W}\n"), SETS, diagnostics);
        assertEquals(List.of(E + "11:7: warning: every choice is accepted, so the learner's pick cannot be wrong; is that meant?"), diagnostics.lines());
    }
}
