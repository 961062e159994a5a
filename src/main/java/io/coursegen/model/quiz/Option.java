package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.Objects;

/**
 * One option of a choice question.
 *
 * @param id            unique within its question; responses name options by it
 * @param text          markdown shown to the learner
 * @param correct       whether picking it is right
 * @param feedback      markdown shown when the learner picked it, may be null
 * @param misconception a tag naming the misunderstanding that picking this (wrong) option reveals,
 *                      may be null; a quiz result lists the tags of the wrong options picked
 * @param fixed         keeps its authored position when options are shuffled, for options such as
 *                      "none of the above" whose place carries meaning
 */
public record Option(
        String id,
        String text,
        boolean correct,
        String feedback,
        String misconception,
        boolean fixed,
        SourceRef ref) {

    public Option {
        Objects.requireNonNull(id, "id");
    }
}
