package io.coursegen.model.tree;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision tree: questions that lead a learner, one answer at a time, from {@code start} to an
 * outcome that names an approach.
 *
 * @param intro    markdown shown above the first question, may be null
 * @param start    the id of the first node
 * @param startRef where {@code start} is written
 * @param nodes    every node in written order; ids are unique
 * @param ref      the tree's file
 * @param markdown every markdown text of the file, parsed
 */
public record DecisionTree(
        String id,
        String title,
        String intro,
        String start,
        SourceRef startRef,
        List<TreeNode> nodes,
        SourceRef ref,
        io.coursegen.model.Snippets markdown) implements io.coursegen.model.Snippets.Holder {

    public DecisionTree {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        nodes = List.copyOf(nodes);
    }

    /** A tree made in code, its texts unparsed. */
    public DecisionTree(String id, String title, String intro, String start, SourceRef startRef, List<TreeNode> nodes, SourceRef ref) {
        this(id, title, intro, start, startRef, nodes, ref, io.coursegen.model.Snippets.none(ref == null ? null : ref.path()));
    }

    /** The node with this id, if the tree has one. */
    public Optional<TreeNode> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    /** The node ids in written order. */
    public List<String> nodeIds() {
        return nodes.stream().map(TreeNode::id).toList();
    }
}
