package io.coursegen.model.cost;

import java.util.List;

/**
 * The values one input field accepts: a closed interval, optionally whole numbers only.
 *
 * <p>{@code text} spells the bounds and the unit out ("from 0 to 10,000 USD per 1M tokens") rather
 * than formatting {@code min} and {@code max}, because Java and JavaScript print doubles differently
 * ({@code 1.0E9} against {@code 1000000000}) and the browser must give the very same messages.
 */
record Range(double min, double max, boolean whole, String text) {

    static Range of(double min, double max, String text) {
        return new Range(min, max, false, text);
    }

    static Range wholeNumber(double min, double max, String text) {
        return new Range(min, max, true, text);
    }

    /** Whether {@code value} is allowed; NaN and the infinities never are. */
    boolean contains(double value) {
        // Written so that NaN fails the first test.
        return value >= min && value <= max && (!whole || value == Math.floor(value));
    }

    /** Adds a problem for {@code field} to {@code out} unless {@code value} is allowed. */
    void check(String field, double value, List<InputProblem> out) {
        if (!contains(value)) {
            out.add(new InputProblem(field, (whole ? "must be a whole number " : "must be a number ") + text));
        }
    }
}
