package io.coursegen.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.YamlMap;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Matching ({@code type: matching}): each item on the left is paired with one item on the right. The
 * author writes the right pairs ({@code left:} and {@code right:}) and may add right-hand
 * {@code distractors:} that partner nothing; the learner sees the right-hand items in a shuffled order
 * (per learner with JavaScript, per build without). The score is the fraction of left items paired
 * correctly. Shown by {@code widgets/quiz/questions/matching.jte}, one labelled select per left item.
 *
 * <p>Ids: a pair is named a, b, c... by position unless it has an {@code id}; its right-hand item has
 * the same id, and the distractors are {@code x1}, {@code x2}... A response maps left ids to right ids.
 */
public final class MatchingKind implements QuestionKind<MatchingKind.Matching> {

    static final List<String> PAIR_KEYS = List.of("id", "left", "right");

    /** A matching question: its pairs in authored order, and right-hand items that partner nothing. */
    public record Matching(String id, String prompt, String explanation, io.coursegen.model.Tags tags, List<Pair> pairs,
            List<Item> distractors, SourceRef ref) implements Question {
        public Matching {
            Objects.requireNonNull(id, "id");
            java.util.Objects.requireNonNull(tags, "tags");
            pairs = List.copyOf(pairs);
            distractors = List.copyOf(distractors);
        }

        /** Every right-hand item: the pairs' partners, then the distractors. */
        public List<Item> rights() {
            return Stream.concat(pairs.stream().map(p -> new Item(p.id(), p.right())), distractors.stream()).toList();
        }
    }

    /** A left-hand item and its partner, both markdown; the id names the pair (and its right-hand item). */
    public record Pair(String id, String left, String right, SourceRef ref) {}

    /** A right-hand item. */
    public record Item(String id, String text) {}

    /** What {@code widgets/quiz/questions/matching.jte} shows: the pairs in authored order, and the right-hand items shuffled. */
    public record View(List<PairView> pairs, List<ItemView> rights) {}

    /** A left item's HTML, and its partner's HTML for the answer key. */
    public record PairView(String id, String leftHtml, String rightHtml) {}

    /** A right-hand item as a select option shows it: plain text, since an option holds no markup. */
    public record ItemView(String id, String text) {}

    public String key() { return "matching"; }
    public Class<Matching> type() { return Matching.class; }
    public List<String> keys() { return List.of("pairs", "distractors"); }

    public Optional<Matching> read(QuestionSource s) {
        YamlMap q = s.yaml();
        Diagnostics d = s.diagnostics();
        List<Pair> pairs = new ArrayList<>();
        Map<String, Boolean> ids = new HashMap<>(); // id -> written by the author (not a default)
        Map<String, String> lefts = new HashMap<>(); // normalized text -> pair id
        Map<String, String> rights = new HashMap<>();
        boolean ok = true;
        List<Node> nodes = q.list("pairs", true);
        for (int n = 0; n < nodes.size(); n++) {
            Optional<YamlMap> pm = q.child(nodes.get(n), PAIR_KEYS, "a pair");
            if (pm.isEmpty()) { ok = false; continue; }
            YamlMap p = pm.get();
            String id = p.text("id", false).orElse(KindYaml.defaultId(n));
            boolean named = p.has("id");
            if (ids.containsKey(id)) {
                d.error(p.refOf("id"), "pair id `" + id + "` is used twice in this question" + (named && ids.get(id) ? "" : KindYaml.DEFAULT_IDS_HINT));
                ok = false;
                continue;
            }
            ids.put(id, named);
            Optional<String> left = p.markdown("left", false);
            Optional<String> right = p.markdown("right", false);
            if (left.isEmpty() && !p.has("left")) d.error(p.ref(), "pair `" + id + "` has no `left:`; write the item to match, with its partner under `right:`");
            if (right.isEmpty() && !p.has("right")) d.error(p.ref(), "pair `" + id + "` has no `right:`; every item on the left needs its partner on the right"
                    + " (a right-hand item without a partner goes under `distractors:`)");
            if (left.isEmpty() || right.isEmpty()) { ok = false; continue; }
            String firstLeft = lefts.putIfAbsent(TextNormalizer.normalize(left.get()), id);
            if (firstLeft != null) {
                d.error(p.refOf("left"), "pair `" + id + "` has the same `left:` as pair `" + firstLeft + "`; each item on the left must differ");
                ok = false;
            }
            String firstRight = rights.putIfAbsent(TextNormalizer.normalize(right.get()), id);
            if (firstRight != null) {
                d.error(p.refOf("right"), "pair `" + id + "` has the same `right:` as pair `" + firstRight
                        + "`; each right-hand item partners one left item, so write them differently (or merge the pairs)");
                ok = false;
            }
            pairs.add(new Pair(id, left.get(), right.get(), p.ref()));
        }
        List<Item> distractors = new ArrayList<>();
        for (YamlMap.Located x : q.markdownList("distractors")) {
            String id = "x" + (distractors.size() + 1);
            String first = rights.putIfAbsent(TextNormalizer.normalize(x.value()), id);
            if (first != null) {
                d.error(x.ref(), "distractor \"" + x.value().strip() + "\" is also the `right:` of pair `" + first
                        + "`; a distractor must differ from every partner, or learners cannot tell which is meant");
                ok = false;
            }
            distractors.add(new Item(id, x.value()));
        }
        return ok ? Optional.of(new Matching(s.id(), s.prompt(), s.explanation(), s.tags(), pairs, distractors, s.ref())) : Optional.empty();
    }

    public Optional<Response> readResponse(Matching q, YamlMap c, Node value, String what) {
        List<String> leftIds = q.pairs().stream().map(Pair::id).toList();
        Optional<YamlMap> map = c.child(value, leftIds, what + " (a mapping from left item to right item)");
        if (map.isEmpty()) return Optional.empty();
        Map<String, String> parts = new LinkedHashMap<>();
        for (String id : leftIds) map.get().node(id).flatMap(n -> map.get().scalarText(n, "the partner of `" + id + "` in " + what))
                .ifPresent(t -> parts.put(id, t));
        return Optional.of(new Response.Parts(parts));
    }

    public void check(Matching q, Diagnostics diagnostics) {
        if (q.pairs().size() < 2) {
            diagnostics.error(q.ref(), "matching question `" + q.id() + "` has " + q.pairs().size() + " pair(s); it needs at least 2 to match");
        }
    }

    /** Left ids the question does not have, then right ids it does not have. */
    public List<String> unknownIds(Matching q, Response r) {
        if (!(r instanceof Response.Parts p)) return List.of();
        Set<String> lefts = Set.copyOf(q.pairs().stream().map(Pair::id).toList());
        Set<String> rights = Set.copyOf(q.rights().stream().map(Item::id).toList());
        return Stream.concat(p.parts().keySet().stream().filter(id -> !lefts.contains(id)),
                p.parts().values().stream().filter(id -> !rights.contains(id))).distinct().toList();
    }

    public List<String> responseIds(Matching q) {
        return q.rights().stream().map(Item::id).toList();
    }

    /** Correct pairs over pairs; 0 for a response of another kind, or one naming an id the question does not have. */
    public double grade(Matching q, Response r) {
        if (!(r instanceof Response.Parts p) || q.pairs().isEmpty() || !unknownIds(q, r).isEmpty()) return 0;
        int right = 0;
        for (Pair pair : q.pairs()) if (pair.id().equals(p.parts().get(pair.id()))) right++;
        return (double) right / q.pairs().size();
    }

    public List<String> clientKeys() { return List.of("pairs", "distractors"); }

    public void writeClient(Matching q, ObjectNode out) {
        ArrayNode pairs = out.putArray("pairs");
        q.pairs().forEach(p -> pairs.add(p.id()));
        ArrayNode distractors = out.putArray("distractors");
        q.distractors().forEach(x -> distractors.add(x.id()));
    }

    public Matching readClient(String id, JsonFields f, SourceRef ref) {
        List<Pair> pairs = f.strings("pairs").stream().map(p -> new Pair(p, null, null, ref)).toList();
        List<Item> distractors = f.strings("distractors").stream().map(x -> new Item(x, null)).toList();
        return new Matching(id, null, null, io.coursegen.model.Tags.none(), pairs, distractors, ref);
    }

    public String template() { return "widgets/quiz/questions/matching.jte"; }

    public View view(Matching q, QuestionViewContext context) {
        List<PairView> pairs = q.pairs().stream()
                .map(p -> new PairView(p.id(), context.inline(p.left()), context.inline(p.right()))).toList();
        List<ItemView> rights = q.rights().stream().map(i -> new ItemView(i.id(), plainText(context.inline(i.text())))).toList();
        // Without JavaScript the right-hand items must not line up with their partners; the seed keeps builds reproducible.
        return new View(pairs, Shuffle.shuffle(context.seed(), rights, i -> false));
    }

    @Override
    public List<String> texts(Matching q) {
        List<String> out = new ArrayList<>();
        q.pairs().forEach(p -> { out.add(p.left()); out.add(p.right()); });
        q.distractors().forEach(x -> out.add(x.text()));
        return out;
    }

    /** The text of sanitized phrasing HTML, for an {@code <option>}, which holds text only. */
    private static String plainText(String html) {
        return org.jsoup.Jsoup.parseBodyFragment(html).text();
    }
}
