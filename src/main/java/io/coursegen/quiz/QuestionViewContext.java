package io.coursegen.quiz;

/**
 * What a {@link QuestionKind} is given to build its view: the renderer's markdown (sanitized as lesson
 * bodies are) and a seed for orders that must be the same in every build.
 */
public interface QuestionViewContext {

    /** Block HTML for {@code markdown}; empty for null. */
    String block(String markdown);

    /** Phrasing HTML for {@code markdown}, for a {@code <label>} or a list item; empty for null. */
    String inline(String markdown);

    /**
     * {@code markdown} for a form control: phrasing HTML for its {@code <label>}, and the blocks a label may
     * not hold (code blocks, lists, tables) as block HTML to show beside it, "" if none.
     */
    Labelled labelled(String markdown);

    /** A text split for a form control's label and the blocks shown beside it. */
    record Labelled(String label, String blocks) {}

    /** A seed unique to the question within the site, {@code quiz-id/question-id}, for reproducible shuffles. */
    String seed();
}
