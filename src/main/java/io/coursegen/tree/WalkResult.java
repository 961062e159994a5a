package io.coursegen.tree;

import io.coursegen.model.tree.TreeNode;
import java.util.Objects;

/**
 * Where a walk through a decision tree ends: at a node, or at the first step that cannot be taken.
 * {@link #step()} is the number of answers followed, in both cases: on success every answer was
 * followed; on failure it is the position (from 0) of the answer that could not be taken, or for
 * {@link WalkError#MISSING_NODE}, the number of answers that led to the node that does not exist.
 */
public sealed interface WalkResult permits WalkResult.Reached, WalkResult.Failed {

    int step();

    /** Every answer was followed and led to {@code node}, a question still to answer or an outcome. */
    record Reached(TreeNode node, int step) implements WalkResult {
        public Reached {
            Objects.requireNonNull(node, "node");
        }
    }

    /**
     * A step could not be taken.
     *
     * @param node    the id of the node the walk stood at: the question without such an answer, the
     *                outcome already reached, or the node id that does not exist
     * @param message what went wrong, for people
     */
    record Failed(WalkError error, int step, String node, String message) implements WalkResult {
        public Failed {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(node, "node");
        }
    }
}
