/**
 * The answer logic of the cost calculator: pure functions, no I/O.
 *
 * <p>{@link io.coursegen.cost.CostModel#compute} turns {@link io.coursegen.model.cost.CostInputs} into
 * a {@link io.coursegen.cost.CostResult}; {@link io.coursegen.cost.Money} rounds its USD amounts to
 * the cent for display; {@link io.coursegen.cost.CostJson} reads and writes the JSON shape the page
 * and the test vectors use. The browser computes with {@code widget/calculator/cost-model.js}, the same model
 * with the same operations in the same order, so that both give the same doubles to the last bit.
 * The vectors in {@code src/test/resources/io/coursegen/widget/calculator/cost.json} run against both: change the two
 * together.
 */
package io.coursegen.cost;
