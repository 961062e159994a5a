/**
 * Quizzes as immutable records: a {@link io.coursegen.model.quiz.Quiz} holds
 * {@link io.coursegen.model.quiz.Question}s (a sealed family, one record per question type), and the
 * instructor's {@link io.coursegen.model.quiz.QuizCheck}s. A learner's answer to one question is a
 * {@link io.coursegen.model.quiz.Response}. Every element carries the
 * {@link io.coursegen.model.SourceRef} where it is written, for error messages.
 *
 * <p>The records hold what the author wrote and check nothing beyond non-null ids and lists: the check
 * stage reports authoring mistakes (no correct option, negative tolerance...) with their positions,
 * and the grading rules in {@code io.coursegen.quiz} stay total on whatever they are given.
 */
package io.coursegen.model.quiz;
