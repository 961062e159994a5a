/**
 * The answer logic of quizzes: pure functions, no I/O.
 *
 * <p>Each kind of question is one {@link io.coursegen.quiz.QuestionKind} (its key, grading rule and
 * client JSON), registered in {@link io.coursegen.quiz.QuestionKinds#ALL}; a test holds that list to
 * the question records. {@link io.coursegen.quiz.Grader} grades a question or a whole quiz; {@link io.coursegen.quiz.Shuffle}
 * orders options per learner; {@link io.coursegen.quiz.QuizClientJson} writes the JSON the page embeds
 * for its widget. The browser grades with {@code widget/quiz/quiz-grading.js}, which implements the same
 * rules on that JSON. The test vectors under {@code src/test/resources/io/coursegen/widget/quiz/} (grading.json,
 * quiz.json, shuffle.json) run against both, so a change to a rule here must be made there too, and a
 * change to either is caught by the vectors.
 */
package io.coursegen.quiz;
