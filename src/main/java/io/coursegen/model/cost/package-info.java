/**
 * The inputs of the cost calculator as immutable records: {@link io.coursegen.model.cost.CostInputs}
 * holds the traffic, one {@link io.coursegen.model.cost.OptionInputs} for each option (the prompted
 * model and the fine-tuned one), the {@link io.coursegen.model.cost.Training} and the time frame.
 *
 * <p>Units are fixed, and every name and Javadoc says which: money in USD, prices in USD per 1M tokens,
 * token counts in tokens, time in months and days. The records accept any double, so that whatever a
 * form or a preset file holds can be represented and then reported by
 * {@link io.coursegen.model.cost.CostInputs#validate()}, field by field, with the allowed range. The
 * arithmetic lives in {@code io.coursegen.cost}.
 */
package io.coursegen.model.cost;
