package io.coursegen.quiz;

import io.coursegen.model.quiz.Mistake;
import io.coursegen.model.quiz.Numeric;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Response;
import io.coursegen.model.quiz.ShortAnswer;
import java.util.List;

/**
 * Which anticipated mistake a response to a numeric or short question is, so the page can show the
 * feedback its author wrote for it; the same rule as {@code CoursegenGrading.mistake} in
 * {@code quiz-grading.js}, held together by {@code mistakes.json}.
 *
 * <p>A numeric mistake matches a number within its {@code tolerance}, boundary included, with the slack
 * numeric answers get ({@link NumericScore}); a short mistake matches a text equal to it once both are
 * normalized as short answers are. A response that grades right is never a mistake, and an empty one
 * never matches.
 */
public final class Mistakes {
    private Mistakes() {}

    /** The index of the first mistake of {@code question} that {@code response} matches, or -1 when none does. */
    public static int match(Question question, Response response) {
        if (QuestionKinds.grade(question, response) >= 1) return -1;
        List<Mistake> mistakes = question instanceof Numeric n ? n.mistakes() : question instanceof ShortAnswer s ? s.mistakes() : List.of();
        for (int i = 0; i < mistakes.size(); i++) {
            if (matches(mistakes.get(i), response)) return i;
        }
        return -1;
    }

    /** Whether {@code response} is the answer {@code mistake} anticipates, whatever the question's own answer. */
    static boolean matches(Mistake mistake, Response response) {
        if (mistake.number() != null) {
            if (!(response instanceof Response.NumberAnswer a) || a.value() == null || !Double.isFinite(a.value())) return false;
            double d = Math.abs(a.value() - mistake.number());
            double slack = Grader.EPSILON * Math.max(Math.abs(mistake.number()), mistake.tolerance());
            return d <= mistake.tolerance() + slack;
        }
        return response instanceof Response.TextAnswer t && AnswerKinds.accepts(List.of(mistake.text()), t.text()) >= 1;
    }
}
