package io.coursegen.model.cost;

import java.util.List;

/**
 * What one option costs to run: the prompted model, or the fine-tuned one.
 *
 * @param promptTokens          tokens every request sends on top of its own input: the prompted
 *                              option's system prompt and few-shot examples, or the fine-tuned
 *                              option's shorter prompt (tokens per request, 0 to 10,000,000)
 * @param inputPricePerMillion  price of input tokens (USD per 1M tokens, 0 to 10,000)
 * @param outputPricePerMillion price of output tokens (USD per 1M tokens, 0 to 10,000)
 * @param monthlyFixed          cost paid every month whatever the traffic, such as hosting a
 *                              dedicated model or maintenance (USD per month, 0 to 1,000,000,000)
 */
public record OptionInputs(
        double promptTokens,
        double inputPricePerMillion,
        double outputPricePerMillion,
        double monthlyFixed) {

    /** Adds the problems of these fields to {@code out}, their names prefixed with {@code prefix + "."}. */
    void validate(String prefix, List<InputProblem> out) {
        Limits.TOKENS_PER_REQUEST.check(prefix + ".promptTokens", promptTokens, out);
        Limits.PRICE_PER_MILLION.check(prefix + ".inputPricePerMillion", inputPricePerMillion, out);
        Limits.PRICE_PER_MILLION.check(prefix + ".outputPricePerMillion", outputPricePerMillion, out);
        Limits.MONTHLY_FIXED.check(prefix + ".monthlyFixed", monthlyFixed, out);
    }
}
