package io.coursegen.model.tree;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * A question of a decision tree; each answer leads to another node.
 *
 * @param question markdown shown to the learner
 * @param help     markdown that helps the learner answer, may be null
 * @param answers  the answers in the order they are shown
 */
public record QuestionNode(String id, String question, String help, List<Answer> answers, SourceRef ref)
        implements TreeNode {

    /** The kind name of question nodes. */
    public static final String KIND = "question";

    public QuestionNode {
        Objects.requireNonNull(id, "id");
        answers = List.copyOf(answers);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * One answer: plain text shown on its button, and the id of the node it leads to.
     *
     * @param ref     where the answer starts
     * @param nextRef where {@code next} is written
     */
    public record Answer(String label, String next, SourceRef ref, SourceRef nextRef) {
        public Answer {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(next, "next");
        }
    }
}
