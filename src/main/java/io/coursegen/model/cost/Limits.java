package io.coursegen.model.cost;

/**
 * The allowed range of every input field. The bounds keep the results meaningful and finite, not
 * realistic: a price of 10,000 USD per 1M tokens is far above any model's, but a learner exploring
 * "what if" should not hit a wall before the numbers stop meaning anything. The same table is in
 * {@code widget/calculator/cost-model.js}.
 */
final class Limits {

    static final Range REQUESTS_PER_DAY = Range.of(0, 1e9, "from 0 to 1,000,000,000 requests per day");
    static final Range TOKENS_PER_REQUEST = Range.of(0, 1e7, "from 0 to 10,000,000 tokens per request");
    static final Range PRICE_PER_MILLION = Range.of(0, 1e4, "from 0 to 10,000 USD per 1M tokens");
    static final Range MONTHLY_FIXED = Range.of(0, 1e9, "from 0 to 1,000,000,000 USD per month");
    static final Range ONE_OFF_COST = Range.of(0, 1e9, "from 0 to 1,000,000,000 USD");
    static final Range TRAINING_TOKENS = Range.of(0, 1e12, "from 0 to 1,000,000,000,000 tokens");
    static final Range EPOCHS = Range.of(0, 100, "from 0 to 100 epochs");
    static final Range TRAINING_PRICE = Range.of(0, 1e4, "from 0 to 10,000 USD per 1M training tokens");
    static final Range RETRAIN_EVERY = Range.wholeNumber(0, 120, "from 0 to 120 months (0 = never)");
    static final Range HORIZON = Range.wholeNumber(1, 120, "from 1 to 120 months");
    static final Range DAYS_PER_MONTH = Range.of(1, 31, "from 1 to 31 days");

    private Limits() {}
}
