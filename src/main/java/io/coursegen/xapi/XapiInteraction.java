package io.coursegen.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A checked question as an xAPI interaction: its type in xAPI's vocabulary (SCORM 2004's, which xAPI took over),
 * the learner's response and the correct-response pattern, written with SCORM 2004's delimiters ({@code [,]}
 * between parts, {@code [.]} in a matching pair, {@code [:]} around a numeric range). The Java twin of the
 * SCORM 2004 side of {@code lms/lms-logic.js}'s {@code interaction()}, which the browser uses for both SCORM and
 * xAPI; the vectors {@code src/test/resources/io/coursegen/xapi/statements.json} hold the two together.
 * Works on the question's client JSON ({@code QuizClientJson}) and the response as the quiz widget keeps it.
 *
 * @param type     the interaction type, such as {@code choice}
 * @param response the learner's response pattern
 * @param correct  the correct-response pattern
 */
public record XapiInteraction(String type, String response, String correct) {

    /** The parts of one kind's mapping, before formatting: pairs are {@code [left, right]} lists. */
    private record Parts(String type, List<String> learner, List<String> correct, boolean pairs, String range) {}

    /** Per question type key (every key of {@code QuestionKinds.ALL}; a test keeps this total). */
    static final Map<String, BiFunction<JsonNode, JsonNode, Parts>> KINDS = Map.of(
            "single", XapiInteraction::choice,
            "multiple", XapiInteraction::choice,
            "scenario", XapiInteraction::choice,
            "true-false", (q, r) -> new Parts("true-false", first(strings(r.get("choices"))), first(correctOptions(q)), false, null),
            "ordering", (q, r) -> new Parts("sequencing", strings(r.get("order")), strings(q.get("items")), false, null),
            "numeric", XapiInteraction::numeric,
            "short", (q, r) -> new Parts("fill-in", List.of(r.path("text").isTextual() ? r.get("text").asText() : ""),
                    first(strings(q.get("accepted"))), false, null),
            "cloze", XapiInteraction::cloze,
            "matching", XapiInteraction::matching);

    /** The interaction of {@code question} answered with {@code response}; empty for a type without a mapping. */
    public static Optional<XapiInteraction> of(JsonNode question, JsonNode response) {
        BiFunction<JsonNode, JsonNode, Parts> make = KINDS.get(question.path("type").asText());
        if (make == null) return Optional.empty();
        Parts p = make.apply(question, response == null || !response.isObject() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : response);
        List<String> learner = p.learner;
        List<String> correct = p.correct;
        if (p.type.equals("fill-in")) {
            learner = learner.stream().map(XapiInteraction::text2004).toList();
            correct = correct.stream().map(XapiInteraction::text2004).toList();
        }
        String correctPattern = p.range != null ? p.range : String.join("[,]", correct);
        return Optional.of(new XapiInteraction(p.type, String.join("[,]", learner), correctPattern));
    }

    private static Parts choice(JsonNode q, JsonNode r) {
        return new Parts("choice", strings(r.get("choices")), correctOptions(q), false, null);
    }

    private static Parts numeric(JsonNode q, JsonNode r) {
        double answer = q.path("answer").asDouble();
        double tolerance = Math.max(q.path("absTolerance").asDouble(0), Math.abs(answer) * q.path("relTolerance").asDouble(0));
        String learner = r.path("number").isNumber() ? js(r.get("number").asDouble()) : "";
        String range = tolerance > 0 ? js(answer - tolerance) + "[:]" + js(answer + tolerance) : null;
        return new Parts("numeric", List.of(learner), List.of(js(answer)), false, range);
    }

    private static Parts cloze(JsonNode q, JsonNode r) {
        JsonNode parts = r.path("parts");
        List<String> learner = new ArrayList<>();
        List<String> correct = new ArrayList<>();
        for (JsonNode b : q.path("blanks")) {
            String id = b.path("id").asText();
            learner.add(parts.isObject() && parts.has(id) ? parts.get(id).asText() : "");
            correct.add(b.path("accepted").isArray() ? b.get("accepted").path(0).asText() : js(b.path("number").asDouble()));
        }
        return new Parts("fill-in", learner, correct, false, null);
    }

    private static Parts matching(JsonNode q, JsonNode r) {
        JsonNode parts = r.path("parts");
        List<String> learner = new ArrayList<>();
        List<String> correct = new ArrayList<>();
        for (String id : strings(q.get("pairs"))) {
            if (parts.isObject() && parts.has(id)) learner.add(id + "[.]" + parts.get(id).asText());
            correct.add(id + "[.]" + id);
        }
        return new Parts("matching", learner, correct, true, null);
    }

    private static List<String> correctOptions(JsonNode q) {
        List<String> out = new ArrayList<>();
        for (JsonNode o : q.path("options")) if (o.path("correct").asBoolean(false) && o.path("correct").isBoolean()) out.add(o.path("id").asText());
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<String> first(List<String> list) {
        return list.isEmpty() ? List.of() : List.of(list.get(0));
    }

    /** Text as one SCORM 2004 localized string: no delimiters, no leading brace (a language tag), 250 characters at most. */
    static String text2004(String s) {
        String t = s.replaceAll("\\[[,.:]\\]", " ").replaceFirst("^\\{", "(");
        return t.length() > 250 ? t.substring(0, 250) : t;
    }

    /** A number as JavaScript's {@code String(n)} writes it, for the numbers quizzes hold (no exponent forms). */
    static String js(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e21) return Long.toString((long) d);
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
