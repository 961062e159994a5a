package io.coursegen.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.MultipleSelect;
import io.coursegen.model.quiz.Option;
import io.coursegen.model.quiz.Response;
import io.coursegen.model.quiz.Scenario;
import io.coursegen.model.quiz.SingleChoice;
import io.coursegen.model.quiz.TrueFalse;
import java.util.ArrayList;
import java.util.List;

/**
 * The four kinds whose answer is a pick of options: single choice, multiple select, true/false and
 * scenario (a single choice among a course answer set). They share the options' client JSON.
 */
final class ChoiceKinds {
    private ChoiceKinds() {}

    /** One option picked, and it is correct. */
    static final class Single implements QuestionKind<SingleChoice> {
        public String key() { return "single"; }
        public Class<SingleChoice> type() { return SingleChoice.class; }
        public double grade(SingleChoice q, Response r) {
            return r instanceof Response.Choice c ? ChoiceScore.single(q.options(), c.optionIds()) : 0;
        }
        public List<String> clientKeys() { return List.of("options"); }
        public void writeClient(SingleChoice q, ObjectNode out) { writeOptions(q.options(), out); }
        public SingleChoice readClient(String id, JsonFields f, SourceRef ref) {
            return new SingleChoice(id, null, null, List.of(), readOptions(f, ref), ref);
        }
    }

    /** Partial credit by the "false2" rule. */
    static final class Multiple implements QuestionKind<MultipleSelect> {
        public String key() { return "multiple"; }
        public Class<MultipleSelect> type() { return MultipleSelect.class; }
        public double grade(MultipleSelect q, Response r) {
            return r instanceof Response.Choice c ? ChoiceScore.multiple(q.options(), c.optionIds()) : 0;
        }
        public List<String> clientKeys() { return List.of("options"); }
        public void writeClient(MultipleSelect q, ObjectNode out) { writeOptions(q.options(), out); }
        public MultipleSelect readClient(String id, JsonFields f, SourceRef ref) {
            return new MultipleSelect(id, null, null, List.of(), readOptions(f, ref), ref);
        }
    }

    /** A single choice between the options {@code true} and {@code false}. */
    static final class TrueOrFalse implements QuestionKind<TrueFalse> {
        public String key() { return "true-false"; }
        public Class<TrueFalse> type() { return TrueFalse.class; }
        public double grade(TrueFalse q, Response r) {
            return r instanceof Response.Choice c ? ChoiceScore.single(q.options(), c.optionIds()) : 0;
        }
        public List<String> clientKeys() { return List.of("options"); }
        public void writeClient(TrueFalse q, ObjectNode out) { writeOptions(q.options(), out); }
        public TrueFalse readClient(String id, JsonFields f, SourceRef ref) {
            List<Option> options = readOptions(f, ref);
            List<String> ids = options.stream().map(Option::id).toList();
            if (!ids.equals(List.of(TrueFalse.TRUE_ID, TrueFalse.FALSE_ID))
                    || options.get(0).correct() == options.get(1).correct()) {
                throw new IllegalArgumentException(f.context() + ": a true-false question has the options `true`"
                        + " then `false`, exactly one of them correct");
            }
            Option yes = options.get(0);
            Option no = options.get(1);
            return new TrueFalse(id, null, null, List.of(), yes.correct(), null, null, yes.misconception(), no.misconception(), ref);
        }
    }

    /** A single choice among the answers of a course answer set. */
    static final class ScenarioKind implements QuestionKind<Scenario> {
        public String key() { return "scenario"; }
        public Class<Scenario> type() { return Scenario.class; }
        public double grade(Scenario q, Response r) {
            return r instanceof Response.Choice c ? ChoiceScore.single(q.options(), c.optionIds()) : 0;
        }
        public List<String> clientKeys() { return List.of("answerSet", "options"); }
        public void writeClient(Scenario q, ObjectNode out) {
            out.put("answerSet", q.answerSet());
            writeOptions(q.options(), out);
        }
        public Scenario readClient(String id, JsonFields f, SourceRef ref) {
            return new Scenario(id, null, null, List.of(), f.string("answerSet"), readOptions(f, ref), ref);
        }
    }

    private static void writeOptions(List<Option> options, ObjectNode out) {
        ArrayNode array = out.putArray("options");
        for (Option o : options) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("id", o.id());
            node.put("correct", o.correct());
            if (o.misconception() != null) node.put("misconception", o.misconception());
            if (o.fixed()) node.put("fixed", true);
            array.add(node);
        }
    }

    private static List<Option> readOptions(JsonFields question, SourceRef ref) {
        List<Option> out = new ArrayList<>();
        for (JsonNode node : question.array("options")) {
            JsonFields f = JsonFields.of(node, question.context() + " option");
            f = f.named(question.context() + " option `" + f.string("id") + "`");
            f.allow("id", "correct", "misconception", "fixed");
            out.add(new Option(f.string("id"), null, f.bool("correct"), null,
                    f.optionalString("misconception"), f.optionalBool("fixed"), ref));
        }
        return out;
    }
}
