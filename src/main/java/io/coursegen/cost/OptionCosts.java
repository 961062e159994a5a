package io.coursegen.cost;

/**
 * The running costs of one option, before any training or retraining.
 *
 * @param perRequest the cost of one request: its input and prompt tokens at the input price plus its
 *                   output tokens at the output price (USD per request)
 * @param perDay     {@code perRequest} × requests per day (USD per day); no fixed costs
 * @param perMonth   {@code perDay} × days per month + the option's monthly fixed cost (USD per month)
 */
public record OptionCosts(double perRequest, double perDay, double perMonth) {}
