package io.coursegen.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Typed, strict access to the fields of one JSON object, for {@link QuizClientJson}'s readers: every
 * problem throws an {@link IllegalArgumentException} that names the element ({@code context}).
 */
final class JsonFields {

    private final JsonNode node;
    private final String context;

    private JsonFields(JsonNode node, String context) {
        this.node = node;
        this.context = context;
    }

    /** The fields of {@code node}, which must be an object. */
    static JsonFields of(JsonNode node, String context) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(context + ": expected an object, got " + node);
        }
        return new JsonFields(node, context);
    }

    /** The same fields, described by a more precise context once the element's id is known. */
    JsonFields named(String newContext) {
        return new JsonFields(node, newContext);
    }

    String context() {
        return context;
    }

    /** Fails on any key not in {@code keys}. */
    void allow(String... keys) {
        List<String> allowed = Arrays.asList(keys);
        node.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(context + ": unknown key `" + k + "`, expected one of "
                        + new TreeSet<>(allowed).stream().map(a -> "`" + a + "`").collect(Collectors.joining(", ")));
            }
        });
    }

    String string(String key) {
        JsonNode v = required(key);
        if (!v.isTextual()) {
            throw wrongType(key, "a string", v);
        }
        return v.textValue();
    }

    String optionalString(String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : string(key);
    }

    boolean bool(String key) {
        JsonNode v = required(key);
        if (!v.isBoolean()) {
            throw wrongType(key, "true or false", v);
        }
        return v.booleanValue();
    }

    boolean optionalBool(String key) {
        return node.has(key) && bool(key);
    }

    double number(String key) {
        JsonNode v = required(key);
        if (!v.isNumber()) {
            throw wrongType(key, "a number", v);
        }
        return v.doubleValue();
    }

    Double nullableNumber(String key) {
        JsonNode v = required(key);
        return v.isNull() ? null : number(key);
    }

    Iterable<JsonNode> array(String key) {
        JsonNode v = required(key);
        if (!v.isArray()) {
            throw wrongType(key, "an array", v);
        }
        return v;
    }

    /** The array under {@code key}, or nothing when the key is absent (a default left out). */
    Iterable<JsonNode> optionalArray(String key) {
        return node.has(key) ? array(key) : List.of();
    }

    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array(key)) {
            if (!item.isTextual()) {
                throw wrongType(key, "an array of strings", node.get(key));
            }
            out.add(item.textValue());
        }
        return out;
    }

    private JsonNode required(String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            throw new IllegalArgumentException(context + ": missing key `" + key + "`");
        }
        return v;
    }

    private IllegalArgumentException wrongType(String key, String expected, JsonNode got) {
        return new IllegalArgumentException(context + ": `" + key + "` must be " + expected + ", got " + got);
    }
}
