package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Objects;

/** A "select all that apply" question: any number of options may be correct; partial credit. */
public record MultipleSelect(
        String id,
        String prompt,
        String explanation,
        io.coursegen.model.Tags tags,
        List<Option> options,
        SourceRef ref) implements ChoiceQuestion {

    public MultipleSelect {
        Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(tags, "tags");
        options = List.copyOf(options);
    }
}
