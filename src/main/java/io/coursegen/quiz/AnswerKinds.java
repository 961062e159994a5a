package io.coursegen.quiz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Numeric;
import io.coursegen.model.quiz.Ordering;
import io.coursegen.model.quiz.Response;
import io.coursegen.model.quiz.ShortAnswer;
import java.util.List;

/** The kinds whose answer is not a pick of options: ordering, numeric and short answer. */
final class AnswerKinds {
    private AnswerKinds() {}

    /** The fraction of item pairs in the right relative order, or all-or-nothing. */
    static final class OrderingKind implements QuestionKind<Ordering> {
        public String key() { return "ordering"; }
        public Class<Ordering> type() { return Ordering.class; }
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
            return new Ordering(id, null, null, List.of(), items, f.bool("allOrNothing"), ref);
        }
    }

    /** 1 within the tolerance, boundary inclusive. */
    static final class NumericKind implements QuestionKind<Numeric> {
        public String key() { return "numeric"; }
        public Class<Numeric> type() { return Numeric.class; }
        public double grade(Numeric q, Response r) {
            return r instanceof Response.NumberAnswer n ? NumericScore.score(q, n.value()) : 0;
        }
        public List<String> clientKeys() { return List.of("answer", "absTolerance", "relTolerance"); }
        public void writeClient(Numeric q, ObjectNode out) {
            out.put("answer", q.answer());
            out.put("absTolerance", q.absTolerance());
            out.put("relTolerance", q.relTolerance());
        }
        public Numeric readClient(String id, JsonFields f, SourceRef ref) {
            return new Numeric(id, null, null, List.of(), f.number("answer"), f.number("absTolerance"), f.number("relTolerance"), null, ref);
        }
    }

    /** 1 when the text equals an accepted answer once both are normalized by {@link TextNormalizer#normalize}. */
    static final class ShortKind implements QuestionKind<ShortAnswer> {
        public String key() { return "short"; }
        public Class<ShortAnswer> type() { return ShortAnswer.class; }
        public double grade(ShortAnswer q, Response r) {
            if (!(r instanceof Response.TextAnswer t)) return 0;
            String given = TextNormalizer.normalize(t.text());
            // An empty answer never matches, even an accepted answer that normalizes to nothing.
            if (given.isEmpty()) return 0;
            return q.accepted().stream().map(TextNormalizer::normalize).anyMatch(given::equals) ? 1 : 0;
        }
        public List<String> clientKeys() { return List.of("accepted"); }
        public void writeClient(ShortAnswer q, ObjectNode out) {
            ArrayNode accepted = out.putArray("accepted");
            q.accepted().forEach(accepted::add);
        }
        public ShortAnswer readClient(String id, JsonFields f, SourceRef ref) {
            return new ShortAnswer(id, null, null, List.of(), f.strings("accepted"), ref);
        }
    }
}
