package io.coursegen.quiz;

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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shared test vectors under {@code src/test/resources/io/coursegen/widget/quiz/}: each file is
 * {@code {"about": [lines], "cases": [{"name": ..., ...}, ...]}}, one case per line. Also the one
 * comparison used for Java and for the browser, so both are held to the same standard.
 */
final class Vectors {

    static final Path DIR = Path.of("src", "test", "resources", "io", "coursegen", "widget", "quiz");
    static final String GRADING = "grading.json";
    static final String QUIZ = "quiz.json";
    static final String SHUFFLE = "shuffle.json";

    /** Scores agree when they differ by at most this. */
    static final double TOLERANCE = 1e-9;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Vectors() {}

    /** The text of a vector file. */
    static String text(String file) {
        try {
            return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cases of a vector file, in order. */
    static List<JsonNode> cases(String file) {
        List<JsonNode> out = new ArrayList<>();
        parse(text(file)).get("cases").forEach(out::add);
        return out;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a vector file with these cases, keeping its "about" lines; one case per line. */
    static void write(String file, List<JsonNode> cases) throws IOException {
        JsonNode about = parse(text(file)).get("about");
        StringBuilder out = new StringBuilder("{\n  \"about\": [\n");
        List<String> lines = new ArrayList<>();
        about.forEach(line -> lines.add("    " + line.toString()));
        out.append(String.join(",\n", lines)).append("\n  ],\n  \"cases\": [\n");
        out.append(cases.stream().map(c -> "    " + c).collect(Collectors.joining(",\n")));
        out.append("\n  ]\n}\n");
        Files.writeString(DIR.resolve(file), out.toString(), StandardCharsets.UTF_8);
    }

    /** A quiz result in the shape of a quiz vector's "expected": score, passed, scores, diagnosis. */
    static JsonNode json(QuizResult result) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("score", result.score());
        out.put("passed", result.passed());
        ObjectNode scores = out.putObject("scores");
        result.questionScores().forEach(scores::put);
        ArrayNode diagnosis = out.putArray("diagnosis");
        for (Misconception m : result.diagnosis()) {
            ObjectNode d = diagnosis.addObject();
            d.put("tag", m.tag());
            m.questionIds().forEach(d.putArray("questions")::add);
        }
        return out;
    }

    /**
     * How {@code actual} differs from {@code expected}, empty when they agree: numbers within
     * {@link #TOLERANCE} (an integer 1 equals 1.0), everything else exactly, object keys in order.
     */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, out);
        return out;
    }

    private static void compare(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isNumber() && actual.isNumber()) {
            if (!(Math.abs(expected.doubleValue() - actual.doubleValue()) <= TOLERANCE)) {
                out.add(at + ": expected " + expected + ", got " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            List<String> ek = keys(expected);
            List<String> ak = keys(actual);
            if (!ek.equals(ak)) {
                out.add(at + ": expected keys " + ek + ", got " + ak);
                return;
            }
            ek.forEach(k -> compare(at + "." + k, expected.get(k), actual.get(k), out));
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(at + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(at + ": expected " + expected + ", got " + actual);
        }
    }

    private static List<String> keys(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
