package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * A question answered with a short text, right when it matches one of the accepted answers after
 * both are normalized (case, width, spacing and trailing punctuation do not matter; see
 * {@code io.coursegen.quiz.TextNormalizer}).
 *
 * @param accepted the accepted answers as the author wrote them, not normalized
 * @param mistakes anticipated wrong answers with their feedback, in the order they are tried
 */
public record ShortAnswer(
        String id,
        String prompt,
        String explanation,
        io.coursegen.model.Tags tags,
        List<String> accepted,
        SourceRef ref,
        List<Mistake> mistakes) implements Question {

    public ShortAnswer {
        Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(tags, "tags");
        mistakes = List.copyOf(mistakes);
        accepted = List.copyOf(accepted);
    }

    /** A question without anticipated mistakes. */
    public ShortAnswer(String id, String prompt, String explanation, io.coursegen.model.Tags tags, List<String> accepted, SourceRef ref) {
        this(id, prompt, explanation, tags, accepted, ref, List.of());
    }
}
