package io.coursegen.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared vectors {@code src/test/resources/io/coursegen/widget/exercise/exercise.json}, written by hand: lists
 * {@code match}, {@code coverage}, {@code characters} and {@code problems}, each case with a name, its
 * inputs and {@code expected}. Also the Java side's answers in the same JSON shapes, so that Java and
 * the browser are compared with one function.
 */
final class ExerciseVectors {
    static final Path FILE = Path.of("src", "test", "resources", "io", "coursegen", "widget", "exercise", "exercise.json");
    static final List<String> LISTS = List.of("match", "coverage", "characters", "problems");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExerciseVectors() {}

    static String text() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> cases(String list) {
        List<JsonNode> out = new ArrayList<>();
        parse(text()).get(list).forEach(out::add);
        return out;
    }

    /** The Java answer to one case of {@code list}, in the vector file's JSON shape. */
    static JsonNode javaAnswer(String list, JsonNode c) {
        switch (list) {
            case "match": {
                ChoiceMatch m = ChoiceMatch.of(strings(c.get("choices")), strings(c.get("accepted")), textOrNull(c.get("chosen")));
                ObjectNode out = NODES.objectNode().put("status", m.status());
                ArrayNode accepted = out.putArray("accepted");
                m.accepted().forEach(accepted::add);
                return out;
            }
            case "coverage": {
                RubricCoverage r = RubricCoverage.of(strings(c.get("rubric")), strings(c.get("ticked")));
                ObjectNode out = NODES.objectNode();
                r.covered().forEach(out.putArray("covered")::add);
                ArrayNode missing = out.putArray("missing");
                r.missing().forEach(missing::add);
                return out;
            }
            case "characters":
                return NODES.numberNode(Submission.characters(textOrNull(c.get("text"))));
            case "problems": {
                ArrayNode out = NODES.arrayNode();
                Submission.problems(strings(c.get("choices")), textOrNull(c.get("choice")), justification(c)).forEach(out::add);
                return out;
            }
            default:
                throw new IllegalArgumentException(list);
        }
    }

    /** The case's text, repeated {@code repeat} times and followed by {@code suffix} when those are given. */
    static String justification(JsonNode c) {
        String text = textOrNull(c.get("text"));
        if (text == null || !c.has("repeat")) return text;
        return text.repeat(c.get("repeat").intValue()) + c.get("suffix").textValue();
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.textValue();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }

    /** Each case whose actual answer differs from its expected one, as "name: expected X, got Y". */
    static List<String> mismatches(List<JsonNode> cases, List<JsonNode> actual) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode expected = cases.get(i).get("expected");
            if (!expected.equals(actual.get(i))) {
                out.add(cases.get(i).get("name").textValue() + ": expected " + expected + ", got " + actual.get(i));
            }
        }
        return out;
    }
}
