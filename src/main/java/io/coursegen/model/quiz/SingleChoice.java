package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Objects;

/** A question with exactly one correct option among several; the learner picks one. */
public record SingleChoice(
        String id,
        String prompt,
        String explanation,
        io.coursegen.model.Tags tags,
        List<Option> options,
        SourceRef ref) implements ChoiceQuestion {

    public SingleChoice {
        Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(tags, "tags");
        options = List.copyOf(options);
    }
}
