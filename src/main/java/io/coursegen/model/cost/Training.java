package io.coursegen.model.cost;

import java.util.List;

/**
 * The one-time cost of training the fine-tuned model, paid upfront (month 0): given directly, or as
 * training tokens × epochs × price.
 */
public sealed interface Training permits Training.Direct, Training.PerToken {

    /** Adds the problems of this training's fields to {@code out}, named {@code training.<field>}. */
    void validate(List<InputProblem> out);

    /**
     * A training cost known as a sum.
     *
     * @param cost the cost of the training run (USD, 0 to 1,000,000,000)
     */
    record Direct(double cost) implements Training {
        @Override
        public void validate(List<InputProblem> out) {
            Limits.ONE_OFF_COST.check("training.cost", cost, out);
        }
    }

    /**
     * A training cost worked out from the size of the run, as fine-tuning services bill it.
     *
     * @param tokens          tokens in the training set (tokens, 0 to 1,000,000,000,000)
     * @param epochs          passes over the training set (0 to 100; fractions allowed)
     * @param pricePerMillion price of training (USD per 1M training tokens, 0 to 10,000); every epoch
     *                        bills every token again
     */
    record PerToken(double tokens, double epochs, double pricePerMillion) implements Training {
        @Override
        public void validate(List<InputProblem> out) {
            Limits.TRAINING_TOKENS.check("training.tokens", tokens, out);
            Limits.EPOCHS.check("training.epochs", epochs, out);
            Limits.TRAINING_PRICE.check("training.pricePerMillion", pricePerMillion, out);
        }
    }
}
