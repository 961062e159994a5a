package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * A statement the learner marks true or false.
 *
 * <p>The record keeps what the author writes ({@code answer: true}, and feedback and a misconception
 * per side) rather than a list of options, so a true/false question cannot be written with three
 * options or none. For grading, diagnosis and the page it behaves as a choice question whose
 * {@link #options()} are two fixed options with the ids {@value #TRUE_ID} and {@value #FALSE_ID}: one
 * grading rule, one response shape and one widget serve single-choice, scenario and true/false
 * questions alike. Both options are fixed, so "True" always comes first even in a shuffled quiz.
 *
 * @param answer             whether the statement is true
 * @param feedbackTrue       markdown shown to a learner who answered "true", may be null
 * @param misconceptionTrue  the misconception tag revealed by answering "true" when the statement is
 *                           false, may be null; ignored when the statement is true
 */
public record TrueFalse(
        String id,
        String prompt,
        String explanation,
        io.coursegen.model.Tags tags,
        boolean answer,
        String feedbackTrue,
        String feedbackFalse,
        String misconceptionTrue,
        String misconceptionFalse,
        SourceRef ref) implements ChoiceQuestion {

    /** The option id of the answer "true". */
    public static final String TRUE_ID = "true";
    /** The option id of the answer "false". */
    public static final String FALSE_ID = "false";

    public TrueFalse {
        Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(tags, "tags");
    }

    /**
     * The two options, "true" then "false", both fixed. Their text is the English label; a page in
     * another language labels them itself.
     */
    @Override
    public List<Option> options() {
        // A misconception is only revealed by the wrong side: a right answer diagnoses nothing.
        return List.of(
                new Option(TRUE_ID, "True", answer, feedbackTrue, answer ? null : misconceptionTrue, true, ref),
                new Option(FALSE_ID, "False", !answer, feedbackFalse, answer ? misconceptionFalse : null, true, ref));
    }
}
