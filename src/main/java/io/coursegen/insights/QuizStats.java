package io.coursegen.insights;

import java.util.List;

/**
 * One quiz's results over a class.
 *
 * @param quiz          the quiz id
 * @param learners      learners who answered at least one of its questions on a first try
 * @param meanScore     their mean first-try score (each learner's mean over the questions they
 *                      answered), NaN with no learners
 * @param distribution  how many learners' first-try scores fall in each tenth: 0-10%, 10-20%, ...
 *                      90-100% (100% in the last)
 * @param questions     its questions' item analysis, in quiz order
 */
public record QuizStats(String quiz, int learners, double meanScore, int[] distribution, List<QuestionStats> questions) {
    public QuizStats {
        distribution = distribution.clone();
        questions = List.copyOf(questions);
    }

    @Override
    public int[] distribution() {
        return distribution.clone();
    }
}
