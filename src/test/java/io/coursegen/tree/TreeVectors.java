package io.coursegen.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The shared vectors {@code src/test/resources/io/coursegen/widget/tree/tree-walk.json}:
 * {@code {"about": [lines], "cases": [walk cases], "paths": [path cases]}}, one case per line. A walk
 * case is {@code {"name", "tree", "answers", "expected"}}, a path case {@code {"name", "tree",
 * "expected"}}; trees, answers and results are in the client JSON of {@link TreeClientJson}. Also
 * the one comparison used for Java and for the browser, so both are held to the same standard.
 */
final class TreeVectors {

    static final Path FILE = Path.of("src", "test", "resources", "io", "coursegen", "widget", "tree", "tree-walk.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    private TreeVectors() {}

    static String text() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The walk cases, in order. */
    static List<JsonNode> walkCases() {
        return list(parse(text()).get("cases"));
    }

    /** The path cases, in order. */
    static List<JsonNode> pathCases() {
        return list(parse(text()).get("paths"));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** Rewrites the file with these cases, keeping its "about" lines; one case per line. */
    static void write(List<JsonNode> walkCases, List<JsonNode> pathCases) throws IOException {
        JsonNode about = parse(text()).get("about");
        StringBuilder out = new StringBuilder("{\n  \"about\": [\n");
        out.append(list(about).stream().map(line -> "    " + line).collect(Collectors.joining(",\n")));
        out.append("\n  ],\n  \"cases\": [\n");
        out.append(walkCases.stream().map(c -> "    " + c).collect(Collectors.joining(",\n")));
        out.append("\n  ],\n  \"paths\": [\n");
        out.append(pathCases.stream().map(c -> "    " + c).collect(Collectors.joining(",\n")));
        out.append("\n  ]\n}\n");
        Files.writeString(FILE, out.toString(), StandardCharsets.UTF_8);
    }

    /** How {@code actual} differs from {@code expected}, empty when they agree; object keys in order. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, out);
        return out;
    }

    private static void compare(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
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
