package io.coursegen.widget.quiz;

import io.coursegen.model.Tags;
import io.coursegen.model.Items;
import io.coursegen.widget.quiz.QuizWidget;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Course;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Option;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.QuizCheck;
import io.coursegen.model.quiz.Response;
import io.coursegen.model.quiz.Scenario;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules over loaded quizzes and the lessons that embed them: answer keys, ids unique across the
 * course, checks that must grade to their declared score, wording warnings, and quiz references.
 * Quizzes here are written as {@code quizzes/costs.yaml} with a three-line head, so the first
 * question starts on line 4, column 5.
 */
class QuizChecker_RulesTest {
    private static final String Q = "quizzes/costs.yaml:";
    private static final String HEAD = "id: costs\ntitle: Costs\nquestions:\n";
    /** A check that keeps the "no checks" warning out of tests about other rules. */
    private static final String NO_CHECK_WARNING = "checks:\n  - {name: nothing answered, responses: {}, score: 0}\n";

    @TempDir
    Path root;

    @BeforeEach
    void course() {
        CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                description: D
                answer-sets:
                  approaches:
                    - {id: prompting, label: Prompting}
                    - {id: rag, label: RAG}
                -- content/01-intro/module.yaml --
                title: Intro
                summary: S
                -- content/01-intro/01-first.md --
                ---
                title: First
                summary: S
                ---
                Body
                """);
    }

    private List<String> check(String quizYaml) {
        CourseFiles.writeString(root, "quizzes/costs.yaml", quizYaml);
        return CourseFiles.check(root);
    }

    @Test
    void aSoundQuizHasNoDiagnostics() {
        assertEquals(List.of(), check(HEAD + """
                  - id: q1
                    type: single
                    prompt: Which is **NOT** a cost of fine-tuning?
                    options:
                      - {text: GPU hours}
                      - {text: Your prompt's length, correct: true}
                      - {text: None of the above, fixed: true}
                  - {id: q2, type: multiple, prompt: P, options: [{text: A, correct: true}, {text: B, misconception: m}]}
                  - {id: q3, type: true-false, prompt: P, answer: false}
                  - {id: q4, type: scenario, prompt: P, answer-set: approaches, answer: rag}
                  - {id: q5, type: ordering, prompt: P, items: [{text: One}, {text: Two}]}
                  - {id: q6, type: numeric, prompt: P, answer: 3}
                  - {id: q7, type: short, prompt: P, answers: [x]}
                checks:
                  - name: all right
                    responses: {q1: b, q2: [a], q3: false, q4: rag, q5: [a, b], q6: 3, q7: X}
                    score: 1
                """));
    }

    @Test
    void theRealQuizzesAreSound() {
        Path project = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        assertEquals(List.of(), CourseFiles.check(project).stream()
                .filter(l -> l.startsWith("quizzes/") || l.contains("quiz")).toList());
    }

    // --- quizzes and ids ---

    @Test
    void aQuizWithNoQuestions() {
        assertEquals(List.of(Q + "1:1: error: quiz `costs` has no questions; add at least one under `questions:`"),
                check(HEAD.replace("questions:", "questions: []")));
    }

    @Test
    void aQuestionIdUsedInTwoQuizzes() {
        CourseFiles.writeString(root, "quizzes/basics.yaml", "id: basics\ntitle: Basics\nquestions:\n"
                + "  - {id: q0, type: short, prompt: P, answers: [x]}\n"
                + "  - {id: what-is-rag, type: short, prompt: P, answers: [x]}\n" + NO_CHECK_WARNING);
        assertEquals(List.of(Q + "5:5: error: question id `what-is-rag` is also used at quizzes/basics.yaml:5:5;"
                + " question ids must be unique across the course"),
                check(HEAD + "  - {id: q1, type: short, prompt: P, answers: [x]}\n"
                        + "  - {id: what-is-rag, type: short, prompt: P, answers: [y]}\n" + NO_CHECK_WARNING));
    }

    @Test
    void aQuestionIdUsedTwiceInOneQuiz() {
        assertEquals(List.of(Q + "5:5: error: question id `q1` is also used at quizzes/costs.yaml:4:5;"
                + " question ids must be unique across the course"),
                check(HEAD + "  - {id: q1, type: short, prompt: P, answers: [x]}\n"
                        + "  - {id: q1, type: short, prompt: P, answers: [y]}\n" + NO_CHECK_WARNING));
    }

    @Test
    void twoFilesWithOneQuizId() {
        CourseFiles.writeString(root, "quizzes/costs.yml", HEAD + "  - {id: q9, type: short, prompt: P, answers: [x]}\n" + NO_CHECK_WARNING);
        assertEquals(List.of("quizzes/costs.yml:1:1: error: quiz id `costs` is also used by quizzes/costs.yaml; quiz ids must be unique"),
                check(HEAD + "  - {id: q1, type: short, prompt: P, answers: [x]}\n" + NO_CHECK_WARNING));
    }

    // --- answer keys ---

    @Test
    void singleChoiceWithNoCorrectOption() {
        assertEquals(List.of(Q + "4:5: error: single-choice question `q1` has 0 correct options; mark exactly one with `correct: true`"),
                check(HEAD + "  - {id: q1, type: single, prompt: P, options: [{text: A}, {text: B}]}\n" + NO_CHECK_WARNING));
    }

    @Test
    void singleChoiceWithTwoCorrectOptions() {
        // Reported at the second `correct: true`, the one to remove (issue 21, item 1).
        assertEquals(List.of(Q + "4:94: error: single-choice question `q1` has 2 correct options (`a` and `b`); mark exactly one with"
                + " `correct: true`, or make it `type: multiple`"),
                check(HEAD + "  - {id: q1, type: single, prompt: P, options: [{text: A, correct: true}, {text: B, correct: true}]}\n"
                        + NO_CHECK_WARNING));
    }

    @Test
    void scenarioWithoutAValidAnswer() {
        // The parser refuses a scenario whose `answer` is missing or not in its set, so this rule only
        // guards models built some other way; it is checked on a model built by hand.
        SourceRef at = new SourceRef("quizzes/costs.yaml", 4, 5);
        Scenario noAnswer = new Scenario("q1", "P", null, Tags.none(), "approaches", List.of(
                new Option("prompting", "Prompting", false, null, null, false, at),
                new Option("rag", "RAG", false, null, null, false, at)), at);
        Quiz quiz = new Quiz("costs", "Costs", null, 0.7, true, List.of(noAnswer),
                List.of(new QuizCheck("nothing", Map.of(), 0, at)), SourceRef.file("quizzes/costs.yaml"));
        Diagnostics diagnostics = new Diagnostics();
        QuizChecker.check(new Course("t", "T", "D", "en", Map.of(), List.of(), List.of(), SourceRef.file("content/course.yaml"),
                Items.empty().with(QuizWidget.ITEMS, List.of(quiz)), List.of()),
                diagnostics);
        assertEquals(List.of(Q + "4:5: error: scenario question `q1` has 0 correct options; set `answer:` to one id of answer set"
                + " `approaches`"), diagnostics.lines());
    }

    @Test
    void multipleSelectWithNoCorrectOption() {
        assertEquals(List.of(Q + "4:5: error: multiple-select question `q1` has no correct option; mark at least one with `correct: true`"),
                check(HEAD + "  - {id: q1, type: multiple, prompt: P, options: [{text: A}, {text: B}]}\n" + NO_CHECK_WARNING));
    }

    @Test
    void choiceQuestionsWithOneOptionOrNone() {
        assertEquals(List.of(
                Q + "4:5: error: question `q1` has 1 option(s); a choice question needs at least 2",
                Q + "5:5: error: question `q2` has 0 option(s); a choice question needs at least 2"),
                check(HEAD + "  - {id: q1, type: single, prompt: P, options: [{text: A, correct: true}]}\n"
                        + "  - {id: q2, type: multiple, prompt: P, options: []}\n" + NO_CHECK_WARNING));
    }

    @Test
    void orderingWithOneItem() {
        assertEquals(List.of(Q + "4:5: error: ordering question `q1` has 1 item(s); it needs at least 2 to order"),
                check(HEAD + "  - {id: q1, type: ordering, prompt: P, items: [{text: Only}]}\n" + NO_CHECK_WARNING));
    }

    @Test
    void shortAnswerWithNoAnswers() {
        assertEquals(List.of(
                Q + "4:5: error: short-answer question `q1` has no `answers:`; list at least one accepted answer",
                Q + "5:5: error: short-answer question `q2` has no `answers:`; list at least one accepted answer"),
                check(HEAD + "  - {id: q1, type: short, prompt: P}\n  - {id: q2, type: short, prompt: P, answers: []}\n"
                        + NO_CHECK_WARNING));
    }

    // --- checks ---

    @Test
    void aWrongAnswerKeyIsCaughtByTheChecks() {
        // The instructor meant `a` (prompting needs no training run) but marked `b` correct. Both
        // checks were worked out with the intended key, so both fail, and the per-question scores
        // point at `cheapest`. "partly right": cheapest 1, spot-it a, b, c = 2 hits and 1 miss with
        // C = 3, W = 1 (counted as 2): (2·2 − 1·3) / (3·2) = 1/6, steps reversed 0; (1 + 1/6) / 3 = 7/18.
        assertEquals(List.of(
                Q + "22:12: error: check `all right` expects score 1.0 but its responses grade to 0.666667"
                        + " (cheapest 0.0, spot-it 1.0, steps 1.0); is an answer key wrong, or the expected score?",
                Q + "25:12: error: check `partly right` expects score 0.388889 but its responses grade to 0.055556"
                        + " (cheapest 0.0, spot-it 0.166667, steps 0.0); is an answer key wrong, or the expected score?"),
                check(HEAD + """
                          - id: cheapest
                            type: single
                            prompt: Which needs no training run?
                            options:
                              - {text: Prompting}
                              - {text: Fine-tuning, correct: true}
                          - id: spot-it
                            type: multiple
                            prompt: Which help notice forgetting?
                            options:
                              - {text: A baseline, correct: true}
                              - {text: A general test set, correct: true}
                              - {text: Training loss}
                              - {text: Everyday requests in the tests, correct: true}
                          - {id: steps, type: ordering, prompt: P, items: [{text: One}, {text: Two}]}
                        checks:
                          - name: all right
                            responses: {cheapest: a, spot-it: [a, b, d], steps: [a, b]}
                            score: 1
                          - name: partly right
                            responses: {cheapest: a, spot-it: [a, b, c], steps: [b, a]}
                            score: 0.388888888889
                          - name: nothing answered
                            responses: {}
                            score: 0
                        """));
    }

    @Test
    void aScoreWrittenWithTooFewDecimals() {
        // Checks match within 1e-9; at 6 decimals both scores would print as 0.333333.
        assertEquals(List.of(Q + "10:12: error: check `one of three` expects score 0.333333 but its responses grade to"
                + " 0.3333333333333333 (q1 1.0, q2 0.0, q3 0.0); scores must match within 1e-9, so write the score with at least"
                + " 9 decimals"),
                check(HEAD + """
                          - {id: q1, type: short, prompt: P, answers: [x]}
                          - {id: q2, type: short, prompt: P, answers: [x]}
                          - {id: q3, type: short, prompt: P, answers: [x]}
                        checks:
                          - name: one of three
                            responses: {q1: x}
                            score: 0.333333
                          - name: one of three, precisely
                            responses: {q1: x}
                            score: 0.333333333333
                        """));
    }

    @Test
    void aCheckAnsweringWithAnIdTheQuestionDoesNotHave() {
        assertEquals(List.of(
                // No "did you mean `a`?" for `d`: one-letter ids are all one edit apart.
                Q + "8:5: error: check `typos` answers `pick-one` with `d`, which is not an id of that question (ids: a, b, c)",
                Q + "8:5: error: check `typos` answers `steps` with `frist`, which is not an id of that question"
                        + " (ids: first, second); did you mean `first`?",
                Q + "8:5: error: check `typos` answers `tf` with `yes`, which is not an id of that question (ids: true, false)",
                Q + "11:5: error: check `several` answers `pick-one` with `x`, `y`, which are not ids of that question (ids: a, b, c)"),
                check(HEAD + """
                          - {id: pick-one, type: single, prompt: P, options: [{text: A, correct: true}, {text: B}, {text: C}]}
                          - {id: steps, type: ordering, prompt: P, items: [{id: first, text: One}, {id: second, text: Two}]}
                          - {id: tf, type: true-false, prompt: P, answer: true}
                        checks:
                          - name: typos
                            responses: {pick-one: d, steps: [frist, second], tf: "yes"}
                            score: 1
                          - name: several
                            responses: {pick-one: [a, x, y]}
                            score: 0
                        """));
    }

    // --- warnings ---

    @Test
    void aQuizWithoutChecks() {
        assertEquals(List.of(Q + "1:1: warning: quiz `costs` has no `checks:`; add sample responses with the score each must get,"
                + " so a wrong answer key is caught at build time"),
                check(HEAD + "  - {id: q1, type: short, prompt: P, answers: [x]}\n"));
    }

    @Test
    void shoutedNegationsWithoutEmphasis() {
        assertEquals(List.of(
                Q + "4:5: warning: the prompt says NOT without emphasis; write **not** so learners do not read past it",
                Q + "5:5: warning: the prompt says EXCEPT without emphasis; write **except** so learners do not read past it"),
                check(HEAD + """
                          - {id: q1, type: short, prompt: "Which is NOT a cost?", answers: [x]}
                          - {id: q2, type: short, prompt: "All of these help, EXCEPT:", answers: [x]}
                          - {id: q3, type: short, prompt: "Which is **NOT** a cost? Which is *EXCEPT*-ional? CANNOT, NOTE.", answers: [x]}
                          - {id: q4, type: short, prompt: "Which is __NOT__ a cost, or _not_ one?", answers: [x]}
                        """ + NO_CHECK_WARNING));
    }

    @Test
    void optionsThatReferToTheOthersMustBeFixed() {
        assertEquals(List.of(
                Q + "10:9: warning: option `c` (\"None of the above\") refers to the other options; add `fixed: true` so shuffling"
                        + " keeps it in place",
                Q + "16:9: warning: option `all` (\"All of the above.\") refers to the other options; add `fixed: true` so"
                        + " shuffling keeps it in place"),
                check(HEAD + """
                          - id: q1
                            type: single
                            prompt: P
                            options:
                              - {text: A, correct: true}
                              - {text: B}
                              - {text: None of the above}
                          - id: q2
                            type: multiple
                            prompt: P
                            options:
                              - {text: A, correct: true}
                              - {id: all, text: All of the above., correct: true}
                              - {text: None of the above, fixed: true}
                        """ + NO_CHECK_WARNING));
    }

    @Test
    void aCorrectOptionWithAMisconception() {
        assertEquals(List.of(Q + "8:9: warning: option `a` is correct but names a misconception; misconceptions belong to wrong options"),
                check(HEAD + """
                          - id: q1
                            type: single
                            prompt: P
                            options:
                              - {text: A, correct: true, misconception: thinks-a}
                              - {text: B, misconception: thinks-b}
                        """ + NO_CHECK_WARNING));
    }

    // --- lessons that embed quizzes ---

    private static final String QUIZ_OK = HEAD + "  - {id: q1, type: short, prompt: P, answers: [x]}\n" + NO_CHECK_WARNING;

    @Test
    void lessonsEmbeddingUnknownQuizzes() {
        CourseFiles.writeString(root, "quizzes/costs.yaml", QUIZ_OK);
        CourseFiles.writeString(root, "quizzes/forgetting.yaml", QUIZ_OK.replace("costs", "forgetting").replace("q1", "f1"));
        CourseFiles.writeString(root, "content/01-intro/02-second.md", """
                ---
                title: Second
                summary: S
                quiz: cost
                ---
                Read this first.

                {{quiz forgeting}}

                Then {{quiz costs}} inline in a sentence is text, not an embed.

                {{ quiz  unknown-id }}

                {{quiz costs}}
                """);
        String known = " (known: costs, forgetting)";
        assertEquals(List.of(
                "content/01-intro/02-second.md:4:7: error: unknown quiz `cost`" + known + "; did you mean `costs`?",
                "content/01-intro/02-second.md:8:1: error: unknown quiz `forgeting`" + known + "; did you mean `forgetting`?",
                "content/01-intro/02-second.md:12:1: error: unknown quiz `unknown-id`" + known),
                CourseFiles.check(root));
    }

    @Test
    void aLessonEmbeddingAQuizWhenThereAreNone() {
        CourseFiles.writeString(root, "content/01-intro/02-second.md", "---\ntitle: Second\nsummary: S\nquiz: costs\n---\nBody\n");
        assertEquals(List.of("content/01-intro/02-second.md:4:7: error: unknown quiz `costs`; there are no quizzes in quizzes/"),
                CourseFiles.check(root));
    }

    @Test
    void lessonsEmbeddingAQuizThatExists() {
        CourseFiles.writeString(root, "quizzes/costs.yaml", QUIZ_OK);
        CourseFiles.writeString(root, "content/01-intro/02-second.md", "---\ntitle: Second\nsummary: S\nquiz: costs\n---\n{{quiz costs}}\n");
        assertEquals(List.of(), CourseFiles.check(root));
    }

    // --- all at once ---

    @Test
    void fiveMistakesInOneQuizAreReportedInOneRun() {
        assertEquals(List.of(
                Q + "4:94: error: single-choice question `q1` has 2 correct options (`a` and `b`); mark exactly one with"
                        + " `correct: true`, or make it `type: multiple`",
                Q + "5:5: error: multiple-select question `q2` has no correct option; mark at least one with `correct: true`",
                Q + "6:5: error: ordering question `q3` has 1 item(s); it needs at least 2 to order",
                Q + "7:5: error: short-answer question `q4` has no `answers:`; list at least one accepted answer",
                // q1 to q4 may score anything once their keys are fixed, but then at most 4 of 5: the check fails anyway.
                Q + "12:12: error: check `all right` expects score 1.0 but its responses grade to 0.6"
                        + " (q1 1.0, q2 1.0, q3 1.0, q4 0.0, q5 0.0); is an answer key wrong, or the expected score?"),
                check(HEAD + """
                          - {id: q1, type: single, prompt: P, options: [{text: A, correct: true}, {text: B, correct: true}]}
                          - {id: q2, type: multiple, prompt: P, options: [{text: A}, {text: B}]}
                          - {id: q3, type: ordering, prompt: P, items: [{text: Only}]}
                          - {id: q4, type: short, prompt: Name it.}
                          - {id: q5, type: numeric, prompt: P, answer: 1000}
                        checks:
                          - name: all right
                            responses: {q1: a, q2: [], q3: [a], q4: x, q5: 750}
                            score: 1
                        """));
    }
}
