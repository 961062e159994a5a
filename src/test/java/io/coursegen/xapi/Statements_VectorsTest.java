package io.coursegen.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shared vectors {@code statements.json} against the Java twin of the xAPI statement layer ({@link Statements},
 * {@link XapiInteraction}); {@code XapiStatements_BrowserVectorsTest} runs the same file against the script. Each
 * test lists every case that differs, by name, with what was built.
 */
class Statements_VectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode vectors() {
        try (InputStream in = Statements_VectorsTest.class.getResourceAsStream("statements.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final JsonNode vectors = vectors();

    @Test
    void answered() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : vectors.get("answered")) {
            JsonNode got = Statements.answered(c.get("ctx"), c.get("input")).map(JsonNode.class::cast).orElse(null);
            if (!c.get("expect").equals(got)) wrong.add(c.get("name").asText() + ": " + got);
        }
        assertEquals(List.of(), wrong);
        assertTrue(Statements.answered(vectors.get("answered").get(0).get("ctx"),
                JSON.createObjectNode().put("quiz", "q").set("question", JSON.createObjectNode().put("type", "essay").put("id", "x"))).isEmpty(),
                "a type without a mapping gives no statement rather than a wrong one");
    }

    @Test
    void quizFinished() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : vectors.get("quizFinished")) {
            List<String> ids = new ArrayList<>();
            c.get("ids").forEach(x -> ids.add(x.asText()));
            JsonNode got = JSON.valueToTree(Statements.quizFinished(c.get("ctx"), c.get("input"), ids));
            if (!c.get("expect").equals(got)) wrong.add(c.get("name").asText() + ": " + got);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void cmi5Defined() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : vectors.get("cmi5Defined")) {
            JsonNode got = Statements.cmi5Defined(c.get("ctx"), c.get("verb").asText(), c.get("input"));
            if (!c.get("expect").equals(got)) wrong.add(c.get("name").asText() + ": " + got);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void cmi5Due() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : vectors.get("cmi5Due")) {
            JsonNode got = Statements.cmi5Due(c.get("input"));
            if (!c.get("expect").equals(got)) wrong.add(c.get("name").asText() + ": " + got);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void queueRules() {
        JsonNode q = vectors.get("queue");
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : q.get("backoff")) {
            if (Statements.backoff(c.get(0).asInt()) != c.get(1).asLong()) wrong.add("backoff " + c + ": " + Statements.backoff(c.get(0).asInt()));
        }
        for (JsonNode c : q.get("outcome")) {
            if (!Statements.outcome(c.get(0).asInt()).equals(c.get(1).asText())) wrong.add("outcome " + c + ": " + Statements.outcome(c.get(0).asInt()));
        }
        for (JsonNode c : q.get("bounded")) {
            List<Integer> queue = new ArrayList<>();
            c.get("queue").forEach(x -> queue.add(x.asInt()));
            List<Integer> more = new ArrayList<>();
            c.get("more").forEach(x -> more.add(x.asInt()));
            List<Integer> expect = new ArrayList<>();
            c.get("expect").forEach(x -> expect.add(x.asInt()));
            List<Integer> got = Statements.bounded(queue, more, c.get("max").asInt());
            if (!got.equals(expect)) wrong.add("bounded " + c + ": " + got);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyQuestionKindHasAnInteractionAndAVector() {
        TreeSet<String> kinds = new TreeSet<>();
        io.coursegen.quiz.QuestionKinds.ALL.forEach(k -> kinds.add(k.key()));
        assertEquals(kinds, new TreeSet<>(XapiInteraction.KINDS.keySet()), "XapiInteraction.KINDS must have one entry per QuestionKinds.ALL key");
        TreeSet<String> covered = new TreeSet<>();
        vectors.get("answered").forEach(c -> covered.add(c.at("/input/question/type").asText()));
        assertTrue(covered.containsAll(kinds), "the vectors try every kind: " + covered);
    }
}
