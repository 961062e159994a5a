package io.coursegen.insights;

import java.util.List;
import java.util.Objects;

/**
 * One answer in a learner's attempt log: a question of a quiz checked once.
 *
 * @param quiz           the quiz id
 * @param question       the question id within the quiz
 * @param version        a hash of the question as it was built (its text, options and key), so that
 *                       answers to an edited question are not pooled with answers to the old one
 * @param attempt        1 for the first try at the question, 2 for the next, and so on
 * @param chosen         the option ids the learner picked, in the order given; empty for a question
 *                       without options (numeric, short answer, ordering...)
 * @param score          the grade, 0 to 1
 * @param millis         time from showing the question (or the previous check) to this check
 * @param misconceptions the misconception tags of the feedback the learner was shown
 */
public record Attempt(String quiz, String question, String version, int attempt, List<String> chosen,
        double score, long millis, List<String> misconceptions) {

    public Attempt {
        Objects.requireNonNull(quiz, "quiz");
        Objects.requireNonNull(question, "question");
        version = version == null ? "" : version;
        chosen = List.copyOf(chosen);
        misconceptions = List.copyOf(misconceptions);
        if (attempt < 1) throw new IllegalArgumentException("attempt must be 1 or more: " + attempt);
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score must be 0 to 1: " + score);
    }

    /** Whether this is the learner's first try at the question. */
    public boolean firstTry() {
        return attempt == 1;
    }

    /** Whether the answer was wholly right. */
    public boolean correct() {
        return score >= 1 - 1e-9;
    }

    /** A key for the question across quizzes. */
    public String questionKey() {
        return quiz + "/" + question;
    }
}
