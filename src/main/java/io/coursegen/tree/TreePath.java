package io.coursegen.tree;

import io.coursegen.model.tree.OutcomeNode;
import io.coursegen.model.tree.QuestionNode;
import java.util.List;
import java.util.Objects;

/**
 * One way through a decision tree: the answer taken at each question from the start, and the outcome
 * it ends at.
 */
public record TreePath(List<Step> steps, OutcomeNode outcome) {

    public TreePath {
        steps = List.copyOf(steps);
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The answers of this path by position, as {@link TreeWalker#walk} takes them. */
    public List<Choice> choices() {
        return steps.stream().map(s -> Choice.index(s.answerIndex())).toList();
    }

    /** A question on the path and the position (from 0) of the answer taken there. */
    public record Step(QuestionNode question, int answerIndex) {
        public Step {
            Objects.requireNonNull(question, "question");
        }

        /** The answer taken. */
        public QuestionNode.Answer answer() {
            return question.answers().get(answerIndex);
        }
    }
}
