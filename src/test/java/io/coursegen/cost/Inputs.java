package io.coursegen.cost;

import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.OptionInputs;
import io.coursegen.model.cost.Training;

/**
 * Builds {@link CostInputs} for tests, starting from the worked example of source 003 or from
 * nothing at all, so that each test states only what it changes.
 */
final class Inputs {

    private double requestsPerDay;
    private double inputTokens;
    private double outputTokens;
    private double[] prompted = new double[4];
    private double[] fineTuned = new double[4];
    private Training training = new Training.Direct(0);
    private double retrainEveryMonths;
    private double retrainCost;
    private double horizonMonths = 12;
    private double daysPerMonth = CostInputs.DEFAULT_DAYS_PER_MONTH;

    private Inputs() {}

    /**
     * Source 003: 10,000 requests a day of 200 tokens; the prompted model has a 500-token system
     * prompt at 5 USD per 1M input tokens, the fine-tuned one a 50-token prompt at 0.30 USD per 1M;
     * no output tokens, no training, no fixed costs; 12 months of 30 days.
     */
    static Inputs workedExample() {
        return zero().requests(10_000).inputTokens(200).prompted(500, 5, 0, 0).fineTuned(50, 0.3, 0, 0);
    }

    /** No traffic, no prices, no costs: a 12-month horizon of 30-day months. */
    static Inputs zero() {
        return new Inputs();
    }

    Inputs requests(double perDay) {
        requestsPerDay = perDay;
        return this;
    }

    Inputs inputTokens(double tokens) {
        inputTokens = tokens;
        return this;
    }

    Inputs outputTokens(double tokens) {
        outputTokens = tokens;
        return this;
    }

    /** The prompted option: prompt tokens, input and output price (USD per 1M), fixed USD per month. */
    Inputs prompted(double promptTokens, double inputPrice, double outputPrice, double monthlyFixed) {
        prompted = new double[] {promptTokens, inputPrice, outputPrice, monthlyFixed};
        return this;
    }

    /** The fine-tuned option, as {@link #prompted}. */
    Inputs fineTuned(double promptTokens, double inputPrice, double outputPrice, double monthlyFixed) {
        fineTuned = new double[] {promptTokens, inputPrice, outputPrice, monthlyFixed};
        return this;
    }

    Inputs promptedFixed(double usdPerMonth) {
        prompted[3] = usdPerMonth;
        return this;
    }

    Inputs fineTunedFixed(double usdPerMonth) {
        fineTuned[3] = usdPerMonth;
        return this;
    }

    Inputs training(double usd) {
        training = new Training.Direct(usd);
        return this;
    }

    Inputs training(Training t) {
        training = t;
        return this;
    }

    Inputs retrain(double everyMonths, double usd) {
        retrainEveryMonths = everyMonths;
        retrainCost = usd;
        return this;
    }

    Inputs horizon(double months) {
        horizonMonths = months;
        return this;
    }

    Inputs days(double perMonth) {
        daysPerMonth = perMonth;
        return this;
    }

    CostInputs build() {
        return new CostInputs(requestsPerDay, inputTokens, outputTokens, option(prompted), option(fineTuned),
                training, retrainEveryMonths, retrainCost, horizonMonths, daysPerMonth);
    }

    CostResult compute() {
        return CostModel.compute(build());
    }

    private static OptionInputs option(double[] o) {
        return new OptionInputs(o[0], o[1], o[2], o[3]);
    }
}
