package io.coursegen.load;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.SourceRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Applies YAML merge keys ({@code <<: *defaults}, or {@code <<: [*a, *b]}) to a composed node graph,
 * as YAML 1.1 and every YAML loader authors know do: the merged mapping's entries join the mapping,
 * and a key written in the mapping itself wins over a merged one; of several merged mappings the
 * first wins. SnakeYAML does this only while constructing Java objects, which coursegen never lets it
 * do (the nodes keep positions), so without this step {@code <<} reached the quiz schema as an
 * unknown key and the keys it should have brought in as missing ones: two errors for no mistake.
 *
 * <p>Merged entries keep their own nodes, so a mistake in one is reported where it is written, under
 * the anchor. Aliases are already limited by the parser, and merged entries are shared, not copied.
 */
final class YamlMerges {
    private YamlMerges() {}

    /**
     * Flattens every merge in the graph under {@code root}. A malformed one is reported at its value and
     * left out, so the rest of the mapping is still read and checked.
     */
    static void apply(String path, Node root, int lineOffset, Diagnostics diagnostics) {
        new Walk(path, lineOffset, diagnostics).visit(root);
    }

    private static final class Walk {
        private final String path;
        private final int lineOffset;
        private final Diagnostics diagnostics;
        private final Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());

        Walk(String path, int lineOffset, Diagnostics diagnostics) {
            this.path = path;
            this.lineOffset = lineOffset;
            this.diagnostics = diagnostics;
        }

        private void visit(Node node) {
            if (!done.add(node)) return; // an alias, or a mapping merged into several: once is enough
            if (node instanceof SequenceNode seq) {
                seq.getValue().forEach(this::visit);
            } else if (node instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    visit(t.getKeyNode());
                    visit(t.getValueNode());
                }
                merge(map);
            }
        }

        /** Replaces the {@code <<} entries of {@code map} (its values already flattened) by what they bring in. */
        private void merge(MappingNode map) {
            if (map.getValue().stream().noneMatch(Walk::isMerge)) return;
            List<NodeTuple> own = new ArrayList<>();
            List<NodeTuple> merged = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                if (!isMerge(t)) {
                    own.add(t);
                    continue;
                }
                Node value = t.getValueNode();
                if (value instanceof MappingNode m) {
                    merged.addAll(m.getValue());
                } else if (value instanceof SequenceNode seq && seq.getValue().stream().allMatch(n -> n instanceof MappingNode)) {
                    for (Node n : seq.getValue()) merged.addAll(((MappingNode) n).getValue());
                } else {
                    diagnostics.error(ref(value), "a merge key `<<` takes a mapping (`<<: *defaults`, the alias of an"
                            + " anchored mapping) or a list of them (`<<: [*a, *b]`), found " + kind(value));
                }
            }
            // Own keys first and kept; a merged key already present (written, or merged earlier) is dropped.
            Set<String> keys = new HashSet<>();
            List<NodeTuple> out = new ArrayList<>();
            for (NodeTuple t : own) {
                out.add(t);
                if (t.getKeyNode() instanceof ScalarNode k) keys.add(k.getValue());
            }
            for (NodeTuple t : merged) {
                if (!(t.getKeyNode() instanceof ScalarNode k) || keys.add(k.getValue())) out.add(t);
            }
            map.setValue(out);
            map.setMerged(false);
        }

        private static boolean isMerge(NodeTuple t) {
            return t.getKeyNode() instanceof ScalarNode k && Tag.MERGE.equals(k.getTag());
        }

        private SourceRef ref(Node n) {
            Mark m = n.getStartMark();
            return new SourceRef(path, m.getLine() + 1 + lineOffset, m.getColumn() + 1);
        }

        private static String kind(Node n) {
            if (n instanceof ScalarNode s) return "`" + s.getValue() + "`";
            return n instanceof SequenceNode ? "a list that holds something other than mappings" : "something else";
        }
    }
}
