package io.coursegen.quiz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.YamlMap;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Mistake;
import io.coursegen.model.quiz.Numeric;
import io.coursegen.model.quiz.Ordering;
import io.coursegen.model.quiz.Response;
import io.coursegen.model.quiz.ShortAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The kinds whose answer is not a pick of options: ordering ({@code widgets/quiz/questions/ordering.jte}),
 * numeric and short answer (one text field each, {@code widgets/quiz/questions/field.jte}).
 */
public final class AnswerKinds {
    private AnswerKinds() {}

    static final List<String> ITEM_KEYS = List.of("id", "text");

    /** What {@code widgets/quiz/questions/ordering.jte} shows: the items scrambled, and in their right order. */
    public record OrderingView(List<ItemView> items, List<ItemView> correctOrder) {}

    /** An ordering item: its id and its text as phrasing HTML. */
    public record ItemView(String id, String html) {}

    /**
     * What {@code widgets/quiz/questions/field.jte} shows: one text input, its {@code inputmode} (null for
     * none), the unit after it (null for none) and the answer as the answer key states it.
     */
    public record FieldView(String inputMode, String unit, String answerText, List<MistakeView> mistakes) {
        public FieldView(String inputMode, String unit, String answerText) {
            this(inputMode, unit, answerText, List.of());
        }
    }

    /** An anticipated mistake as the page shows it: the answer as written and its feedback as HTML. */
    public record MistakeView(String answerText, String feedbackHtml) {}

    static final List<String> NUMERIC_MISTAKE_KEYS = List.of("answer", "tolerance", "feedback");
    static final List<String> SHORT_MISTAKE_KEYS = List.of("answer", "feedback");

    /** The fraction of item pairs in the right relative order, or all-or-nothing. */
    static final class OrderingKind implements QuestionKind<Ordering> {
        public String key() { return "ordering"; }
        public Class<Ordering> type() { return Ordering.class; }
        public List<String> keys() { return List.of("items", "all-or-nothing"); }
        public Optional<Ordering> read(QuestionSource s) {
            return Optional.of(new Ordering(s.id(), s.prompt(), s.explanation(), s.tags(), items(s.yaml()),
                    s.yaml().bool("all-or-nothing", false), s.ref()));
        }
        public Optional<Response> readResponse(Ordering q, YamlMap c, Node value, String what) {
            return KindYaml.ids(c, value, what).map(Response.Order::new);
        }
        public void check(Ordering q, Diagnostics diagnostics) {
            if (q.items().size() < 2) {
                diagnostics.error(q.ref(), "ordering question `" + q.id() + "` has " + q.items().size() + " item(s); it needs at least 2 to order");
            }
        }
        public List<String> unknownIds(Ordering q, Response r) {
            if (!(r instanceof Response.Order o)) return List.of();
            Set<String> known = Set.copyOf(q.itemIds());
            return o.itemIds().stream().filter(id -> !known.contains(id)).distinct().toList();
        }
        public List<String> responseIds(Ordering q) { return q.itemIds(); }
        public double grade(Ordering q, Response r) {
            return r instanceof Response.Order o ? OrderScore.score(q, o.itemIds()) : 0;
        }
        public List<String> clientKeys() { return List.of("items", "allOrNothing"); }
        public void writeClient(Ordering q, ObjectNode out) {
            ArrayNode items = out.putArray("items");
            q.itemIds().forEach(items::add);
            out.put("allOrNothing", q.allOrNothing());
        }
        public Ordering readClient(String id, JsonFields f, SourceRef ref) {
            List<Ordering.Item> items = f.strings("items").stream().map(item -> new Ordering.Item(item, null, ref)).toList();
            return new Ordering(id, null, null, io.coursegen.model.Tags.none(), items, f.bool("allOrNothing"), ref);
        }
        public String template() { return "widgets/quiz/questions/ordering.jte"; }
        public OrderingView view(Ordering q, QuestionViewContext context) {
            List<ItemView> correct = q.items().stream().map(i -> new ItemView(i.id(), context.inline(i.text()))).toList();
            // Without JavaScript the items must not appear in their correct order; the same seed keeps builds reproducible.
            return new OrderingView(scrambled(context.seed(), correct), correct);
        }
        @Override
        public List<String> texts(Ordering q) {
            return q.items().stream().map(Ordering.Item::text).toList();
        }

        private static List<Ordering.Item> items(YamlMap q) {
            List<Ordering.Item> items = new ArrayList<>();
            Map<String, Boolean> ids = new HashMap<>(); // id -> written by the author (not a default)
            List<Node> nodes = q.list("items", true);
            for (int n = 0; n < nodes.size(); n++) {
                String defaultId = KindYaml.defaultId(n);
                q.child(nodes.get(n), ITEM_KEYS, "an item").ifPresent(it -> {
                    String id = it.text("id", false).orElse(defaultId);
                    boolean named = it.has("id");
                    if (ids.containsKey(id)) {
                        it.diagnostics().error(it.refOf("id"), "item id `" + id + "` is used twice in this question"
                                + (named && ids.get(id) ? "" : KindYaml.DEFAULT_IDS_HINT));
                        return;
                    }
                    ids.put(id, named);
                    it.markdown("text", true).ifPresent(text -> items.add(new Ordering.Item(id, text, it.ref())));
                });
            }
            return items;
        }

        /** A shuffle that never leaves the items in their correct order (when there are two or more). */
        private static List<ItemView> scrambled(String seed, List<ItemView> correct) {
            if (correct.size() < 2) return correct;
            for (int attempt = 0; attempt < 8; attempt++) {
                List<ItemView> s = Shuffle.shuffle(seed + "#" + attempt, correct, i -> false);
                if (!s.equals(correct)) return s;
            }
            List<ItemView> reversed = new ArrayList<>(correct);
            Collections.reverse(reversed);
            return reversed;
        }
    }

    /** 1 within the tolerance, boundary inclusive. */
    static final class NumericKind implements QuestionKind<Numeric> {
        public String key() { return "numeric"; }
        public Class<Numeric> type() { return Numeric.class; }
        public List<String> keys() { return List.of("answer", "tolerance", "relative-tolerance", "unit", "mistakes"); }
        public Optional<Numeric> read(QuestionSource s) {
            YamlMap q = s.yaml();
            Optional<Double> answer = q.number("answer", true);
            double abs = q.number("tolerance", false).orElse(0.0);
            double rel = q.number("relative-tolerance", false).orElse(0.0);
            if (abs < 0) s.diagnostics().error(q.refOf("tolerance"), "`tolerance` must be 0 or more, found " + KindYaml.fmt(abs));
            if (rel < 0) s.diagnostics().error(q.refOf("relative-tolerance"), "`relative-tolerance` must be 0 or more (0.05 means 5%), found " + KindYaml.fmt(rel));
            String unit = q.text("unit", false).orElse(null);
            List<Mistake> mistakes = new ArrayList<>();
            for (Node n : q.list("mistakes", false)) {
                q.child(n, NUMERIC_MISTAKE_KEYS, "a mistake").ifPresent(m -> {
                    Optional<Double> value = m.number("answer", true);
                    double tolerance = m.number("tolerance", false).orElse(0.0);
                    if (tolerance < 0) s.diagnostics().error(m.refOf("tolerance"), "`tolerance` must be 0 or more, found " + KindYaml.fmt(tolerance));
                    Optional<String> feedback = m.markdown("feedback", true);
                    if (value.isPresent() && answer.isPresent()
                            && NumericScore.score(new Numeric(s.id(), null, null, s.tags(), answer.get(), abs, rel, null, q.ref()), value.get()) >= 1) {
                        s.diagnostics().error(m.refOf("answer"), "this mistake, " + KindYaml.fmt(value.get()) + ", is graded right (the question accepts "
                                + answerText(answer.get(), abs, rel, unit) + "), so its feedback would never show; a mistake is a wrong answer");
                    } else if (value.isPresent() && feedback.isPresent() && tolerance >= 0) {
                        mistakes.add(new Mistake(null, value.get(), tolerance, feedback.get(), m.ref()));
                    }
                });
            }
            return answer.map(a -> new Numeric(s.id(), s.prompt(), s.explanation(), s.tags(), a, abs, rel, unit, q.ref(), mistakes));
        }
        public Optional<Response> readResponse(Numeric q, YamlMap c, Node value, String what) {
            return value instanceof ScalarNode s && s.getTag().equals(Tag.NULL)
                    ? Optional.of(Response.number(null)) : c.numberOf(value, what).map(Response::number);
        }
        public void check(Numeric q, Diagnostics diagnostics) {
            // Negative tolerances are reported while reading; any answer is a number.
        }
        public List<String> unknownIds(Numeric q, Response r) { return List.of(); }
        public List<String> responseIds(Numeric q) { return List.of(); }
        public double grade(Numeric q, Response r) {
            return r instanceof Response.NumberAnswer n ? NumericScore.score(q, n.value()) : 0;
        }
        public List<String> clientKeys() { return List.of("answer", "absTolerance", "relTolerance", "mistakes"); }
        public void writeClient(Numeric q, ObjectNode out) {
            out.put("answer", q.answer());
            out.put("absTolerance", q.absTolerance());
            out.put("relTolerance", q.relTolerance());
            if (!q.mistakes().isEmpty()) {
                ArrayNode mistakes = out.putArray("mistakes");
                q.mistakes().forEach(m -> mistakes.addObject().put("number", m.number()).put("tolerance", m.tolerance()));
            }
        }
        public Numeric readClient(String id, JsonFields f, SourceRef ref) {
            List<Mistake> mistakes = new ArrayList<>();
            f.optionalArray("mistakes").forEach(m -> {
                JsonFields mf = JsonFields.of(m, f.context() + " mistake");
                mf.allow("number", "tolerance");
                mistakes.add(new Mistake(null, mf.number("number"), mf.number("tolerance"), "", ref));
            });
            return new Numeric(id, null, null, io.coursegen.model.Tags.none(), f.number("answer"), f.number("absTolerance"), f.number("relTolerance"),
                    null, ref, mistakes);
        }
        public String template() { return "widgets/quiz/questions/field.jte"; }
        public FieldView view(Numeric q, QuestionViewContext context) {
            List<MistakeView> mistakes = q.mistakes().stream().map(m -> new MistakeView(
                    answerText(m.number(), m.tolerance(), 0, q.unit()), context.block(m.feedback()))).toList();
            return new FieldView("decimal", q.unit(), answerText(q.answer(), q.absTolerance(), q.relTolerance(), q.unit()), mistakes);
        }
    }

    /** 1 when the text equals an accepted answer once both are normalized by {@link TextNormalizer#normalize}. */
    static final class ShortKind implements QuestionKind<ShortAnswer> {
        public String key() { return "short"; }
        public Class<ShortAnswer> type() { return ShortAnswer.class; }
        public List<String> keys() { return List.of("answers", "mistakes"); }
        public Optional<ShortAnswer> read(QuestionSource s) {
            YamlMap q = s.yaml();
            List<String> accepted = q.textList("answers").stream().map(YamlMap.Located::value).toList();
            List<Mistake> mistakes = new ArrayList<>();
            for (Node n : q.list("mistakes", false)) {
                q.child(n, SHORT_MISTAKE_KEYS, "a mistake").ifPresent(m -> {
                    Optional<String> text = m.text("answer", true);
                    Optional<String> feedback = m.markdown("feedback", true);
                    if (text.isPresent() && accepts(accepted, text.get()) >= 1) {
                        s.diagnostics().error(m.refOf("answer"), "this mistake, `" + text.get() + "`, is an accepted answer (`answers:` lists it,"
                                + " ignoring case, spacing and trailing punctuation), so its feedback would never show; a mistake is a wrong answer");
                    } else if (text.isPresent() && TextNormalizer.normalize(text.get()).isEmpty()) {
                        s.diagnostics().error(m.refOf("answer"), "this mistake is empty once spacing and trailing punctuation are ignored; write the wrong answer a learner would type");
                    } else if (text.isPresent() && feedback.isPresent()) {
                        mistakes.add(new Mistake(text.get(), null, 0, feedback.get(), m.ref()));
                    }
                });
            }
            return Optional.of(new ShortAnswer(s.id(), s.prompt(), s.explanation(), s.tags(), accepted, s.ref(), mistakes));
        }
        public Optional<Response> readResponse(ShortAnswer q, YamlMap c, Node value, String what) {
            return c.scalarText(value, what).map(Response::text);
        }
        public void check(ShortAnswer q, Diagnostics diagnostics) {
            if (q.accepted().isEmpty()) {
                diagnostics.error(q.ref(), "short-answer question `" + q.id() + "` has no `answers:`; list at least one accepted answer");
            }
        }
        public List<String> unknownIds(ShortAnswer q, Response r) { return List.of(); }
        public List<String> responseIds(ShortAnswer q) { return List.of(); }
        public double grade(ShortAnswer q, Response r) {
            return r instanceof Response.TextAnswer t ? accepts(q.accepted(), t.text()) : 0;
        }
        public List<String> clientKeys() { return List.of("accepted", "mistakes"); }
        public void writeClient(ShortAnswer q, ObjectNode out) {
            ArrayNode accepted = out.putArray("accepted");
            q.accepted().forEach(accepted::add);
            if (!q.mistakes().isEmpty()) {
                ArrayNode mistakes = out.putArray("mistakes");
                q.mistakes().forEach(m -> mistakes.addObject().put("text", m.text()));
            }
        }
        public ShortAnswer readClient(String id, JsonFields f, SourceRef ref) {
            List<Mistake> mistakes = new ArrayList<>();
            f.optionalArray("mistakes").forEach(m -> {
                JsonFields mf = JsonFields.of(m, f.context() + " mistake");
                mf.allow("text");
                mistakes.add(new Mistake(mf.string("text"), null, 0, "", ref));
            });
            return new ShortAnswer(id, null, null, io.coursegen.model.Tags.none(), f.strings("accepted"), ref, mistakes);
        }
        public String template() { return "widgets/quiz/questions/field.jte"; }
        public FieldView view(ShortAnswer q, QuestionViewContext context) {
            List<MistakeView> mistakes = q.mistakes().stream().map(m -> new MistakeView(m.text(), context.block(m.feedback()))).toList();
            return new FieldView(null, null, answerText(q.accepted()), mistakes);
        }
    }

    /**
     * 1 when {@code text} equals one of {@code accepted} once both are normalized by
     * {@link TextNormalizer#normalize}, else 0. An empty answer never matches, even an accepted
     * answer that normalizes to nothing.
     */
    static double accepts(List<String> accepted, String text) {
        String given = TextNormalizer.normalize(text);
        if (given.isEmpty()) return 0;
        return accepted.stream().map(TextNormalizer::normalize).anyMatch(given::equals) ? 1 : 0;
    }

    /** Accepted answers as an answer key states them: "RAG (also accepted: retrieval, ...)". */
    static String answerText(List<String> accepted) {
        return accepted.isEmpty() ? "" : accepted.get(0)
                + (accepted.size() > 1 ? " (also accepted: " + String.join(", ", accepted.subList(1, accepted.size())) + ")" : "");
    }

    /** A number as an answer key states it: "1500 USD (± 50)". */
    static String answerText(double answer, double absTolerance, double relTolerance, String unit) {
        String value = plain(answer) + (unit == null ? "" : " " + unit);
        double tolerance = Math.max(absTolerance, relTolerance * Math.abs(answer));
        return tolerance > 0 ? value + " (± " + plain(tolerance) + ")" : value;
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
