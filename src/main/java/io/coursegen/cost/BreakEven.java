package io.coursegen.cost;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * When fine-tuning has paid for itself: the first month m ≥ 1 in which the cumulative cost of the
 * fine-tuned option, shown in cents, is at most that of the prompted option (see
 * {@link CostModel#compute} for the exact rule).
 *
 * @param status whether that month falls within the horizon, after it, or never
 * @param month  the month (1-based) for {@link Status#WITHIN_HORIZON} and {@link Status#AFTER_HORIZON};
 *               empty for {@link Status#NEVER}
 */
public record BreakEven(Status status, OptionalInt month) {

    public BreakEven {
        Objects.requireNonNull(status, "status");
        if (month.isPresent() == (status == Status.NEVER)) {
            throw new IllegalArgumentException(status + " with month " + month);
        }
    }

    public enum Status {
        /** In a month from 1 to the horizon. */
        WITHIN_HORIZON("within-horizon"),
        /** After the horizon, within {@value CostModel#MAX_BREAK_EVEN_MONTHS} months. */
        AFTER_HORIZON("after-horizon"),
        /** Not within {@value CostModel#MAX_BREAK_EVEN_MONTHS} months (100 years). */
        NEVER("never");

        private final String key;

        Status(String key) {
            this.key = key;
        }

        /** The name in JSON, as {@code cost-model.js} gives it. */
        public String key() {
            return key;
        }
    }

    static BreakEven at(int month, int horizonMonths) {
        return new BreakEven(month <= horizonMonths ? Status.WITHIN_HORIZON : Status.AFTER_HORIZON,
                OptionalInt.of(month));
    }

    static BreakEven never() {
        return new BreakEven(Status.NEVER, OptionalInt.empty());
    }
}
