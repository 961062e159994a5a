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
 * @param correctRef    where {@code correct: true} is written, for a correct option read from a file
 *                      (a second one in a single-choice question is reported there); else null
 */
public record Option(
        String id,
        String text,
        boolean correct,
        String feedback,
        String misconception,
        boolean fixed,
        SourceRef ref,
        SourceRef correctRef) {

    public Option {
        Objects.requireNonNull(id, "id");
    }

    /** An option made in code, or a wrong one: no place of its own for {@code correct}. */
    public Option(String id, String text, boolean correct, String feedback, String misconception, boolean fixed, SourceRef ref) {
        this(id, text, correct, feedback, misconception, fixed, ref, null);
    }

    /** Where this option is marked correct: its {@code correct:} if known, else the option. */
    public SourceRef correctAt() {
        return correctRef != null ? correctRef : ref;
    }
}
