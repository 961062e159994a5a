/**
 * The answer logic of decision trees: pure functions, no I/O.
 *
 * <p>{@link io.coursegen.tree.TreeWalker} follows a learner's answers from the start node
 * ({@link io.coursegen.tree.TreeWalker#walk}) and lists every path to an outcome
 * ({@link io.coursegen.tree.TreeWalker#paths}); {@link io.coursegen.tree.TreeGraph} answers the
 * questions the checker asks about the graph (reachable nodes, cycles, number of paths);
 * {@link io.coursegen.tree.TreeClientJson} writes the JSON a page embeds for the widget. The browser
 * walks with {@code widget/tree/tree-walk.js}, which implements the same walk on that JSON. The test vectors
 * in {@code src/test/resources/io/coursegen/widget/tree/tree-walk.json} run against both, so a change to the walk here
 * must be made there too.
 */
package io.coursegen.tree;
