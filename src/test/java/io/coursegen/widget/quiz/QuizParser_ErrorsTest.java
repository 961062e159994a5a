package io.coursegen.widget.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.AnswerSet;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error the quiz parser reports, with its exact text and position. A quiz file with any error
 * is left out of the course whole, so the checker never reports follow-on errors about a half-read
 * quiz; the last tests show that through a whole course.
 */
class QuizParser_ErrorsTest {
    private static final String PATH = "quizzes/costs.yaml";
    private static final String E = PATH + ":";
    private static final String HEAD = "id: costs\ntitle: Costs\nquestions:\n";
    private static final String TYPES = "expected one of single, multiple, true-false, scenario, ordering, numeric, short, cloze, matching";
    private static final SourceRef COURSE = SourceRef.file("content/course.yaml");
    private static final List<AnswerSet> SETS = List.of(
            new AnswerSet("approaches", List.of(
                    new AnswerSet.Answer("prompting", "Prompting", COURSE),
                    new AnswerSet.Answer("rag", "RAG", COURSE),
                    new AnswerSet.Answer("fine-tuning", "Fine-tuning", COURSE)), COURSE),
            new AnswerSet("levels", List.of(new AnswerSet.Answer("low", "Low", COURSE), new AnswerSet.Answer("high", "High", COURSE)), COURSE));

    private final Diagnostics diagnostics = new Diagnostics();

    @TempDir
    Path root;

    private Optional<Quiz> parse(String yaml) {
        return QuizParser.parse(PATH, yaml, SETS, diagnostics);
    }

    /** The errors of a quiz file, which must then not load. */
    private List<String> errors(String yaml) {
        Optional<Quiz> quiz = parse(yaml);
        assertTrue(quiz.isEmpty(), "a quiz with errors must not load: " + quiz);
        return diagnostics.lines();
    }

    // --- the quiz itself ---

    @Test
    void invalidYaml() {
        assertEquals(List.of(E + "2:9: error: invalid YAML: a `: ` inside a text without quotes reads as a new key; put the whole text in quotes (`key: \"a: b\"`), or use a block (`key: |` with the text on the lines below)"),
                errors("id: costs\ntitle: a: b\nquestions: []\n"));
    }

    @Test
    void aQuizMustBeAMapping() {
        assertEquals(List.of(E + "1:1: error: expected a quiz as a mapping of keys (such as `id: ...`), found a list"),
                errors("- id: costs\n"));
    }

    @Test
    void anEmptyFileMissesItsRequiredKeys() {
        assertEquals(List.of(E + "1:1: error: missing required key `id`", E + "1:1: error: missing required key `questions`",
                E + "1:1: error: missing required key `title`"), errors("# nothing yet\n"));
    }

    @Test
    void unknownQuizKeyListsTheAllowedKeysAndSuggests() {
        assertEquals(List.of(E + "3:1: error: unknown key `shufle` in a quiz, expected one of `checks`, `id`, `intro`, `pass`,"
                + " `policy`, `questions`, `review`, `shuffle`, `title`; did you mean `shuffle`?",
                E + "4:1: error: unknown key `author` in a quiz, expected one of `checks`, `id`, `intro`, `pass`, `policy`, `questions`,"
                        + " `review`, `shuffle`, `title`"),
                errors("id: costs\ntitle: Costs\nshufle: false\nauthor: me\nquestions: []\n"));
    }

    @Test
    void idDifferingFromTheFileName() {
        assertEquals(List.of(E + "1:5: error: quiz id `cost` differs from its file name; name the file `cost.yaml` or set `id: costs`"),
                errors("id: cost\ntitle: Costs\nquestions: []\n"));
    }

    private static final String PASS = "error: `pass` is the fraction of the score needed to pass, between 0 and 1 (0.7 means 70%), found ";

    @Test
    void passWrittenAsAPercentage() {
        assertEquals(List.of(E + "3:7: " + PASS + "70"), errors("id: costs\ntitle: Costs\npass: 70\nquestions: []\n"));
    }

    @Test
    void passBelowZero() {
        assertEquals(List.of(E + "3:7: " + PASS + "-0.1"), errors("id: costs\ntitle: Costs\npass: -0.1\nquestions: []\n"));
    }

    @Test
    void quotedNumbersAndBooleansAreText() {
        assertEquals(List.of(
                E + "3:7: error: expected a number for `pass`, found `0.7` in quotes, which make it text; remove the quotes",
                E + "4:10: error: expected `true` or `false` for `shuffle`, found `false` in quotes, which make it text; remove the quotes"),
                errors("id: costs\ntitle: Costs\npass: \"0.7\"\nshuffle: 'false'\nquestions: []\n"));
    }

    @Test
    void notANumberAtAll() {
        assertEquals(List.of(E + "3:7: error: expected a number for `pass`, found `70%`",
                E + "4:10: error: expected `true` or `false` for `shuffle`, found `yes`; YAML 1.1 reads it as a boolean,"
                        + " but write `true` or `false` to be clear"),
                errors("id: costs\ntitle: Costs\npass: 70%\nshuffle: yes\nquestions: []\n"));
    }

    @Test
    void questionsMustBeAList() {
        assertEquals(List.of(E + "3:12: error: expected `questions` as a list (one `- item` a line), found a mapping"),
                errors("id: costs\ntitle: Costs\nquestions: {id: q}\n"));
    }

    // --- questions ---

    @Test
    void aQuestionMustBeAMapping() {
        assertEquals(List.of(E + "4:5: error: expected a question as a mapping of keys (such as `id: ...`), found `What is LoRA?`"),
                errors(HEAD + "  - What is LoRA?\n"));
    }

    @Test
    void missingType() {
        assertEquals(List.of(E + "4:5: error: question without a `type`; " + TYPES),
                errors(HEAD + "  - id: q1\n    prompt: P\n"));
    }

    @Test
    void misspeltTypeKey() {
        assertEquals(List.of(E + "4:5: error: question without a `type`; " + TYPES,
                E + "5:5: error: unknown key `typ` in a question, expected one of `all-or-nothing`, `answer`, `answer-set`, `answers`,"
                        + " `blanks`, `distractors`, `explanation`, `feedback`, `id`, `items`, `misconceptions`, `mistakes`, `options`, `pairs`, `prompt`, `relative-tolerance`,"
                        + " `tags`, `text`, `tolerance`, `type`, `unit`; did you mean `type`?"),
                errors(HEAD + "  - id: q1\n    typ: single\n    prompt: P\n"));
    }

    @Test
    void unknownTypeSuggestsTheClosest() {
        assertEquals(List.of(
                E + "4:20: error: unknown question type `multi-choice`, " + TYPES,
                E + "5:20: error: unknown question type `truefalse`, " + TYPES + "; did you mean `true-false`?",
                E + "6:20: error: unknown question type `Single`, " + TYPES + "; did you mean `single`?"),
                errors(HEAD + """
                          - {id: q1, type: multi-choice, prompt: P}
                          - {id: q2, type: truefalse, prompt: P, answer: true}
                          - {id: q3, type: Single, prompt: P}
                        """));
    }

    @Test
    void aKeyOfAnotherTypeIsUnknownAndTheRightKeysAreListed() {
        assertEquals(List.of(E + "8:5: error: unknown key `options` in a numeric question, expected one of `answer`, `explanation`,"
                + " `id`, `mistakes`, `prompt`, `relative-tolerance`, `tags`, `tolerance`, `type`, `unit`"),
                errors(HEAD + """
                          - id: q1
                            type: numeric
                            prompt: How many?
                            answer: 3
                            options:
                              - text: "3"
                        """));
    }

    @Test
    void aKeyOfAnotherTypeWithASuggestion() {
        // Both are true, and the author sees why `answer` is missing.
        assertEquals(List.of(
                E + "7:5: error: unknown key `answers` in a true-false question, expected one of `answer`, `explanation`,"
                + " `feedback`, `id`, `misconceptions`, `prompt`, `tags`, `type`; did you mean `answer`?"),
                errors(HEAD + "  - id: q1\n    type: true-false\n    prompt: P\n    answers: [true]\n"));
    }

    @Test
    void missingIdAndPrompt() {
        assertEquals(List.of(E + "4:5: error: missing required key `id`", E + "4:5: error: missing required key `prompt`"),
                errors(HEAD + "  - type: short\n    answers: [x]\n"));
    }

    // --- options and items ---

    @Test
    void duplicateOptionIds() {
        assertEquals(List.of(E + "11:13: error: option id `a` is used twice in this question"),
                errors(HEAD + """
                          - id: q1
                            type: single
                            prompt: P
                            options:
                              - id: a
                                text: A
                                correct: true
                              - id: a
                                text: Also A
                        """));
    }

    @Test
    void aDuplicateOfAPositionalIdSaysWhereItComesFrom() {
        assertEquals(List.of(E + "11:9: error: option id `b` is used twice in this question"
                + " (one without an `id` is named by its position: a, b, c...)"),
                errors(HEAD + """
                          - id: q1
                            type: single
                            prompt: P
                            options:
                              - id: b
                                text: B
                                correct: true
                              - text: Second
                        """));
    }

    @Test
    void duplicateItemIds() {
        assertEquals(List.of(E + "13:13: error: item id `first` is used twice in this question"),
                errors(HEAD + """
                          - id: q1
                            type: ordering
                            prompt: P
                            items:
                              - id: first
                                text: One
                              - id: second
                                text: Two
                              - text: Three
                                id: first
                        """));
    }

    @Test
    void missingOptionAndItemText() {
        assertEquals(List.of(E + "9:9: error: missing required key `text`", E + "15:9: error: missing required key `text`"),
                errors(HEAD + """
                          - id: q1
                            type: single
                            prompt: P
                            options:
                              - {text: A, correct: true}
                              - correct: false
                          - id: q2
                            type: ordering
                            prompt: P
                            items:
                              - {text: One}
                              - id: two
                        """));
    }

    @Test
    void misspeltOptionKey() {
        assertEquals(List.of(E + "8:19: error: unknown key `corect` in an option, expected one of `correct`, `feedback`, `fixed`,"
                + " `id`, `misconception`, `text`; did you mean `correct`?",
                E + "9:59: error: unknown key `explanation` in an item, expected one of `id`, `text`"),
                errors(HEAD + """
                          - id: q1
                            type: single
                            prompt: P
                            options:
                              - {text: A, corect: true}
                          - {id: q2, type: ordering, prompt: P, items: [{text: A, explanation: E}]}
                        """));
    }

    @Test
    void optionsMustBeAList() {
        assertEquals(List.of(E + "4:5: error: missing required key `options`",
                E + "8:12: error: expected `items` as a list (one `- item` a line), found `a, b`"),
                errors(HEAD + "  - {id: q1, type: multiple, prompt: P}\n" + """
                          - id: q2
                            type: ordering
                            prompt: P
                            items: a, b
                        """));
    }

    // --- true-false ---

    @Test
    void trueFalseWithoutAnswer() {
        assertEquals(List.of(E + "4:5: error: missing required key `answer` (`true` or `false`)"),
                errors(HEAD + "  - id: q1\n    type: true-false\n    prompt: P\n"));
    }

    @Test
    void trueFalseAnswerYesIsAnErrorNotTrue() {
        // YAML 1.1 reads `yes` as true. An author who wrote it may mean it, but a reader of the file
        // cannot be sure (`answer: no` looks like "there is no answer"); the two canonical words are
        // the only booleans taken.
        assertEquals(List.of(E + "7:13: error: expected `true` or `false` for `answer`, found `yes`; YAML 1.1 reads it as a boolean,"
                + " but write `true` or `false` to be clear"),
                errors(HEAD + "  - id: q1\n    type: true-false\n    prompt: P\n    answer: yes\n"));
    }

    @Test
    void trueFalseAnswerQuotedOrNotABoolean() {
        assertEquals(List.of(
                E + "4:51: error: expected `true` or `false` for `answer`, found `true` in quotes, which make it text; remove the quotes",
                E + "5:51: error: expected `true` or `false` for `answer`, found `maybe`"),
                errors(HEAD + "  - {id: q1, type: true-false, prompt: P, answer: \"true\"}\n"
                        + "  - {id: q2, type: true-false, prompt: P, answer: maybe}\n"));
    }

    @Test
    void trueFalseFeedbackKeys() {
        // Keys are text; an unquoted `true:` is a YAML boolean and gets the hint to quote it.
        assertEquals(List.of(
                E + "9:7: error: `yes` in `feedback` is not an answer of this question, expected one of true, false",
                E + "10:7: error: expected text for a name in `feedback`, but `false` reads as a YAML boolean; quote it (\"false\") to mean the text",
                E + "12:7: error: `True` in `misconceptions` is not an answer of this question, expected one of true, false;"
                        + " did you mean `true`?"),
                errors(HEAD + """
                          - id: q1
                            type: true-false
                            prompt: P
                            answer: true
                            feedback:
                              "yes": Right.
                              false: Wrong.
                            misconceptions:
                              "True": x
                        """));
    }

    // --- scenario ---

    @Test
    void unknownAnswerSetListsTheKnownOnes() {
        assertEquals(List.of(E + "8:17: error: unknown answer set `approach`; declare it under `answer-sets:` in content/course.yaml"
                + " (known: approaches, levels)"),
                errors(HEAD + """
                          - id: q1
                            type: scenario
                            prompt: P
                            answer: rag
                            answer-set: approach
                        """));
    }

    @Test
    void unknownAnswerSetWhenTheCourseHasNone() {
        assertEquals(List.of(E + "4:53: error: unknown answer set `approaches`; declare it under `answer-sets:` in content/course.yaml"),
                QuizParser.parse(PATH, HEAD + "  - {id: q1, type: scenario, prompt: P, answer-set: approaches, answer: rag}\n",
                        List.of(), diagnostics).map(q -> List.of("loaded")).orElse(diagnostics.lines()));
    }

    @Test
    void scenarioAnswerNotInTheSet() {
        assertEquals(List.of(E + "8:13: error: `rga` is not an answer of `approaches`, expected one of prompting, rag, fine-tuning;"
                + " did you mean `rag`?"),
                errors(HEAD + """
                          - id: q1
                            type: scenario
                            prompt: P
                            answer-set: approaches
                            answer: rga
                        """));
    }

    @Test
    void scenarioWithoutAnswerOrSet() {
        assertEquals(List.of(E + "4:5: error: missing required key `answer`", E + "5:5: error: missing required key `answer-set`"),
                errors(HEAD + "  - {id: q1, type: scenario, prompt: P, answer-set: approaches}\n"
                        + "  - {id: q2, type: scenario, prompt: P, answer: rag}\n"));
    }

    @Test
    void scenarioFeedbackKeyedByAnUnknownAnswer() {
        assertEquals(List.of(
                E + "10:7: error: `finetuning` in `feedback` is not an answer of this question, expected one of prompting, rag,"
                        + " fine-tuning; did you mean `fine-tuning`?",
                E + "12:7: error: `hybrid` in `misconceptions` is not an answer of this question, expected one of prompting, rag,"
                        + " fine-tuning"),
                errors(HEAD + """
                          - id: q1
                            type: scenario
                            prompt: P
                            answer-set: approaches
                            answer: rag
                            feedback:
                              finetuning: Training adds no fresh facts.
                            misconceptions:
                              hybrid: x
                        """));
    }

    // --- numeric and short ---

    @Test
    void negativeTolerances() {
        assertEquals(List.of(E + "8:16: error: `tolerance` must be 0 or more, found -5",
                E + "9:25: error: `relative-tolerance` must be 0 or more (0.05 means 5%), found -0.05"),
                errors(HEAD + """
                          - id: q1
                            type: numeric
                            prompt: P
                            answer: 100
                            tolerance: -5
                            relative-tolerance: -0.05
                        """));
    }

    @Test
    void numericAnswerMustBeANumber() {
        assertEquals(List.of(E + "4:48: error: expected a number for `answer`, found `1,000`",
                E + "5:5: error: missing required key `answer`"),
                errors(HEAD + "  - {id: q1, type: numeric, prompt: P, answer: \"1,000\"}\n  - {id: q2, type: numeric, prompt: P}\n"));
    }

    @Test
    void unquotedNoInShortAnswersIsABooleanNotText() {
        assertEquals(List.of(E + "10:9: error: expected text for an item of `answers`, but `no` reads as a YAML boolean;"
                + " quote it (\"no\") to mean the text"),
                errors(HEAD + """
                          - id: q1
                            type: short
                            prompt: Is fine-tuning needed here?
                            answers:
                              - "No"
                              - Nope
                              - no
                        """));
    }

    // --- checks ---

    private static final String QUESTIONS = HEAD + """
              - {id: pick-one, type: single, prompt: P, options: [{text: A, correct: true}, {text: B}]}
              - {id: how-many, type: numeric, prompt: P, answer: 3}
              - {id: is-it, type: true-false, prompt: P, answer: true}
            checks:
            """;

    @Test
    void checkResponseForAnUnknownQuestion() {
        assertEquals(List.of(E + "11:7: error: check response for unknown question `pick_one`; did you mean `pick-one`?",
                E + "12:7: error: check response for unknown question `other`"),
                errors(QUESTIONS + """
                          - name: typo
                            responses:
                              how-many: 3
                              pick_one: a
                              other: b
                            score: 1
                        """));
    }

    @Test
    void checkScoreOutOfRange() {
        assertEquals(List.of(E + "10:12: error: `score` is a fraction between 0 and 1, found 100",
                E + "13:12: error: `score` is a fraction between 0 and 1, found -0.5"),
                errors(QUESTIONS + """
                          - name: in percent
                            responses: {pick-one: a, how-many: 3, is-it: true}
                            score: 100
                          - name: negative
                            responses: {}
                            score: -0.5
                        """));
    }

    @Test
    void checkMissingNameAndScore() {
        assertEquals(List.of(E + "8:5: error: missing required key `name`", E + "8:5: error: missing required key `score`",
                E + "10:5: error: unknown key `expected` in a check, expected one of `name`, `responses`, `score`"),
                errors(QUESTIONS + """
                          - responses: {}
                          - name: n
                            expected: 1
                            score: 1
                        """));
    }

    @Test
    void checkResponsesOfTheWrongShape() {
        assertEquals(List.of(
                E + "10:17: error: expected text for the response to `pick-one`, found a mapping",
                E + "11:17: error: expected a number for the response to `how-many`, found `three`",
                E + "12:14: error: expected `true` or `false` for the response to `is-it`, found `yes`; YAML 1.1 reads it as a boolean,"
                        + " but write `true` or `false` to be clear",
                E + "16:17: error: expected a number for the response to `how-many`, found `3` in quotes, which make it text;"
                        + " remove the quotes",
                E + "17:18: error: expected text for an id in the response to `pick-one`, found a list",
                E + "19:31: error: expected `responses` as a mapping of names to values, found a list"),
                errors(QUESTIONS + """
                          - name: shapes
                            responses:
                              pick-one: {id: a}
                              how-many: three
                              is-it: yes
                            score: 0
                          - name: more shapes
                            responses:
                              how-many: "3"
                              pick-one: [[a]]
                            score: 0
                          - {name: a list, responses: [a], score: 0}
                        """));
    }

    @Test
    void aCheckNamingAQuestionThatFailedToLoadIsSkippedSilently() {
        // Only the question's own error: no "unknown question" for the checks that answer it.
        assertEquals(List.of(E + "5:26: error: unknown question type `numerical`, " + TYPES + "; did you mean `numeric`?"),
                errors(HEAD + """
                          - {id: pick-one, type: single, prompt: P, options: [{text: A, correct: true}, {text: B}]}
                          - {id: how-many, type: numerical, prompt: P, answer: 3}
                        checks:
                          - name: all right
                            responses: {pick-one: a, how-many: 3}
                            score: 1
                        """));
    }

    // --- through a whole course: files, and no follow-on errors from the checker ---

    private static final String COURSE_FILES = """
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
            quiz: costs
            ---
            Body

            {{quiz costs}}
            """;

    @Test
    void aFileInQuizzesThatIsNotYaml() {
        CourseFiles.write(root, COURSE_FILES + """
                -- quizzes/costs.yaml --
                id: costs
                title: Costs
                questions:
                  - {id: q1, type: short, prompt: P, answers: [x]}
                checks:
                  - {name: right, responses: {q1: x}, score: 1}
                -- quizzes/notes.txt --
                to do
                -- quizzes/drafts/old.yaml --
                id: old
                -- quizzes/.hidden.yaml --
                ignored
                """);
        assertEquals(List.of(
                "quizzes/drafts:1:1: error: `drafts` is not a quiz: quizzes/ holds one quiz per `<id>.yaml` file",
                "quizzes/notes.txt:1:1: error: `notes.txt` is not a quiz: quizzes/ holds one quiz per `<id>.yaml` file"),
                CourseFiles.check(root));
    }

    @Test
    void aBrokenQuizIsReportedOnceAndTheLessonsEmbeddingItAreNotBlamed() {
        // The scenario's answer is misspelt, one question lacks its text and the check's score is out
        // of range. Each is reported once; nothing about "no correct option", "unknown quiz `costs`"
        // in the lesson, "no questions" or a check grading to another score.
        CourseFiles.write(root, COURSE_FILES + """
                -- quizzes/costs.yaml --
                id: costs
                title: Costs
                questions:
                  - {id: q1, type: scenario, prompt: P, answer-set: approaches, answer: rga}
                  - id: q2
                    type: single
                    prompt: P
                    options:
                      - {text: A, correct: true}
                      - {correct: false}
                checks:
                  - {name: right, responses: {q1: rag, q2: a}, score: 1.5}
                """);
        assertEquals(List.of(
                "quizzes/costs.yaml:4:73: error: `rga` is not an answer of `approaches`, expected one of prompting, rag;"
                        + " did you mean `rag`?",
                "quizzes/costs.yaml:10:9: error: missing required key `text`",
                "quizzes/costs.yaml:12:55: error: `score` is a fraction between 0 and 1, found 1.5"),
                CourseFiles.check(root));
    }

    @Test
    void aQuizWhoseQuestionsAllFailedIsNotSaidToHaveNone() {
        CourseFiles.write(root, COURSE_FILES + """
                -- quizzes/costs.yaml --
                id: costs
                title: Costs
                questions:
                  - {id: q1, type: single, prompt: P}
                """);
        assertEquals(List.of("quizzes/costs.yaml:4:5: error: missing required key `options`"), CourseFiles.check(root));
    }

    @Test
    void aQuizWithoutTitleDoesNotMakeTheLessonsThatEmbedItFail() {
        CourseFiles.write(root, COURSE_FILES + """
                -- quizzes/costs.yaml --
                id: costs
                questions: []
                """);
        assertEquals(List.of("quizzes/costs.yaml:1:1: error: missing required key `title`"), CourseFiles.check(root));
    }
}
