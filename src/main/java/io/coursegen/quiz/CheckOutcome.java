package io.coursegen.quiz;

import io.coursegen.model.quiz.QuizCheck;

/**
 * The result of verifying an instructor's {@link QuizCheck}: the grade its responses got, and whether
 * the score is the one the check declares (within {@link Grader#EPSILON}).
 */
public record CheckOutcome(QuizCheck check, QuizResult result, boolean holds) {}
