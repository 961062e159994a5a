package io.coursegen.quiz;

import io.coursegen.load.Suggest;
import io.coursegen.load.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reading steps that several question kinds share: default ids, texts keyed by answer, lists of ids. */
final class KindYaml {
    private KindYaml() {}

    /**
     * Said with a duplicate id that was not written twice: an author who named the first option `b`
     * and left the second without an id could not tell where the second `b` came from.
     */
    static final String DEFAULT_IDS_HINT = " (one without an `id` is named by its position: a, b, c...)";

    /** Options and items are named a, b, c... by position unless the author names them. */
    static String defaultId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "o" + (index + 1);
    }

    /** A mapping from known ids to text, such as feedback per answer; unknown ids are errors. */
    static Map<String, String> keyedTexts(YamlMap q, String key, List<String> known) {
        return keyed(q, key, known, false);
    }

    /** As {@link #keyedTexts}, for markdown texts (feedback per answer), parsed as {@link YamlMap#markdown} is. */
    static Map<String, String> keyedMarkdown(YamlMap q, String key, List<String> known) {
        return keyed(q, key, known, true);
    }

    private static Map<String, String> keyed(YamlMap q, String key, List<String> known, boolean markdown) {
        Map<String, String> out = new LinkedHashMap<>();
        for (YamlMap.Entry e : q.entriesOf(key)) {
            if (!known.contains(e.name())) {
                q.diagnostics().error(e.ref(), "`" + e.name() + "` in `" + key + "` is not an answer of this question, expected one of "
                        + String.join(", ", known) + Suggest.didYouMean(e.name(), known));
                continue;
            }
            String what = "`" + key + "` of `" + e.name() + "`";
            (markdown ? q.markdownOf(e.value(), what) : q.scalarText(e.value(), what)).ifPresent(t -> out.put(e.name(), t));
        }
        return out;
    }

    /** One id, or a list of ids, as a sample response names options or items. */
    static Optional<List<String>> ids(YamlMap c, Node value, String what) {
        if (value instanceof ScalarNode) return c.scalarText(value, what).map(List::of);
        if (!(value instanceof SequenceNode seq)) {
            c.diagnostics().error(c.ref(value), "expected a list of ids for " + what + ", found " + YamlMap.kind(value));
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (Node n : seq.getValue()) c.scalarText(n, "an id in " + what).ifPresent(out::add);
        return Optional.of(out);
    }

    /** A number as authors write it: no ".0" on whole numbers. */
    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
