package io.coursegen.model.quiz;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a quiz treats a learner: when the right answer and explanation of a question show, how many
 * times a question may be checked, whether the questions come in a per-learner order, how many of them
 * are drawn from the pool for each learner, and whether they are shown one at a time. A quiz file's
 * {@code policy:} sets some of these; {@code quiz-policy:} in course.yaml sets the course's defaults;
 * {@link #DEFAULT} fills in the rest, and keeps the behaviour quizzes had before policies existed.
 *
 * <p>A field that is null is not set here and is taken from the defaults by {@link #over}; a policy
 * that comes out of {@code over(DEFAULT)} has every field set.
 *
 * @param reveal         when a question's right answer and explanation show
 * @param tries          how many times a question may be checked in one attempt; 0 means without limit
 * @param shuffled       whether each learner sees the questions in an order of their own
 * @param draw           how many questions each learner is given from the quiz's pool; 0 means all of them
 * @param oneAtATime     whether the page shows one question at a time, with Previous and Next buttons
 */
public record QuizPolicy(Reveal reveal, Integer tries, Boolean shuffled, Integer draw, Boolean oneAtATime) {

    /** Today's behaviour: the answer shows after the first check, every question in written order, all on one page. */
    public static final QuizPolicy DEFAULT = new QuizPolicy(Reveal.AFTER_CHECK, 1, false, 0, false);

    /** A policy that sets nothing. */
    public static final QuizPolicy NONE = new QuizPolicy(null, null, null, null, null);

    /** This policy with every field it leaves unset taken from {@code defaults}. */
    public QuizPolicy over(QuizPolicy defaults) {
        Objects.requireNonNull(defaults, "defaults");
        return new QuizPolicy(reveal != null ? reveal : defaults.reveal, tries != null ? tries : defaults.tries,
                shuffled != null ? shuffled : defaults.shuffled, draw != null ? draw : defaults.draw,
                oneAtATime != null ? oneAtATime : defaults.oneAtATime);
    }

    /** When a question's right answer, marks of the right options and explanation show. */
    public enum Reveal {
        /** When the question is done: checked right, or checked with its last try (with {@code tries: 1}, the first check). */
        AFTER_CHECK("after-check"),
        /** Only when the learner presses "Show answers". */
        ON_REQUEST("on-request"),
        /** Only when every question of the quiz is done, with the result. */
        AT_END("at-end");

        private final String key;

        Reveal(String key) {
            this.key = key;
        }

        /** The word written in YAML and in the page's JSON. */
        public String key() {
            return key;
        }

        /** Every mode's word, in declaration order. */
        public static List<String> keys() {
            return Arrays.stream(values()).map(Reveal::key).toList();
        }

        /** The mode written {@code key}, if there is one. */
        public static Optional<Reveal> of(String key) {
            return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
        }
    }
}
