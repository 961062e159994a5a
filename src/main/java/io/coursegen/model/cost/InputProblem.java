package io.coursegen.model.cost;

import java.util.Objects;

/**
 * One invalid input field of the cost calculator.
 *
 * @param field   the field's path in the inputs' JSON shape, such as {@code "horizonMonths"} or
 *                {@code "prompted.inputPricePerMillion"}
 * @param message what the field must be, with its allowed range and unit, such as
 *                {@code "must be a whole number from 1 to 120 months"}
 */
public record InputProblem(String field, String message) {

    public InputProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
