package io.coursegen.widget.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.quiz.ClozeKind;
import io.coursegen.quiz.Grader;
import io.coursegen.quiz.MatchingKind;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading and checking the {@code cloze} and {@code matching} kinds: what a correct question loads as,
 * every authoring mistake with its exact message and position, and {@code checks:} graded at build.
 */
class QuizParser_NewKindsTest {
    private static final String PATH = "quizzes/kinds.yaml";
    private static final String E = PATH + ":";
    private static final String HEAD = "id: kinds\ntitle: Kinds\nquestions:\n";
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<Quiz> parse(String yaml) {
        return QuizParser.parse(PATH, yaml, List.of(), diagnostics);
    }

    private List<String> errors(String yaml) {
        Optional<Quiz> quiz = parse(yaml);
        assertTrue(quiz.isEmpty(), "a quiz with errors must not load: " + quiz);
        return diagnostics.lines();
    }

    private static final String CLOZE = HEAD + """
              - id: c1
                type: cloze
                prompt: Fill in.
                text: Tuning changes the {{what}}; a run costs {{cost}} dollars.
                blanks:
                  what: {answers: [weights, parameters]}
                  cost: {number: 50, tolerance: 5}
            """;

    private static final String MATCHING = HEAD + """
              - id: m1
                type: matching
                prompt: Match.
                pairs:
                  - {left: Fresh facts, right: RAG}
                  - {id: style, left: House style, right: Fine-tuning}
                distractors: [Pre-training]
            """;

    @Test
    void aClozeReadsItsBlanksInTextOrder() {
        ClozeKind.Cloze c = (ClozeKind.Cloze) parse(CLOZE).orElseThrow().questions().get(0);
        assertEquals(List.of("what", "cost"), c.blankIds());
        assertEquals(List.of("weights", "parameters"), c.blanks().get(0).accepted());
        assertEquals(50.0, c.blanks().get(1).number());
        assertEquals(5.0, c.blanks().get(1).tolerance());
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void aMatchingQuestionNamesPairsByPositionAndDistractorsX() {
        MatchingKind.Matching m = (MatchingKind.Matching) parse(MATCHING).orElseThrow().questions().get(0);
        assertEquals(List.of("a", "style", "x1"), m.rights().stream().map(MatchingKind.Item::id).toList());
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void clozeMistakesSayWhatWasExpected() {
        assertEquals(List.of(
                E + "7:11: error: blank `{{what}}` appears twice in `text`; each blank is one input, so give the second one its own id",
                E + "7:11: error: blank `{{who}}` in `text` is not listed under `blanks:`; add `who:` with its `answers:` or `number:`",
                E + "9:7: error: blank `what` has no answers; give the accepted answers (`answers: [weights, parameters]`) or a number (`number: 50` with an optional `tolerance: 5`)",
                E + "10:7: error: blank `cost` has both `answers:` and `number:`; a blank takes text answers or a number, not both",
                E + "11:7: error: blank `spare` is not in the `text`; write `{{spare}}` where it goes, or remove it",
                E + "12:33: error: `tolerance` must be 0 or more, found -1"),
                errors(HEAD + """
                          - id: c1
                            type: cloze
                            prompt: Fill in.
                            text: "{{what}} {{who}} {{what}} {{cost}} {{n}}"
                            blanks:
                              what: {}
                              cost: {answers: [a], number: 1}
                              spare: {answers: [b]}
                              n: {number: 3, tolerance: -1}
                        """));
    }

    @Test
    void aClozeWithoutBlanksIsReportedByTheChecker(@TempDir Path root) {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, PATH, HEAD + "  - {id: c1, type: cloze, prompt: P, text: No blanks here, blanks: {}}\n");
        List<String> lines = CourseFiles.check(root);
        assertTrue(lines.contains(E + "4:5: error: cloze question `c1` has no blanks; mark each one in `text` as `{{id}}` and list it under `blanks:`"),
                lines.toString());
    }

    @Test
    void matchingMistakesSayWhatWasExpected() {
        assertEquals(List.of(
                E + "9:9: error: pair `b` has no `right:`; every item on the left needs its partner on the right (a right-hand item without a partner goes under `distractors:`)",
                E + "10:16: error: pair `c` has the same `left:` as pair `a`; each item on the left must differ",
                E + "11:33: error: pair `d` has the same `right:` as pair `a`; each right-hand item partners one left item, so write them differently (or merge the pairs)",
                E + "12:14: error: pair id `a` is used twice in this question (one without an `id` is named by its position: a, b, c...)",
                E + "13:19: error: distractor \"rag\" is also the `right:` of pair `a`; a distractor must differ from every partner, or learners cannot tell which is meant"),
                errors(HEAD + """
                          - id: m1
                            type: matching
                            prompt: Match.
                            pairs:
                              - {left: Fresh facts, right: RAG}
                              - {left: House style}
                              - {left: fresh facts, right: Prompting}
                              - {left: Tomorrow, right: " rag"}
                              - {id: a, right: Other}
                            distractors: [rag]
                        """));
    }

    @Test
    void checksAnswerBlanksAndPairsByIdAndAreGradedAtBuild() {
        Quiz quiz = parse(CLOZE.replace("questions:\n", "questions:\n") + """
                  - id: m1
                    type: matching
                    prompt: Match.
                    pairs:
                      - {left: Fresh facts, right: RAG}
                      - {left: House style, right: Fine-tuning}
                checks:
                  - name: half
                    responses:
                      c1: {what: Weights, cost: 70}
                      m1: {a: a, b: a}
                    score: 0.5
                """).orElseThrow();
        assertEquals(List.of(), diagnostics.lines());
        assertTrue(Grader.verify(quiz, quiz.checks().get(0)).holds());
    }

    @Test
    void aCheckNamingAnUnknownBlankIsAnErrorListingTheBlanks() {
        assertEquals(List.of(E + "14:12: error: unknown key `wat` in the response to `c1` (a mapping from blank to answer), expected one of `cost`, `what`; did you mean `what`?"),
                errors(CLOZE + """
                        checks:
                          - name: typo
                            responses:
                              c1: {wat: weights}
                            score: 0
                        """));
    }

}
