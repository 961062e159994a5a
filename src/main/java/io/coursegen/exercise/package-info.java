/**
 * The answer logic of exercises, pure and small: whether a learner's choice is an accepted one
 * ({@link ChoiceMatch}), how many rubric points a self-check covers ({@link RubricCoverage}), and what
 * keeps a submission from being sent ({@link Submission}). {@code widget/exercise/exercise-logic.js} follows the
 * same rules, held to this code by the shared vectors {@code src/test/resources/io/coursegen/widget/exercise/exercise.json}.
 */
package io.coursegen.exercise;
