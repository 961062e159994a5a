package io.coursegen.model.tree;

import io.coursegen.model.SourceRef;

/** One node of a decision tree: a question that leads on, or an outcome where a walk ends. */
public sealed interface TreeNode permits QuestionNode, OutcomeNode {

    /** Unique within its tree; answers name the node they lead to by it. */
    String id();

    /** {@code "question"} or {@code "outcome"}, as the client JSON and the walk results say it. */
    String kind();

    /** Where the node's id is written. */
    SourceRef ref();
}
