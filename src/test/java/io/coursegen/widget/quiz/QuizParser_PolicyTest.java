package io.coursegen.widget.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.quiz.Mistake;
import io.coursegen.model.quiz.Numeric;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.QuizPolicy;
import io.coursegen.model.quiz.QuizPolicy.Reveal;
import io.coursegen.model.quiz.ShortAnswer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A quiz's {@code policy:} and its questions' anticipated {@code mistakes:}: what they read as, and every
 * wrong value's error with its exact text and position.
 */
class QuizParser_PolicyTest {
    private static final String PATH = "quizzes/costs.yaml";
    private static final String E = PATH + ":";
    private static final String QUESTIONS = """
            questions:
              - {id: q1, type: short, prompt: One, answers: [one]}
              - {id: q2, type: short, prompt: Two, answers: [two]}
              - {id: q3, type: short, prompt: Three, answers: [three]}
            """;

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<Quiz> parse(String yaml) {
        return QuizParser.parse(PATH, "id: costs\ntitle: Costs\n" + yaml, List.of(), diagnostics);
    }

    private List<String> errors(String yaml) {
        Optional<Quiz> quiz = parse(yaml);
        assertTrue(quiz.isEmpty(), "a quiz with errors must not load: " + quiz);
        return diagnostics.lines();
    }

    @Test
    void everyKeyReads() {
        Quiz quiz = parse("policy:\n  reveal: at-end\n  tries: 3\n  question-order: shuffled\n  draw: 2\n  one-at-a-time: true\n" + QUESTIONS).orElseThrow();
        assertEquals(List.of(), diagnostics.lines());
        assertEquals(new QuizPolicy(Reveal.AT_END, 3, true, 2, true), quiz.policy());
    }

    @Test
    void keysLeftOutComeFromTheCourseThenTheDefault() {
        Quiz quiz = parse("policy: {tries: unlimited, reveal: on-request}\n" + QUESTIONS).orElseThrow();
        assertEquals(new QuizPolicy(Reveal.ON_REQUEST, 0, null, null, null), quiz.policy());
        QuizPolicy course = new QuizPolicy(Reveal.AT_END, 2, true, null, true);
        assertEquals(new QuizPolicy(Reveal.ON_REQUEST, 0, true, 0, true), quiz.policy(course));
        Quiz plain = parse(QUESTIONS).orElseThrow();
        assertEquals(QuizPolicy.DEFAULT, plain.policy(QuizPolicy.NONE));
    }

    @Test
    void zeroTries() {
        assertEquals(List.of(E + "4:10: error: `tries` is how many times a learner may check each question: a whole number from 1,"
                + " or `unlimited`, found 0 (a question that cannot be checked)"), errors("policy:\n  tries: 0\n" + QUESTIONS));
    }

    @Test
    void triesThatAreNotAWholeNumber() {
        assertEquals(List.of(E + "3:17: error: `tries` is how many times a learner may check each question: a whole number from 1,"
                + " or `unlimited`, found 2.5"), errors("policy: {tries: 2.5}\n" + QUESTIONS));
    }

    @Test
    void triesThatAreAWord() {
        assertEquals(List.of(E + "3:17: error: `tries` is how many times a learner may check each question: a whole number from 1,"
                + " or `unlimited`, found `many`"), errors("policy: {tries: many}\n" + QUESTIONS));
    }

    @Test
    void aDrawLargerThanThePool() {
        assertEquals(List.of(E + "3:16: error: `draw: 4` asks for more questions than the quiz has (3); draw at most 3, or add questions"),
                errors("policy: {draw: 4}\n" + QUESTIONS));
    }

    @Test
    void aDrawOfNothing() {
        assertEquals(List.of(E + "3:16: error: `draw` is how many questions each learner is given from the quiz: a whole number from 1"
                + " up to the number of questions, found 0; leave it out to give every question"), errors("policy: {draw: 0}\n" + QUESTIONS));
    }

    @Test
    void anUnknownRevealModeWithASuggestion() {
        assertEquals(List.of(E + "4:11: error: unknown `reveal` mode `after-chek`, expected one of after-check, on-request, at-end;"
                + " did you mean `after-check`?"), errors("policy:\n  reveal: after-chek\n" + QUESTIONS));
    }

    @Test
    void anUnknownQuestionOrder() {
        assertEquals(List.of(E + "3:26: error: unknown `question-order` `shuffle`, expected `fixed` (as written) or `shuffled`"
                + " (an order of each learner's own); did you mean `shuffled`?"), errors("policy: {question-order: shuffle}\n" + QUESTIONS));
    }

    @Test
    void anUnknownKeyListsThePolicyKeys() {
        assertEquals(List.of(E + "3:10: error: unknown key `attempts` in `policy`, expected one of `draw`, `one-at-a-time`,"
                + " `question-order`, `reveal`, `tries`"), errors("policy: {attempts: 2}\n" + QUESTIONS));
    }

    @Test
    void everyWrongValueInOneRun() {
        List<String> errors = errors("policy: {reveal: later, tries: 0, draw: 9, one-at-a-time: yes please}\n" + QUESTIONS);
        assertEquals(4, errors.size(), String.join("\n", errors));
    }

    // --- anticipated mistakes ---

    @Test
    void mistakesRead() {
        Quiz quiz = parse("""
                questions:
                  - id: n
                    type: numeric
                    prompt: How much?
                    answer: 2250
                    mistakes:
                      - {answer: 1500, feedback: You left out the **prompt** tokens.}
                      - {answer: 3000, tolerance: 100, feedback: Counted twice.}
                  - id: s
                    type: short
                    prompt: Which?
                    answers: [LoRA]
                    mistakes:
                      - {answer: fine tuning, feedback: Broader than that.}
                """).orElseThrow();
        assertEquals(List.of(), diagnostics.lines());
        Numeric n = (Numeric) quiz.question("n").orElseThrow();
        assertEquals(List.of(1500.0, 3000.0), n.mistakes().stream().map(Mistake::number).toList());
        assertEquals(100, n.mistakes().get(1).tolerance());
        assertEquals("You left out the **prompt** tokens.", n.mistakes().get(0).feedback());
        ShortAnswer s = (ShortAnswer) quiz.question("s").orElseThrow();
        assertEquals("fine tuning", s.mistakes().get(0).text());
    }

    @Test
    void aMistakeThatIsGradedRight() {
        assertEquals(List.of(
                E + "10:18: error: this mistake, 2260, is graded right (the question accepts 2250 (± 50)), so its feedback would never show; a mistake is a wrong answer",
                E + "16:18: error: this mistake, `lora.`, is an accepted answer (`answers:` lists it, ignoring case, spacing and trailing punctuation),"
                        + " so its feedback would never show; a mistake is a wrong answer"),
                errors("""
                        questions:
                          - id: n
                            type: numeric
                            prompt: How much?
                            answer: 2250
                            tolerance: 50
                            mistakes:
                              - {answer: 2260, feedback: No.}
                          - id: s
                            type: short
                            prompt: Which?
                            answers: [LoRA]
                            mistakes:
                              - {answer: lora., feedback: No.}
                        """));
    }

    @Test
    void aMistakeWithoutFeedbackOrWithUnknownKeys() {
        List<String> errors = errors("""
                questions:
                  - id: n
                    type: numeric
                    prompt: How much?
                    answer: 2250
                    mistakes:
                      - {answer: 1500}
                      - {answer: 1600, feedback: x, misconception: y}
                      - {answer: 1700, tolerance: -1, feedback: x}
                """);
        assertEquals(3, errors.size(), String.join("\n", errors));
        assertEquals(E + "9:9: error: missing required key `feedback`", errors.get(0));
        assertTrue(errors.get(1).startsWith(E + "10:37: error: unknown key `misconception`"), errors.get(1));
        assertEquals(E + "11:35: error: `tolerance` must be 0 or more, found -1", errors.get(2));
    }
}
