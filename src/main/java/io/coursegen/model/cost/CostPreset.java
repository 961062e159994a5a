package io.coursegen.model.cost;

import io.coursegen.model.SourceRef;
import java.util.Objects;

/**
 * A named scenario for the cost calculator, read from {@code content/widgets/cost-presets.yaml}: the
 * calculator's inputs plus what a learner needs to judge them.
 *
 * @param id          the preset's id, used by {@code {{calculator id}}} in lessons and in the page's URL
 * @param title       a short name shown in the preset selector
 * @param pricesAsOf  the date the prices were taken from (ISO {@code YYYY-MM-DD}); prices change
 * @param description markdown shown with the preset: where the figures come from, what is assumed
 * @param inputs      the calculator's inputs; {@link CostInputs#validate()} finds nothing wrong with them
 * @param ref         where the preset starts in the file
 * @param markdown    its description, parsed
 */
public record CostPreset(String id, String title, String pricesAsOf, String description, CostInputs inputs, SourceRef ref,
        io.coursegen.model.Snippets markdown) implements io.coursegen.model.Snippets.Holder {

    public CostPreset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pricesAsOf, "pricesAsOf");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(markdown, "markdown");
    }

    /** A preset made in code, its description unparsed. */
    public CostPreset(String id, String title, String pricesAsOf, String description, CostInputs inputs, SourceRef ref) {
        this(id, title, pricesAsOf, description, inputs, ref, io.coursegen.model.Snippets.none(ref == null ? null : ref.path()));
    }
}
