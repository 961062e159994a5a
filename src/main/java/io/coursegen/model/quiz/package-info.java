/**
 * Quizzes as immutable records: a {@link io.coursegen.model.quiz.Quiz} holds
 * {@link io.coursegen.model.quiz.Question}s (one record per question type; the built-in ones here, a kind's own may live in its class, such as {@code io.coursegen.quiz.ClozeKind.Cloze}), and the
 * instructor's {@link io.coursegen.model.quiz.QuizCheck}s. A learner's answer to one question is a
 * {@link io.coursegen.model.quiz.Response}. Every element carries the
 * {@link io.coursegen.model.SourceRef} where it is written, for error messages.
 *
 * <p>The records hold what the author wrote and check nothing beyond non-null ids and lists: the check
 * stage reports authoring mistakes (no correct option, negative tolerance...) with their positions,
 * and the grading rules in {@code io.coursegen.quiz} stay total on whatever they are given.
 */
package io.coursegen.model.quiz;
