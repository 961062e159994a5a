package io.coursegen.model.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the cost calculator needs to compare a prompted model with a fine-tuned one.
 *
 * <p>Every request sends {@code inputTokens} of its own plus its option's
 * {@link OptionInputs#promptTokens() promptTokens}, and receives {@code outputTokens}. Month 0 is the
 * moment before the first request: the training is paid then. The model trained upfront serves months
 * 1 to K (K = {@code retrainEveryMonths}); a retraining is paid at the start of month K+1 and serves
 * the next K months, and so on. The arithmetic is {@code io.coursegen.cost.CostModel}'s.
 *
 * <p>The record holds any values; {@link #validate()} says which are out of range.
 *
 * @param requestsPerDay     requests a day, the same for both options (requests per day,
 *                           0 to 1,000,000,000; fractions allowed, as an average)
 * @param inputTokens        the request's own input, without any prompt (tokens per request,
 *                           0 to 10,000,000)
 * @param outputTokens       the answer (tokens per request, 0 to 10,000,000)
 * @param prompted           the prompted option: a general model with a long prompt
 * @param fineTuned          the fine-tuned option: a tuned model with a short prompt
 * @param training           the one-time cost of training, paid in month 0
 * @param retrainEveryMonths K: retrain every K months, in months K+1, 2K+1, …; 0 = never
 *                           (whole months, 0 to 120)
 * @param retrainCost        the cost of each retraining (USD, 0 to 1,000,000,000)
 * @param horizonMonths      how far ahead to compare (whole months, 1 to 120)
 * @param daysPerMonth       days in a month (days, 1 to 31; fractions allowed, such as 30.4375);
 *                           {@value #DEFAULT_DAYS_PER_MONTH} by default, as in the course's sources
 */
public record CostInputs(
        double requestsPerDay,
        double inputTokens,
        double outputTokens,
        OptionInputs prompted,
        OptionInputs fineTuned,
        Training training,
        double retrainEveryMonths,
        double retrainCost,
        double horizonMonths,
        double daysPerMonth) {

    /** Days in a month when none are given: the figure the worked example of source 003 uses. */
    public static final double DEFAULT_DAYS_PER_MONTH = 30;

    public CostInputs {
        Objects.requireNonNull(prompted, "prompted");
        Objects.requireNonNull(fineTuned, "fineTuned");
        Objects.requireNonNull(training, "training");
    }

    /**
     * Every field outside its range, in the order of the fields, each with its allowed range; empty
     * when the inputs can be computed. NaN and the infinities are never allowed; month counts must
     * be whole numbers. {@code widget/calculator/cost-model.js} gives the same list for the same inputs.
     */
    public List<InputProblem> validate() {
        List<InputProblem> out = new ArrayList<>();
        Limits.REQUESTS_PER_DAY.check("requestsPerDay", requestsPerDay, out);
        Limits.TOKENS_PER_REQUEST.check("inputTokens", inputTokens, out);
        Limits.TOKENS_PER_REQUEST.check("outputTokens", outputTokens, out);
        prompted.validate("prompted", out);
        fineTuned.validate("fineTuned", out);
        training.validate(out);
        Limits.RETRAIN_EVERY.check("retrainEveryMonths", retrainEveryMonths, out);
        Limits.ONE_OFF_COST.check("retrainCost", retrainCost, out);
        Limits.HORIZON.check("horizonMonths", horizonMonths, out);
        Limits.DAYS_PER_MONTH.check("daysPerMonth", daysPerMonth, out);
        return List.copyOf(out);
    }
}
