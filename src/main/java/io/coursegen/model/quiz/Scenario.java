package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * A scenario question: the learner reads a situation and picks the one right answer from a named
 * answer set of the course (such as {@code approaches}: prompting, rag, fine-tuning, hybrid). Graded
 * like a {@link SingleChoice}.
 *
 * @param answerSet the id of the course answer set the options come from
 * @param options   one option per answer offered, whose id is the answer's id in the set; the text is
 *                  the answer's label unless the author wrote a more specific one
 */
public record Scenario(
        String id,
        String prompt,
        String explanation,
        io.coursegen.model.Tags tags,
        String answerSet,
        List<Option> options,
        SourceRef ref) implements ChoiceQuestion {

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(answerSet, "answerSet");
        java.util.Objects.requireNonNull(tags, "tags");
        options = List.copyOf(options);
    }
}
