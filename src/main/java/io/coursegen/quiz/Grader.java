package io.coursegen.quiz;

import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.QuizCheck;
import io.coursegen.model.quiz.Response;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Grades responses: one question to a score from 0 to 1, or a whole quiz to a {@link QuizResult}.
 *
 * <p>The rules, one per question kind (each in its {@link QuestionKind}):
 * <ul>
 *   <li>single choice, true/false, scenario: 1 when exactly one option is picked and it is correct,
 *       else 0;
 *   <li>multiple select: partial credit by the "false2" rule;
 *   <li>ordering: the fraction of item pairs in the right relative order, or all-or-nothing;
 *   <li>numeric: 1 within the tolerance, boundary inclusive;
 *   <li>short answer: 1 when the text equals an accepted answer once both are normalized by
 *       {@link TextNormalizer#normalize}.
 *   <li>cloze: the mean of its blanks' scores, each 1 or 0 (an accepted text, or a number within
 *       the tolerance);
 *   <li>matching: the fraction of left-hand items paired with their partner.
 * </ul>
 * A missing response, or a response of the wrong kind for the question, scores 0. A choice response
 * naming an option the question does not have scores 0 as a whole: it can only come from stale saved
 * progress or a mistyped check, and must not earn credit by accident.
 *
 * <p>{@code widget/quiz/quiz-grading.js} implements the same rules; keep the two in step (see the
 * package documentation).
 */
public final class Grader {

    /**
     * The tolerance of every comparison of computed scores and values: numeric answers at the edge
     * of their tolerance (relative to the question's scale) and quiz scores at the pass mark. Decimal
     * input such as 0.1 is not exact in binary, so a strict comparison would reject answers that are
     * exactly on the boundary as written.
     */
    public static final double EPSILON = 1e-9;

    private Grader() {}

    /** The score of one response to one question, from 0 to 1; {@code response} may be null. */
    public static double grade(Question question, Response response) {
        return QuestionKinds.grade(question, response);
    }

    /**
     * Grades an attempt at a quiz: the score is the mean of the question scores, an unanswered
     * question counting 0; responses to ids the quiz does not have are ignored. The quiz is passed
     * when the score reaches {@link Quiz#pass()}, within {@link #EPSILON}, so that 2 of 3 right
     * passes a quiz whose pass mark is written 0.6666666666666667.
     */
    public static QuizResult gradeQuiz(Quiz quiz, Map<String, Response> responses) {
        Map<String, Double> scores = new LinkedHashMap<>();
        // A plain left-to-right sum, as the browser does: DoubleStream.sum() compensates rounding
        // and could differ from JavaScript in the last bit.
        double sum = 0;
        for (Question q : quiz.questions()) {
            double s = grade(q, responses.get(q.id()));
            scores.put(q.id(), s);
            sum += s;
        }
        double score = quiz.questions().isEmpty() ? 0 : sum / quiz.questions().size();
        boolean passed = score >= quiz.pass() - EPSILON;
        return new QuizResult(score, passed, Collections.unmodifiableMap(scores),
                Diagnosis.of(quiz, responses));
    }

    /** Grades a check's responses and compares the score with the one it declares, within {@link #EPSILON}. */
    public static CheckOutcome verify(Quiz quiz, QuizCheck check) {
        QuizResult result = gradeQuiz(quiz, check.responses());
        boolean holds = Math.abs(result.score() - check.expectedScore()) <= EPSILON;
        return new CheckOutcome(check, result, holds);
    }
}
