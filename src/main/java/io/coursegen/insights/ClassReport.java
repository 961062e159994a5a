package io.coursegen.insights;

import java.util.List;

/**
 * Everything {@link ClassAnalysis} finds in a class's exports.
 *
 * @param learners how many learners (distinct anonymous ids)
 * @param quizzes  per quiz its results, in course order (or id order)
 * @param lessons  per lesson how many learners read it, in course order (or key order)
 */
public record ClassReport(int learners, List<QuizStats> quizzes, List<LessonReach> lessons) {
    public ClassReport {
        quizzes = List.copyOf(quizzes);
        lessons = List.copyOf(lessons);
    }
}
