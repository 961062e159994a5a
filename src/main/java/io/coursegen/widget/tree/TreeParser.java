package io.coursegen.widget.tree;

import io.coursegen.load.SourceText;
import io.coursegen.load.Suggest;
import io.coursegen.load.YamlMap;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.SourceRef;
import io.coursegen.model.tree.DecisionTree;
import io.coursegen.model.tree.OutcomeNode;
import io.coursegen.model.tree.QuestionNode;
import io.coursegen.model.tree.TreeNode;
import io.coursegen.model.tree.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one decision tree file {@code content/widgets/decision-trees/<id>.yaml} into a
 * {@link DecisionTree}. A node's keys say its kind: {@code question}, {@code help} and {@code answers}
 * make a question, {@code verdict}, {@code title}, {@code explanation} and {@code lessons} an outcome;
 * each kind allows only its own keys. Rules about the graph (every {@code next} exists, no cycle, every
 * node reachable, lessons that exist) need the whole tree and the course, and are
 * {@code TreeChecker}'s; this class only reads what is written.
 */
public final class TreeParser {
    public static final List<String> TREE_KEYS = List.of("id", "title", "intro", "start", "nodes");
    public static final List<String> QUESTION_KEYS = List.of("question", "help", "answers");
    public static final List<String> OUTCOME_KEYS = List.of("verdict", "title", "explanation", "lessons");
    public static final List<String> ANSWER_KEYS = List.of("label", "next");
    /** Question keys first: a node that is not a mapping is told "such as `question: ...`". */
    static final List<String> NODE_KEYS = Stream.concat(QUESTION_KEYS.stream(), OUTCOME_KEYS.stream()).toList();
    /**
     * Node ids are written in {@code next:} and will name anchors in pages; keeping them to a plain
     * alphabet keeps both safe to write and to link.
     */
    static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final String path;
    private final Diagnostics diagnostics;

    private TreeParser(String path, Diagnostics diagnostics) {
        this.path = path;
        this.diagnostics = diagnostics;
    }

    /** Reads and parses {@code file}, shown to authors as {@code path}. */
    public static Optional<DecisionTree> fromFile(Path file, String path, Diagnostics diagnostics) {
        return SourceText.read(file, path, diagnostics).flatMap(text -> parse(path, text, diagnostics));
    }

    /**
     * Parses decision tree YAML; problems go to {@code diagnostics}. Empty if the file has any error,
     * so that the checker never reports follow-on errors about a half-read tree (a node dropped for
     * a misspelt key would otherwise turn every answer leading to it into an "unknown node").
     */
    public static Optional<DecisionTree> parse(String path, String text, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Optional<DecisionTree> tree = new TreeParser(path, own).parse(text);
        diagnostics.addAll(own);
        return own.hasErrors() ? Optional.empty() : tree;
    }

    private Optional<DecisionTree> parse(String text) {
        Optional<YamlMap> map = YamlMap.parse(path, text, 0, TREE_KEYS, "a decision tree", diagnostics);
        if (map.isEmpty()) return Optional.empty();
        YamlMap m = map.get();
        Optional<String> id = m.text("id", true);
        String fileId = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        id.filter(i -> !i.equals(fileId)).ifPresent(i -> diagnostics.error(m.refOf("id"),
                "decision tree id `" + i + "` differs from its file name; name the file `" + i + ".yaml` or set `id: " + fileId + "`"));
        Optional<String> title = m.text("title", true);
        String intro = m.markdown("intro", false).orElse(null);
        Optional<String> start = m.text("start", true);
        if (!m.has("nodes")) m.reportMissing("nodes", "");
        List<TreeNode> nodes = new ArrayList<>();
        for (YamlMap.Entry e : m.entriesOf("nodes")) node(m, e).ifPresent(nodes::add);
        if (id.isEmpty() || title.isEmpty() || start.isEmpty()) return Optional.empty();
        return Optional.of(new DecisionTree(id.get(), title.get(), intro, start.get(), m.refOf("start"), nodes, SourceRef.file(path), m.snippets()));
    }

    /** Reads one entry of {@code nodes:}; its keys decide whether it is a question or an outcome. */
    private Optional<TreeNode> node(YamlMap tree, YamlMap.Entry entry) {
        String id = entry.name();
        if (!NODE_ID.matcher(id).matches()) {
            diagnostics.error(entry.ref(), "node id `" + id + "` may hold only letters, digits, `-` and `_`, starting with a letter or digit");
        }
        Node value = entry.value();
        if (!(value instanceof MappingNode mapping)) {
            tree.child(value, NODE_KEYS, "node `" + id + "`");
            return Optional.empty();
        }
        List<String> keys = keysOf(mapping);
        List<String> questionKeys = keys.stream().filter(QUESTION_KEYS::contains).toList();
        List<String> outcomeKeys = keys.stream().filter(OUTCOME_KEYS::contains).toList();
        if (questionKeys.isEmpty() == outcomeKeys.isEmpty()) {
            // Unknown keys are reported against every node key, so `questoin:` still gets its "did you mean".
            tree.child(value, NODE_KEYS, "node `" + id + "`");
            diagnostics.error(entry.ref(), (questionKeys.isEmpty()
                    ? "node `" + id + "` is neither a question nor an outcome; "
                    : "node `" + id + "` mixes question keys (" + quoted(questionKeys) + ") with outcome keys ("
                            + quoted(outcomeKeys) + "); a node is one or the other: ")
                    + "a question has " + quoted(QUESTION_KEYS) + ", an outcome has " + quoted(OUTCOME_KEYS));
            return Optional.empty();
        }
        return questionKeys.isEmpty() ? outcome(tree, entry) : question(tree, entry);
    }

    private Optional<TreeNode> question(YamlMap tree, YamlMap.Entry entry) {
        Optional<YamlMap> map = tree.child(entry.value(), QUESTION_KEYS, "question `" + entry.name() + "`");
        if (map.isEmpty()) return Optional.empty();
        YamlMap q = map.get();
        Optional<String> question = q.markdown("question", true);
        String help = q.markdown("help", false).orElse(null);
        List<QuestionNode.Answer> answers = new ArrayList<>();
        for (Node a : q.list("answers", false)) answer(q, a, entry.name()).ifPresent(answers::add);
        return question.map(text -> new QuestionNode(entry.name(), text, help, answers, entry.ref()));
    }

    private Optional<QuestionNode.Answer> answer(YamlMap question, Node node, String questionId) {
        Optional<YamlMap> map = question.child(node, ANSWER_KEYS, "an answer of `" + questionId + "`");
        if (map.isEmpty()) return Optional.empty();
        YamlMap a = map.get();
        Optional<String> label = a.text("label", true);
        Optional<String> next = a.text("next", true);
        if (label.isEmpty() || next.isEmpty()) return Optional.empty();
        return Optional.of(new QuestionNode.Answer(label.get().strip(), next.get(), a.ref(), a.refOf("next")));
    }

    private Optional<TreeNode> outcome(YamlMap tree, YamlMap.Entry entry) {
        Optional<YamlMap> map = tree.child(entry.value(), OUTCOME_KEYS, "outcome `" + entry.name() + "`");
        if (map.isEmpty()) return Optional.empty();
        YamlMap o = map.get();
        Optional<Verdict> verdict = o.text("verdict", true).flatMap(v -> {
            Optional<Verdict> known = Verdict.fromKey(v);
            if (known.isEmpty()) {
                diagnostics.error(o.refOf("verdict"), "unknown verdict `" + v + "`, expected one of "
                        + String.join(", ", Verdict.keys()) + suggestVerdict(v));
            }
            return known;
        });
        Optional<String> title = o.text("title", true);
        String explanation = o.markdown("explanation", false).orElse(null);
        List<OutcomeNode.LessonLink> lessons = new ArrayList<>();
        for (YamlMap.Located l : o.textList("lessons")) {
            if (l.value().contains("#")) {
                // The checker knows which lessons exist but not their headings, so an anchor could not be checked.
                diagnostics.error(l.ref(), "`" + l.value() + "`: `lessons` lists lesson files without a `#heading`;"
                        + " write `" + l.value().substring(0, l.value().indexOf('#')) + "`");
            } else {
                lessons.add(new OutcomeNode.LessonLink(l.value(), l.ref()));
            }
        }
        if (verdict.isEmpty() || title.isEmpty()) return Optional.empty();
        return Optional.of(new OutcomeNode(entry.name(), verdict.get(), title.get(), explanation, lessons, entry.ref()));
    }

    /**
     * A "did you mean" for a verdict: the nearest by spelling, or else one that shares the written
     * word's stem (ignoring case, spaces and hyphens), since authors write `fine-tune`, `prompt` or
     * `rethink the task`, which are too many edits away for a spelling match.
     */
    static String suggestVerdict(String written) {
        String near = Suggest.didYouMean(written, Verdict.keys());
        if (!near.isEmpty()) return near;
        String w = squash(written);
        return Verdict.keys().stream().filter(k -> sharesStem(w, squash(k)))
                .findFirst().map(k -> "; did you mean `" + k + "`?").orElse("");
    }

    /** Whether the two words agree in all but at most the last letter of the shorter, and in 3 letters at least. */
    private static boolean sharesStem(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) common++;
        return common >= 3 && common >= Math.min(a.length(), b.length()) - 1;
    }

    private static String squash(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** The plain keys of a mapping, in written order. */
    private static List<String> keysOf(MappingNode mapping) {
        List<String> out = new ArrayList<>();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) out.add(k.getValue());
        }
        return out;
    }

    private static String quoted(List<String> keys) {
        return keys.stream().map(k -> "`" + k + "`").collect(Collectors.joining(", "));
    }
}
