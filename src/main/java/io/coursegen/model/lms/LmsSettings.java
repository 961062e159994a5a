package io.coursegen.model.lms;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How an LMS package ({@code build --format scorm12|scorm2004}) reports the course: {@code version:} and the
 * {@code lms:} section of {@code course.yaml}. A site build ignores it.
 *
 * @param version      the package version written into the manifest ({@code version:}), "1" when not given
 * @param scope        one SCO for the whole course, or one per module
 * @param mastery      the score from 0 to 1 at which the learner has passed, if the course has one
 * @param method       how the counted quizzes' best scores make one score
 * @param quizzes      the quizzes that count towards the score, with their weights (1 for {@code mean});
 *                     empty: every quiz a lesson shows, weight 1
 * @param lessonsShare the share of the SCO's lessons read (0 to 1) that makes it completed
 * @param passQuiz     the quiz that must also be passed (at its own pass mark) for "completed", if any
 * @param ref          where the {@code lms:} section is, or course.yaml when there is none
 */
public record LmsSettings(String version, Scope scope, OptionalDouble mastery, Method method, List<Counted> quizzes,
        double lessonsShare, Optional<QuizRef> passQuiz, SourceRef ref) {

    /** What an SCO covers. */
    public enum Scope {
        COURSE, MODULE;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How quiz scores combine: their plain mean, or a mean weighted by the weights given. */
    public enum Method {
        MEAN, WEIGHTED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A quiz that counts, with its weight (positive), where it is named. */
    public record Counted(String quizId, double weight, SourceRef ref) {}

    /** A quiz named in the settings, where it is named. */
    public record QuizRef(String quizId, SourceRef ref) {}

    /** The settings of a course.yaml without {@code version:} or {@code lms:}. */
    public static LmsSettings defaults(SourceRef courseYaml) {
        return new LmsSettings("1", Scope.COURSE, OptionalDouble.empty(), Method.MEAN, List.of(), 1.0, Optional.empty(), courseYaml);
    }
}
