package io.coursegen.quiz;

import java.util.List;
import java.util.Map;

/**
 * The grade of one attempt at a quiz.
 *
 * @param score          the mean of the question scores, from 0 to 1
 * @param passed         whether {@code score} reaches the quiz's pass mark
 * @param questionScores the score of every question by id, in quiz order; 0 when unanswered
 * @param diagnosis      the misconceptions revealed by the wrong options picked, in quiz order
 */
public record QuizResult(double score, boolean passed, Map<String, Double> questionScores,
        List<Misconception> diagnosis) {

    public QuizResult {
        diagnosis = List.copyOf(diagnosis);
    }
}
