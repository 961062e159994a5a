package io.coursegen.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The xAPI statements coursegen sends, built in Java exactly as {@code io/coursegen/xapi/xapi-statements.js} builds
 * them in the browser: answered (a checked question, with its interaction definition and the learner's response),
 * a finished quiz (completed, then passed or failed), the cmi5 defined statements of an AU (initialized, completed,
 * passed, failed, terminated, with the LMS's context template) and the cmi5 rules for which are due, and the
 * offline queue's rules (retry waits, the bound, what an HTTP answer means). The browser sends; this twin exists
 * so the shared vectors ({@code src/test/resources/io/coursegen/xapi/statements.json}) can hold the script to rules
 * written and checked in Java. Inputs and outputs are the JSON the script takes and gives; {@code ctx} is
 * {@code {id, timestamp, actor, course, language, cmi5?: {contextTemplate, registration, activityId}}}.
 */
public final class Statements {
    static final String ADL = "http://adlnet.gov/expapi/verbs/";
    static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
    static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    static final String CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    static final String MOVEON_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    static final String MASTERY = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    /** The first retry waits this long, each next one twice as long. */
    static final long FIRST_RETRY_MS = 2000;
    /** No retry waits longer. */
    static final long LONGEST_RETRY_MS = 300_000;

    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    private Statements() {}

    /** The activity of a question, or empty for a type without an interaction mapping. */
    public static Optional<ObjectNode> questionActivity(JsonNode ctx, String quiz, JsonNode question, JsonNode texts) {
        Optional<XapiInteraction> x = XapiInteraction.of(question, null);
        if (x.isEmpty()) return Optional.empty();
        JsonNode t = texts != null && texts.isObject() ? texts : N.objectNode();
        String language = ctx.path("language").asText();
        ObjectNode definition = N.objectNode();
        definition.put("type", INTERACTION);
        definition.set("name", lang(language, t.path("name").isTextual() ? t.get("name").asText() : question.path("id").asText()));
        definition.put("interactionType", x.get().type());
        definition.putArray("correctResponsesPattern").add(x.get().correct());
        if (t.path("prompt").isTextual() && !t.get("prompt").asText().isEmpty()) definition.set("description", lang(language, t.get("prompt").asText()));
        for (String part : List.of("choices", "source", "target")) {
            if (!t.path(part).isArray()) continue;
            ArrayNode list = definition.putArray(part);
            for (JsonNode c : t.get(part)) list.addObject().put("id", c.path("id").asText()).set("description", lang(language, c.path("text").asText()));
        }
        ObjectNode a = N.objectNode();
        a.put("objectType", "Activity");
        a.put("id", "urn:coursegen:" + ctx.path("course").asText() + ":" + quiz + ":" + question.path("id").asText());
        a.set("definition", definition);
        return Optional.of(a);
    }

    /** A checked question: {@code a} is {@code {quiz, question, texts, response, score, ms}}. */
    public static Optional<ObjectNode> answered(JsonNode ctx, JsonNode a) {
        String quiz = a.path("quiz").asText();
        Optional<ObjectNode> object = questionActivity(ctx, quiz, a.get("question"), a.get("texts"));
        if (object.isEmpty()) return Optional.empty();
        double score = a.path("score").asDouble();
        XapiInteraction x = XapiInteraction.of(a.get("question"), a.get("response")).orElseThrow();
        ObjectNode result = N.objectNode();
        result.put("response", x.response());
        result.put("success", score >= 1);
        number(result.putObject("score"), "scaled", scaled(score));
        result.put("duration", duration(a.path("ms").asDouble()));
        String parent = ctx.path("cmi5").isObject() ? ctx.at("/cmi5/activityId").asText()
                : "urn:coursegen:" + ctx.path("course").asText() + ":" + quiz;
        return Optional.of(statement(ctx, ctx.path("id").asText(), "answered", object.get(), result, context(ctx, false, false, parent, null)));
    }

    /** A finished quiz: {@code q} is {@code {quiz, title, score, pass, ms}}; completed, then passed or failed. */
    public static List<ObjectNode> quizFinished(JsonNode ctx, JsonNode q, List<String> ids) {
        String language = ctx.path("language").asText();
        ObjectNode object = N.objectNode();
        object.put("objectType", "Activity");
        object.put("id", "urn:coursegen:" + ctx.path("course").asText() + ":" + q.path("quiz").asText());
        ObjectNode def = object.putObject("definition");
        def.put("type", ASSESSMENT);
        def.set("name", lang(language, q.path("title").asText()));
        double score = q.path("score").asDouble();
        String duration = duration(q.path("ms").asDouble());
        ObjectNode done = N.objectNode();
        done.put("completion", true);
        done.set("score", score(score));
        done.put("duration", duration);
        boolean passed = score >= q.path("pass").asDouble() - 1e-9;
        ObjectNode judged = N.objectNode();
        judged.put("success", passed);
        judged.set("score", score(score));
        judged.put("duration", duration);
        List<ObjectNode> out = new ArrayList<>();
        out.add(statement(ctx, ids.get(0), "completed", object, done, context(ctx, false, false, null, null)));
        out.add(statement(ctx, ids.get(1), passed ? "passed" : "failed", object.deepCopy(), judged, context(ctx, false, false, null, null)));
        return out;
    }

    /** A cmi5 defined statement about the AU; {@code r} is {@code {ms, score?, mastery?}}. */
    public static ObjectNode cmi5Defined(JsonNode ctx, String verb, JsonNode r) {
        ObjectNode object = N.objectNode();
        object.put("objectType", "Activity");
        object.put("id", ctx.at("/cmi5/activityId").asText());
        ObjectNode result = null;
        boolean moveOn = false;
        Double mastery = null;
        String duration = duration(r.path("ms").asDouble());
        switch (verb) {
            case "initialized" -> { }
            case "completed" -> {
                result = N.objectNode().put("completion", true).put("duration", duration);
                moveOn = true;
            }
            case "passed", "failed" -> {
                result = N.objectNode().put("success", verb.equals("passed"));
                result.set("score", score(r.path("score").asDouble()));
                result.put("duration", duration);
                moveOn = true;
                if (r.path("mastery").isNumber()) mastery = r.get("mastery").asDouble();
            }
            case "terminated" -> result = N.objectNode().put("duration", duration);
            default -> throw new IllegalArgumentException("not a cmi5 defined verb an AU sends: " + verb);
        }
        return statement(ctx, ctx.path("id").asText(), verb, object, result, context(ctx, true, moveOn, null, mastery));
    }

    /** Which cmi5 defined statements are due, as {@code {verbs, mastery, threshold}}; see xapi-statements.js's cmi5Due. */
    public static ObjectNode cmi5Due(JsonNode s) {
        ObjectNode out = N.objectNode();
        ArrayNode verbs = out.putArray("verbs");
        out.putNull("mastery");
        out.putNull("threshold");
        if (!s.path("launchMode").asText().equals("Normal")) return out;
        JsonNode st = s.path("status");
        JsonNode sent = s.path("sent");
        if (st.path("completed").asBoolean() && !sent.path("completed").asBoolean()) verbs.add("completed");
        Double threshold = null;
        if (s.path("masteryScore").isNumber()) {
            threshold = s.get("masteryScore").asDouble();
            number(out, "mastery", threshold);
        } else if (s.path("courseMastery").isNumber()) {
            threshold = s.get("courseMastery").asDouble();
        } else if (s.path("moveOn").asText().contains("Passed") && s.path("passMark").isNumber()) {
            threshold = s.get("passMark").asDouble();
        }
        if (threshold != null) number(out, "threshold", threshold);
        if (threshold != null && st.path("score").isNumber() && !sent.path("passed").asBoolean() && !sent.path("judged").asBoolean()) {
            if (st.get("score").asDouble() >= threshold - 1e-9) verbs.add("passed");
            else if (s.path("quizDone").asBoolean() && st.path("attemptedAll").asBoolean()) verbs.add("failed");
        }
        return out;
    }

    /** How long to wait before the n-th retry (0 for the first), in ms. */
    public static long backoff(int n) {
        return (long) Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * Math.pow(2, Math.max(0, Math.min(n, 30))));
    }

    /** The queue with {@code more} added, at most {@code max} kept, the oldest dropped first. */
    public static <T> List<T> bounded(List<T> queue, List<T> more, int max) {
        List<T> all = new ArrayList<>(queue);
        all.addAll(more);
        return all.size() > max ? List.copyOf(all.subList(all.size() - max, all.size())) : List.copyOf(all);
    }

    /** What an HTTP answer (0: none) means for a batch: {@code sent}, {@code retry} or {@code drop}. */
    public static String outcome(int status) {
        if (status >= 200 && status < 300) return "sent";
        if (status == 0 || status == 408 || status == 429 || status >= 500) return "retry";
        return "drop";
    }

    /** A score from 0 to 1 with at most 4 decimals. */
    static double scaled(double score) {
        return Math.round(score * 10000) / 10000.0;
    }

    /** Milliseconds as an ISO 8601 duration, as lms-logic.js's duration2004: PT#H#M#S, seconds to 2 decimals. */
    static String duration(double ms) {
        long cs = Math.max(0, Math.round(ms / 10));
        long h = cs / 360000;
        long m = (cs / 6000) % 60;
        String s = BigDecimal.valueOf(cs % 6000).movePointLeft(2).stripTrailingZeros().toPlainString();
        return "PT" + (h > 0 ? h + "H" : "") + (m > 0 ? m + "M" : "") + s + "S";
    }

    private static ObjectNode score(double value) {
        ObjectNode s = N.objectNode();
        number(s, "scaled", scaled(value));
        s.put("raw", (int) Math.round(value * 100));
        s.put("min", 0);
        s.put("max", 100);
        return s;
    }

    private static ObjectNode lang(String language, String text) {
        return N.objectNode().put(language, text);
    }

    /** A number as JSON writes it from JavaScript: whole numbers without a fraction. */
    private static void number(ObjectNode o, String key, double d) {
        if (d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) o.put(key, (int) d);
        else o.put(key, d);
    }

    private static ObjectNode statement(JsonNode ctx, String id, String verb, ObjectNode object, ObjectNode result, ObjectNode context) {
        ObjectNode s = N.objectNode();
        s.put("id", id);
        s.put("timestamp", ctx.path("timestamp").asText());
        s.set("actor", ctx.get("actor").deepCopy());
        ObjectNode v = s.putObject("verb");
        v.put("id", ADL + verb);
        v.putObject("display").put("en-US", verb);
        s.set("object", object);
        if (result != null) s.set("result", result);
        s.set("context", context);
        return s;
    }

    private static void addActivity(ObjectNode context, String list, String id) {
        ObjectNode acts = context.path("contextActivities").isObject() ? (ObjectNode) context.get("contextActivities") : context.putObject("contextActivities");
        JsonNode existing = acts.get(list);
        ArrayNode array;
        if (existing != null && existing.isObject()) {
            array = N.arrayNode().add(existing);
            acts.set(list, array);
        } else if (existing != null && existing.isArray()) {
            array = (ArrayNode) existing;
        } else {
            array = acts.putArray(list);
        }
        for (JsonNode a : array) if (a.path("id").asText().equals(id) && a.path("id").isTextual()) return;
        array.addObject().put("objectType", "Activity").put("id", id);
    }

    private static ObjectNode context(JsonNode ctx, boolean defined, boolean moveOn, String parent, Double mastery) {
        ObjectNode c;
        if (ctx.path("cmi5").isObject()) {
            JsonNode template = ctx.at("/cmi5/contextTemplate");
            c = template.isObject() ? ((ObjectNode) template).deepCopy() : N.objectNode();
            c.put("registration", ctx.at("/cmi5/registration").asText());
            if (defined) addActivity(c, "category", CMI5_CATEGORY);
            if (moveOn) addActivity(c, "category", MOVEON_CATEGORY);
            if (parent != null) addActivity(c, "parent", parent);
            if (mastery != null) {
                ObjectNode ext = c.path("extensions").isObject() ? (ObjectNode) c.get("extensions") : c.putObject("extensions");
                if (!ext.has(MASTERY)) number(ext, MASTERY, mastery);
            }
        } else {
            c = N.objectNode();
            c.put("platform", "coursegen");
            c.put("language", ctx.path("language").asText());
            addActivity(c, "grouping", "urn:coursegen:" + ctx.path("course").asText());
            if (parent != null) addActivity(c, "parent", parent);
        }
        return c;
    }
}
