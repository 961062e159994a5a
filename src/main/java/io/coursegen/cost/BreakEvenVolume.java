package io.coursegen.cost;

import io.coursegen.model.cost.CostInputs;
import java.util.OptionalDouble;

/** The daily volume at which both options cost the same per month; see {@link CostModel}. */
final class BreakEvenVolume {

    private BreakEvenVolume() {}

    /**
     * The break-even volume (requests per day), 0 when fine-tuning costs no more at any volume, or
     * empty when a fine-tuned request does not cost less than a prompted one.
     *
     * @param oneOff training plus the retrainings within the horizon (USD)
     */
    static OptionalDouble of(OptionCosts prompted, OptionCosts fineTuned, CostInputs in, double oneOff) {
        if (!(fineTuned.perRequest() < prompted.perRequest())) {
            return OptionalDouble.empty();
        }
        double extraPerMonth = in.fineTuned().monthlyFixed() - in.prompted().monthlyFixed()
                + oneOff / in.horizonMonths();
        if (extraPerMonth <= 0) {
            return OptionalDouble.of(0);
        }
        double savedPerRequest = prompted.perRequest() - fineTuned.perRequest();
        return OptionalDouble.of(extraPerMonth / (savedPerRequest * in.daysPerMonth()));
    }
}
