package io.coursegen.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.quiz.QuizPolicy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code draw.json}, {@code turns.json} and {@code mistakes.json} against {@link PolicyLogic} and
 * {@link Mistakes}; the browser runs the same files ({@link Grading_BrowserVectorsTest}). The draw
 * orders come from Java (a pseudo-random order has no hand oracle; {@link PolicyLogic_RulesTest} holds
 * their promises): {@code mvn test -Dtest=PolicyLogic_VectorsTest -Dcoursegen.refresh=true} rewrites them.
 */
class PolicyLogic_VectorsTest {
    static final String DRAW = "draw.json";
    static final String TURNS = "turns.json";
    static final String MISTAKES = "mistakes.json";

    private static final boolean REFRESH = Boolean.getBoolean("coursegen.refresh");

    @Test
    void draws() {
        assumeFalse(REFRESH, "refreshing the expected draws");
        List<String> mismatches = new ArrayList<>();
        for (JsonNode c : Vectors.cases(DRAW)) {
            List<String> actual = shown(c);
            if (!actual.equals(strings(c.get("expected")))) mismatches.add(c.get("name").textValue() + ": got " + actual);
        }
        assertEquals(List.of(), mismatches);
    }

    /** Rewrites the expected draws from Java; runs only with {@code -Dcoursegen.refresh=true}. */
    @Test
    void refreshDraws() throws IOException {
        assumeTrue(REFRESH, "set -Dcoursegen.refresh=true to rewrite the expected draws of draw.json");
        List<JsonNode> cases = new ArrayList<>();
        for (JsonNode c : Vectors.cases(DRAW)) {
            ObjectNode copy = c.deepCopy();
            ArrayNode expected = copy.putArray("expected");
            shown(c).forEach(expected::add);
            cases.add(copy);
        }
        Vectors.write(DRAW, cases);
    }

    @Test
    void turns() {
        List<String> mismatches = new ArrayList<>();
        for (JsonNode c : Vectors.cases(TURNS)) {
            PolicyLogic.Turn t = PolicyLogic.turn(QuizClientJson.readPolicy(c.get("policy")), c.get("checks").asInt(),
                    c.get("score").asDouble(), c.get("quizDone").asBoolean(), c.get("answersShown").asBoolean());
            JsonNode e = c.get("expected");
            PolicyLogic.Turn expected = new PolicyLogic.Turn(e.get("done").asBoolean(), e.get("triesLeft").asInt(), e.get("reveal").asBoolean());
            if (!t.equals(expected)) mismatches.add(c.get("name").textValue() + ": got " + t);
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void mistakes() {
        List<String> mismatches = new ArrayList<>();
        for (JsonNode c : Vectors.cases(MISTAKES)) {
            var question = QuizClientJson.readQuestion(c.get("question"), null);
            var response = c.get("response").isNull() ? null : QuizClientJson.readResponse(c.get("response"));
            int actual = Mistakes.match(question, response);
            if (actual != c.get("expected").asInt()) mismatches.add(c.get("name").textValue() + ": got " + actual);
        }
        assertEquals(List.of(), mismatches);
    }

    private static List<String> shown(JsonNode c) {
        QuizPolicy policy = QuizClientJson.readPolicy(c.get("policy"));
        return PolicyLogic.shown(policy, c.get("seed").textValue(), strings(c.get("ids")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(id -> out.add(id.textValue()));
        return out;
    }
}
