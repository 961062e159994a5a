/**
 * Decision trees as immutable records: a {@link io.coursegen.model.tree.DecisionTree} holds
 * {@link io.coursegen.model.tree.TreeNode}s, each either a {@link io.coursegen.model.tree.QuestionNode}
 * (a question whose answers lead to other nodes) or an {@link io.coursegen.model.tree.OutcomeNode} (a
 * {@link io.coursegen.model.tree.Verdict} with the lessons that explain it). Every element carries the
 * {@link io.coursegen.model.SourceRef} where it is written, for error messages.
 *
 * <p>The records hold what the author wrote: a {@code next} may name no node, and the nodes may form
 * a cycle. The check stage reports such mistakes with their positions, and the walk in
 * {@code io.coursegen.tree} stays total on whatever it is given.
 */
package io.coursegen.model.tree;
