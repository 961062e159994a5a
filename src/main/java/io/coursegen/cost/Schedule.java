package io.coursegen.cost;

/**
 * The cumulative costs of both options month by month, and the break-even month they give; see
 * {@link CostModel} for the definitions.
 *
 * @param promptedMonthly  the prompted option's cost per month (USD per month)
 * @param fineTunedMonthly the fine-tuned option's running cost per month (USD per month)
 * @param training         the training cost, paid in month 0 (USD)
 * @param retrainEvery     K, months between retrainings; 0 = never
 * @param retrainCost      the cost of each retraining (USD)
 */
record Schedule(double promptedMonthly, double fineTunedMonthly, double training, int retrainEvery,
        double retrainCost) {

    /** The prompted option's total cost by the end of month {@code m} (USD). */
    double prompted(int m) {
        return m * promptedMonthly;
    }

    /** The fine-tuned option's total cost by the end of month {@code m}, training included (USD). */
    double fineTuned(int m) {
        return training + m * fineTunedMonthly + retrainings(m) * retrainCost;
    }

    /** Retrainings paid by the end of month {@code m}: in months K+1, 2K+1, …; 0 before month 1. */
    int retrainings(int m) {
        return retrainEvery == 0 || m < 1 ? 0 : (m - 1) / retrainEvery;
    }

    /** The first month m ≥ 1 whose cumulative costs, in cents, favour fine-tuning or tie. */
    BreakEven breakEven(int horizonMonths) {
        for (int m = 1; m <= CostModel.MAX_BREAK_EVEN_MONTHS; m++) {
            if (Money.roundCents(fineTuned(m)) <= Money.roundCents(prompted(m))) {
                return BreakEven.at(m, horizonMonths);
            }
        }
        return BreakEven.never();
    }
}
