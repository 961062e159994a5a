package io.coursegen.cost;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What {@link CostModel#compute} works out. Amounts are in USD, unrounded; {@link Money} rounds them
 * for display.
 *
 * @param trainingCost            the one-time training cost, paid in month 0 (USD)
 * @param prompted                the running costs of the prompted option
 * @param fineTuned               the running costs of the fine-tuned option
 * @param monthlySaving           prompted − fine-tuned {@link OptionCosts#perMonth() perMonth}: what
 *                                fine-tuning saves every month on running costs, training and
 *                                retraining left out (USD per month; negative when it costs more)
 * @param breakEven               the first month in which fine-tuning has paid for itself, if any
 * @param breakEvenRequestsPerDay the daily volume at and above which fine-tuning costs no more per
 *                                month, one-off costs spread over the horizon (requests per day; 0
 *                                when it costs no more at any volume); empty when a fine-tuned
 *                                request does not cost less than a prompted one
 * @param retrainMonths           the months in which a retraining is paid, within the horizon
 * @param cumulativePrompted      the prompted option's total cost by the end of month m, at index m,
 *                                from month 0 (0 USD) to the horizon
 * @param cumulativeFineTuned     the fine-tuned option's total cost by the end of month m, training
 *                                and retrainings included, at index m; month 0 is the training
 */
public record CostResult(
        double trainingCost,
        OptionCosts prompted,
        OptionCosts fineTuned,
        double monthlySaving,
        BreakEven breakEven,
        OptionalDouble breakEvenRequestsPerDay,
        List<Integer> retrainMonths,
        List<Double> cumulativePrompted,
        List<Double> cumulativeFineTuned) {

    public CostResult {
        Objects.requireNonNull(prompted, "prompted");
        Objects.requireNonNull(fineTuned, "fineTuned");
        Objects.requireNonNull(breakEven, "breakEven");
        Objects.requireNonNull(breakEvenRequestsPerDay, "breakEvenRequestsPerDay");
        retrainMonths = List.copyOf(retrainMonths);
        cumulativePrompted = List.copyOf(cumulativePrompted);
        cumulativeFineTuned = List.copyOf(cumulativeFineTuned);
    }
}
