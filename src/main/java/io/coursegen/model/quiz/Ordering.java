package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * A question where the learner puts items in order (steps of a process, options from cheapest to
 * dearest...). Answered with a {@link Response.Order}.
 *
 * @param items        the items in their correct order
 * @param allOrNothing true: only the exact order scores, 1; false: partial credit for every pair of
 *                     items in the right relative order
 */
public record Ordering(
        String id,
        String prompt,
        String explanation,
        io.coursegen.model.Tags tags,
        List<Item> items,
        boolean allOrNothing,
        SourceRef ref) implements Question {

    public Ordering {
        Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(tags, "tags");
        items = List.copyOf(items);
    }

    /** One item to order: an id unique within the question and its markdown text. */
    public record Item(String id, String text, SourceRef ref) {
        public Item {
            Objects.requireNonNull(id, "id");
        }
    }

    /** The item ids in the correct order. */
    public List<String> itemIds() {
        return items.stream().map(Item::id).toList();
    }
}
