package io.coursegen.cost;

import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.InputProblem;
import io.coursegen.model.cost.OptionInputs;
import io.coursegen.model.cost.Training;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The cost calculator: compares a prompted model with a fine-tuned one over a horizon of months.
 *
 * <p>The definitions, with P and F the prompted and fine-tuned options, T the training cost, K the
 * retraining interval, R the cost of a retraining and H the horizon:
 * <ul>
 *   <li><b>Training</b> T (USD): the {@link Training.Direct direct} cost, or training tokens × epochs ×
 *       price per 1M training tokens ÷ 1,000,000.
 *   <li><b>Running costs</b> of each option ({@link OptionCosts}): per request, (input tokens + the
 *       option's prompt tokens) × input price ÷ 1,000,000 + output tokens × output price ÷ 1,000,000;
 *       per day, that × requests per day; per month, that × days per month + the option's monthly
 *       fixed cost. The monthly saving is P's monthly cost − F's.
 *   <li><b>Retraining</b>: the model trained upfront serves months 1..K; each retraining is paid at
 *       the start of the month it first serves, so in months K+1, 2K+1, …; by the end of month m ≥ 1,
 *       ⌊(m − 1) / K⌋ retrainings have been paid (none when K = 0).
 *   <li><b>Cumulative cost</b> by the end of month m (m = 0..H; month 0 is upfront, before any
 *       request): P(m) = m × P's monthly cost; F(m) = T + m × F's monthly cost + retrainings(m) × R.
 *       Each is computed directly, not summed month by month, so it carries no accumulated rounding
 *       error and is non-decreasing in m.
 *   <li><b>Break-even month</b>: the first month m ≥ 1 with F(m) ≤ P(m), both rounded to the cent by
 *       {@link Money#roundCents}, so that it agrees with the cumulative costs the learner sees and an
 *       exact tie is not lost to binary rounding. Month 0 is never it: before any request the
 *       prompted option costs nothing, and a fine-tuned option with no training would otherwise
 *       "break even" at month 0 even when it costs more every month after. Months past the horizon
 *       follow the same schedule; the search stops at {@value #MAX_BREAK_EVEN_MONTHS} months (100
 *       years), and "never" means not by then: a finite search gives an exact answer where an
 *       extrapolation to infinity would hinge on the last bit of a near-zero saving. With no
 *       training cost, it is month 1 whenever F's monthly cost is no higher than P's (no retraining
 *       is paid before month 2).
 *   <li><b>Break-even volume</b> (requests per day): with v requests a day, D days a month, p the
 *       per-request costs and f the monthly fixed costs, P costs v × D × p_P + f_P a month and F
 *       costs v × D × p_F + f_F + (T + n × R) ÷ H, where n is the number of retrainings within the
 *       horizon: the one-off costs spread evenly over the horizon. They are equal at
 *       v = (f_F − f_P + (T + n × R) ÷ H) ÷ ((p_P − p_F) × D). Above it fine-tuning costs less. When
 *       that is below 0, fine-tuning costs less at any volume, and the volume is 0. When p_F ≥ p_P
 *       no volume makes fine-tuning cheaper for good, and there is none.
 * </ul>
 * Every value is computed in doubles with the operations in the order written here, left to right,
 * as {@code widget/calculator/cost-model.js} does, so that the browser gets the same doubles.
 */
public final class CostModel {

    /** How far the break-even search looks, in months: 100 years, beyond any cost estimate. */
    public static final int MAX_BREAK_EVEN_MONTHS = 1200;

    /** Prices are per 1M tokens. */
    static final double TOKENS_PER_PRICE_UNIT = 1_000_000;

    private CostModel() {}

    /**
     * Computes every output of the calculator for valid inputs.
     *
     * @throws IllegalArgumentException if {@link CostInputs#validate()} finds a problem; the message
     *     lists them all
     */
    public static CostResult compute(CostInputs in) {
        List<InputProblem> problems = in.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid cost inputs: "
                    + problems.stream().map(InputProblem::toString).collect(Collectors.joining("; ")));
        }
        double training = trainingCost(in.training());
        OptionCosts prompted = running(in.prompted(), in);
        OptionCosts fineTuned = running(in.fineTuned(), in);
        int horizon = (int) in.horizonMonths();
        Schedule schedule = new Schedule(prompted.perMonth(), fineTuned.perMonth(), training,
                (int) in.retrainEveryMonths(), in.retrainCost());

        List<Double> cumulativePrompted = new ArrayList<>();
        List<Double> cumulativeFineTuned = new ArrayList<>();
        List<Integer> retrainMonths = new ArrayList<>();
        for (int m = 0; m <= horizon; m++) {
            cumulativePrompted.add(schedule.prompted(m));
            cumulativeFineTuned.add(schedule.fineTuned(m));
            if (schedule.retrainings(m) > schedule.retrainings(m - 1)) {
                retrainMonths.add(m);
            }
        }
        double oneOff = training + schedule.retrainings(horizon) * in.retrainCost();
        return new CostResult(training, prompted, fineTuned, prompted.perMonth() - fineTuned.perMonth(),
                schedule.breakEven(horizon),
                BreakEvenVolume.of(prompted, fineTuned, in, oneOff),
                retrainMonths, cumulativePrompted, cumulativeFineTuned);
    }

    /** The one-time training cost (USD). */
    static double trainingCost(Training training) {
        if (training instanceof Training.PerToken t) {
            return t.tokens() * t.epochs() * t.pricePerMillion() / TOKENS_PER_PRICE_UNIT;
        }
        return ((Training.Direct) training).cost();
    }

    /** The running costs of one option (USD per request, per day, per month). */
    static OptionCosts running(OptionInputs option, CostInputs in) {
        double perRequest = (in.inputTokens() + option.promptTokens()) * option.inputPricePerMillion()
                / TOKENS_PER_PRICE_UNIT
                + in.outputTokens() * option.outputPricePerMillion() / TOKENS_PER_PRICE_UNIT;
        double perDay = perRequest * in.requestsPerDay();
        double perMonth = perDay * in.daysPerMonth() + option.monthlyFixed();
        return new OptionCosts(perRequest, perDay, perMonth);
    }
}
