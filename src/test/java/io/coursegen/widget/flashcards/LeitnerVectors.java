package io.coursegen.widget.flashcards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.widget.flashcards.Leitner.CardState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared vectors {@code src/test/resources/io/coursegen/widget/flashcards/leitner.json}, written by hand: one list per rule
 * of {@link Leitner}, each case with a name, its inputs and {@code expected}. Also the Java side's
 * answers in the same JSON shapes, so Java and the browser are compared by one function.
 */
final class LeitnerVectors {
    static final Path FILE = Path.of("src", "test", "resources", "io", "coursegen", "widget", "flashcards", "leitner.json");
    static final List<String> LISTS = List.of("interval", "answer", "due", "nextSession", "counts", "restore", "restoreSession");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LeitnerVectors() {}

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
            case "interval":
                try {
                    return NODES.numberNode(Leitner.interval(c.get("box").intValue()));
                } catch (IllegalArgumentException e) {
                    return NODES.textNode("error");
                }
            case "answer":
                return card(Leitner.answer(card(c.get("card")), c.get("knew").booleanValue(), c.get("session").intValue()));
            case "due": {
                Map<String, CardState> states = new LinkedHashMap<>();
                c.get("states").fields().forEachRemaining(e -> states.put(e.getKey(), card(e.getValue())));
                ArrayNode out = NODES.arrayNode();
                Leitner.due(strings(c.get("keys")), states, c.get("session").intValue()).forEach(out::add);
                return out;
            }
            case "nextSession":
                return NODES.numberNode(Leitner.nextSession(cards(c.get("cards")), c.get("session").intValue()));
            case "counts": {
                ArrayNode out = NODES.arrayNode();
                for (int n : Leitner.counts(cards(c.get("cards")))) out.add(n);
                return out;
            }
            case "restore":
                return card(Leitner.restore(value(c.get("box")), value(c.get("due"))));
            case "restoreSession":
                return NODES.numberNode(Leitner.restoreSession(value(c.get("session"))));
            default:
                throw new IllegalArgumentException(list);
        }
    }

    /** What a JSON reader gives for a value: a Number, String, Boolean or null. */
    private static Object value(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isNumber()) return n.numberValue();
        if (n.isBoolean()) return n.booleanValue();
        return n.asText();
    }

    private static CardState card(JsonNode n) {
        return new CardState(n.get("box").intValue(), n.get("due").intValue());
    }

    private static ObjectNode card(CardState c) {
        return NODES.objectNode().put("box", c.box()).put("due", c.due());
    }

    private static List<CardState> cards(JsonNode array) {
        List<CardState> out = new ArrayList<>();
        array.forEach(n -> out.add(card(n)));
        return out;
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
