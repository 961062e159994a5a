package io.coursegen.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.SourceRef;
import io.coursegen.model.tree.DecisionTree;
import io.coursegen.model.tree.OutcomeNode;
import io.coursegen.model.tree.QuestionNode;
import io.coursegen.model.tree.TreeNode;
import io.coursegen.model.tree.Verdict;
import io.coursegen.quiz.QuizClientJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The JSON a page embeds for the decision-tree widget, which {@code widget/tree/tree-walk.js} walks, and
 * which the shared test vectors are written in. It carries what walking needs: node ids and kinds,
 * each answer's label and target, each outcome's verdict. Questions, help, titles, explanations and
 * lesson links are markdown or URLs that the page renders as HTML, keyed by node id, and are not
 * repeated here.
 *
 * <p>A tree, keys in this order, nodes in written order:
 * <pre>
 * {"id": "format-or-knowledge", "start": "prompt-enough",
 *  "nodes": [
 *    {"id": "prompt-enough", "kind": "question",
 *     "answers": [{"label": "Yes", "next": "ship-the-prompt"}, {"label": "No", "next": "style-gap"}]},
 *    {"id": "ship-the-prompt", "kind": "outcome", "verdict": "prompting"}, ...]}
 * </pre>
 * Nodes are a list, not an object keyed by id: a page reading ids such as {@code __proto__} or
 * {@code 1} as object keys would meet the prototype or JavaScript's reordering of integer keys.
 *
 * <p>What {@code walk} returns: {@code {"node": "style-gap", "kind": "question", "step": 1}} or
 * {@code {"error": "no-such-answer" | "after-outcome" | "missing-node", "step": 1, "node": "style-gap"}}
 * (see {@link WalkResult}). What {@code paths} returns:
 * {@code [{"steps": [{"node": "prompt-enough", "answer": 0}], "outcome": "ship-the-prompt"}, ...]}.
 *
 * <p>The reader is strict, so that a typo in a vector file fails loudly: an unknown or missing key, a
 * value of the wrong JSON type, an unknown kind or verdict, or a node id used twice throws
 * {@link IllegalArgumentException} naming the element.
 */
public final class TreeClientJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TreeClientJson() {}

    /** The client JSON of a tree. */
    public static ObjectNode tree(DecisionTree tree) {
        ObjectNode out = NODES.objectNode();
        out.put("id", tree.id());
        out.put("start", tree.start());
        ArrayNode nodes = out.putArray("nodes");
        for (TreeNode node : tree.nodes()) {
            ObjectNode n = nodes.addObject();
            n.put("id", node.id());
            n.put("kind", node.kind());
            if (node instanceof QuestionNode q) {
                ArrayNode answers = n.putArray("answers");
                q.answers().forEach(a -> answers.addObject().put("label", a.label()).put("next", a.next()));
            } else {
                n.put("verdict", ((OutcomeNode) node).verdict().key());
            }
        }
        return out;
    }

    /** What the browser's {@code walk} returns for the same walk. */
    public static ObjectNode walkResult(WalkResult result) {
        ObjectNode out = NODES.objectNode();
        if (result instanceof WalkResult.Reached r) {
            out.put("node", r.node().id());
            out.put("kind", r.node().kind());
            out.put("step", r.step());
        } else {
            WalkResult.Failed f = (WalkResult.Failed) result;
            out.put("error", f.error().key());
            out.put("step", f.step());
            out.put("node", f.node());
        }
        return out;
    }

    /** What the browser's {@code paths} returns for the same tree. */
    public static ArrayNode paths(List<TreePath> paths) {
        ArrayNode out = NODES.arrayNode();
        for (TreePath path : paths) {
            ObjectNode p = out.addObject();
            ArrayNode steps = p.putArray("steps");
            path.steps().forEach(s -> steps.addObject().put("node", s.question().id()).put("answer", s.answerIndex()));
            p.put("outcome", path.outcome().id());
        }
        return out;
    }

    /** Compact JSON text, safe inside {@code <script type="application/json">}; as {@link QuizClientJson#toEmbeddedJson}. */
    public static String toEmbeddedJson(JsonNode node) {
        return QuizClientJson.toEmbeddedJson(node);
    }

    /** Reads a tree from its client JSON: every element gets {@code ref}, and there is no text. */
    public static DecisionTree readTree(JsonNode node, SourceRef ref) {
        object(node, "tree");
        String id = string(node, "id", "tree");
        String context = "tree `" + id + "`";
        allow(node, context, "id", "start", "nodes");
        List<TreeNode> nodes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode n : array(node, "nodes", context)) {
            TreeNode read = readNode(n, context, ref);
            if (!ids.add(read.id())) throw new IllegalArgumentException(context + ": node id `" + read.id() + "` is used twice");
            nodes.add(read);
        }
        return new DecisionTree(id, null, null, string(node, "start", context), ref, nodes, ref);
    }

    private static TreeNode readNode(JsonNode node, String treeContext, SourceRef ref) {
        object(node, treeContext + " node");
        String id = string(node, "id", treeContext + " node");
        String context = treeContext + " node `" + id + "`";
        String kind = string(node, "kind", context);
        if (kind.equals(QuestionNode.KIND)) {
            allow(node, context, "id", "kind", "answers");
            List<QuestionNode.Answer> answers = new ArrayList<>();
            for (JsonNode a : array(node, "answers", context)) {
                object(a, context + " answer");
                allow(a, context + " answer", "label", "next");
                answers.add(new QuestionNode.Answer(string(a, "label", context + " answer"), string(a, "next", context + " answer"), ref, ref));
            }
            return new QuestionNode(id, null, null, answers, ref);
        }
        if (kind.equals(OutcomeNode.KIND)) {
            allow(node, context, "id", "kind", "verdict");
            String verdict = string(node, "verdict", context);
            return new OutcomeNode(id, Verdict.fromKey(verdict).orElseThrow(() -> new IllegalArgumentException(
                    context + ": unknown verdict `" + verdict + "`, expected one of " + String.join(", ", Verdict.keys()))),
                    null, null, List.of(), ref);
        }
        throw new IllegalArgumentException(context + ": unknown kind `" + kind + "`, expected `question` or `outcome`");
    }

    private static void object(JsonNode node, String context) {
        if (node == null || !node.isObject()) throw new IllegalArgumentException(context + ": expected an object, got " + node);
    }

    private static void allow(JsonNode node, String context, String... keys) {
        Set<String> allowed = new TreeSet<>(List.of(keys));
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(context + ": unknown key `" + k + "`, expected one of "
                        + allowed.stream().map(a -> "`" + a + "`").collect(Collectors.joining(", ")));
            }
        });
    }

    private static String string(JsonNode node, String key, String context) {
        JsonNode v = node.get(key);
        if (v == null) throw new IllegalArgumentException(context + ": missing key `" + key + "`");
        if (!v.isTextual()) throw new IllegalArgumentException(context + ": `" + key + "` must be a string, got " + v);
        return v.textValue();
    }

    private static Iterable<JsonNode> array(JsonNode node, String key, String context) {
        JsonNode v = node.get(key);
        if (v == null) throw new IllegalArgumentException(context + ": missing key `" + key + "`");
        if (!v.isArray()) throw new IllegalArgumentException(context + ": `" + key + "` must be an array, got " + v);
        return v;
    }
}
