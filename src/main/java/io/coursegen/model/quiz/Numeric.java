package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * A question answered with a number, right within a tolerance. Either tolerance suffices: an answer
 * within {@code absTolerance} of {@code answer}, or within {@code relTolerance * |answer|}, is right.
 *
 * @param answer       the right value, in {@code unit}
 * @param absTolerance the accepted absolute distance from {@code answer}, in {@code unit}; 0 for none
 * @param relTolerance the accepted distance as a fraction of {@code |answer|} (0.05 = 5 %); 0 for none
 * @param unit         the unit shown after the input, e.g. "USD" or "GPU hours", may be null
 * @param mistakes anticipated wrong answers with their feedback, in the order they are tried
 */
public record Numeric(
        String id,
        String prompt,
        String explanation,
        io.coursegen.model.Tags tags,
        double answer,
        double absTolerance,
        double relTolerance,
        String unit,
        SourceRef ref,
        List<Mistake> mistakes) implements Question {

    public Numeric {
        Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(tags, "tags");
        mistakes = List.copyOf(mistakes);
    }

    /** A question without anticipated mistakes. */
    public Numeric(String id, String prompt, String explanation, io.coursegen.model.Tags tags, double answer,
            double absTolerance, double relTolerance, String unit, SourceRef ref) {
        this(id, prompt, explanation, tags, answer, absTolerance, relTolerance, unit, ref, List.of());
    }
}
