package io.coursegen.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The shared vectors' {@code status} cases ({@code lms-logic.json}, which {@code LmsLogic_BrowserVectorsTest} runs
 * against {@code lms-logic.js} in Chromium) against the Java twin, {@link ScoStatus}: every expected field of
 * every case, each mismatch listed with its case's name.
 */
class ScoStatus_VectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode vectors() throws IOException {
        try (InputStream in = ScoStatus_VectorsTest.class.getResourceAsStream("lms-logic.json")) {
            return JSON.readTree(in);
        }
    }

    /** A vector's {@code sco} as the plan's SCO. */
    static LmsPlan.Sco sco(JsonNode s) {
        List<String> lessons = new ArrayList<>();
        s.get("lessons").forEach(l -> lessons.add(l.asText()));
        List<LmsPlan.Counted> quizzes = new ArrayList<>();
        s.get("quizzes").forEach(q -> quizzes.add(new LmsPlan.Counted(q.get("id").asText(), q.get("weight").asDouble(), q.get("pass").asDouble())));
        JsonNode p = s.get("passQuiz");
        Optional<LmsPlan.Counted> pass = p.isNull() ? Optional.empty() : Optional.of(new LmsPlan.Counted(p.get("id").asText(), 1, p.get("pass").asDouble()));
        return new LmsPlan.Sco("sco", "SCO", "index.html", lessons, quizzes, pass);
    }

    /** What the twin gives for a case, in the vectors' field names. */
    static ObjectNode actual(JsonNode c) {
        OptionalDouble mastery = c.get("mastery").isNull() ? OptionalDouble.empty() : OptionalDouble.of(c.get("mastery").asDouble());
        ScoStatus.Report r = ScoStatus.of(sco(c.get("sco")), ScoStatus.Progress.fromJson(c.get("progress")), c.get("lessonsShare").asDouble(), mastery);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("read", r.read());
        o.put("total", r.total());
        o.put("progress", r.progress());
        o.put("completed", r.completed());
        if (r.score().isPresent()) {
            o.put("score", r.score().getAsDouble());
            o.put("raw", ScoStatus.raw(r.score().getAsDouble()));
            o.put("scaled", ScoStatus.scaled(r.score().getAsDouble()));
        } else {
            o.putNull("score");
        }
        o.put("success", r.success().cmi());
        o.put("lessonStatus", r.lessonStatus());
        o.set("values12", values(ScoStatus.values(ScormStandard.SCORM_12, r)));
        o.set("values2004", values(ScoStatus.values(ScormStandard.SCORM_2004, r)));
        return o;
    }

    private static ArrayNode values(List<ScoStatus.Value> values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (ScoStatus.Value v : values) a.addArray().add(v.element()).add(v.value());
        return a;
    }

    @Test
    void everyStatusCase() throws IOException {
        JsonNode cases = vectors().get("status");
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : cases) {
            ObjectNode actual = actual(c);
            for (Iterator<Map.Entry<String, JsonNode>> it = c.get("expect").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode got = actual.get(e.getKey());
                boolean same = e.getValue().isNumber() && got != null && got.isNumber()
                        ? Math.abs(e.getValue().asDouble() - got.asDouble()) < 1e-12 : e.getValue().equals(got);
                if (!same) wrong.add(c.get("name").asText() + ": " + e.getKey() + " " + got + ", expected " + e.getValue());
            }
            if (!c.get("expect").has("values12") || !c.get("expect").has("values2004")) wrong.add(c.get("name").asText() + ": no values12/values2004");
        }
        assertEquals(List.of(), wrong);
        assertEquals(20, cases.size(), "the status cases");
    }
}
