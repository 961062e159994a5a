package io.coursegen.model.exercise;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * One scenario of an exercise set: the learner reads it, picks one of {@code choices} and justifies the
 * pick, then compares with the accepted answers, ticks the rubric points covered and reads the model answer.
 *
 * @param id          unique across the course; the learner's saved work is kept under it
 * @param scenario    markdown
 * @param answerSet   the id of the course answer set the choices come from, or null for inline choices
 * @param choices     what the learner picks from, in the order shown
 * @param answers     the accepted choices, at least one, each with why
 * @param rubric      the points a good justification covers, at least one
 * @param modelAnswer markdown
 * @param hints       markdown, revealed one at a time
 * @param calculator  a cost-calculator preset to try, or null
 * @param tree        a decision tree to walk, or null
 * @param lessons     lessons to read, by path from the project root
 * @param reveal      when the model answer shows
 */
public record Exercise(
        String id,
        String title,
        String scenario,
        String answerSet,
        List<Choice> choices,
        List<AcceptedAnswer> answers,
        List<RubricPoint> rubric,
        String modelAnswer,
        List<String> hints,
        Link calculator,
        Link tree,
        List<Link> lessons,
        Reveal reveal,
        SourceRef ref) {

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reveal, "reveal");
        choices = List.copyOf(choices);
        answers = List.copyOf(answers);
        rubric = List.copyOf(rubric);
        hints = List.copyOf(hints);
        lessons = List.copyOf(lessons);
    }

    /** The label of a choice id, or the id itself when there is no such choice. */
    public String labelOf(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).map(Choice::label).findFirst().orElse(choiceId);
    }
}
