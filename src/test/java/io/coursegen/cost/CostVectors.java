package io.coursegen.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.cost.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shared cost vectors, {@code src/test/resources/io/coursegen/widget/calculator/cost.json}:
 * {@code {"about": [lines], "cases": [{"name", "inputs", "expected"}, ...]}}, one case per line, and
 * the one comparison used for Java and for the browser.
 *
 * <p>{@code expected} is either {@code {"problems": [{"field", "message"}, ...]}} or the result as
 * shown ({@link #display}): money in whole cents, per-request costs in whole micro-dollars.
 */
final class CostVectors {

    static final Path FILE = Path.of("src", "test", "resources", "io", "coursegen", "widget", "calculator", "cost.json");

    /** Relative tolerance of the one unrounded output, {@code breakEvenRequestsPerDay}. */
    static final double VOLUME_TOLERANCE = 1e-9;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CostVectors() {}

    static String text() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> cases() {
        List<JsonNode> out = new ArrayList<>();
        parse(text()).get("cases").forEach(out::add);
        return out;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shape of a vector's {@code expected} for invalid inputs. */
    static ObjectNode problems(List<InputProblem> problems) {
        ObjectNode out = NODES.objectNode();
        ArrayNode list = out.putArray("problems");
        problems.forEach(p -> list.addObject().put("field", p.field()).put("message", p.message()));
        return out;
    }

    /**
     * A result as the page shows it and the vectors pin it: every USD amount in whole cents by
     * {@link Money#roundCents}, per-request costs in micro-dollars by {@link Money#roundMicros}. The
     * browser test builds the same shape with {@code CoursegenCost.roundCents} and {@code roundMicros}.
     */
    static ObjectNode display(CostResult r) {
        ObjectNode out = NODES.objectNode();
        out.put("trainingCostCents", Money.roundCents(r.trainingCost()));
        out.set("prompted", display(r.prompted()));
        out.set("fineTuned", display(r.fineTuned()));
        out.put("monthlySavingCents", Money.roundCents(r.monthlySaving()));
        CostJson.putBreakEven(out, r);
        ObjectNode cumulative = out.putObject("cumulativeCents");
        ArrayNode prompted = cumulative.putArray("prompted");
        r.cumulativePrompted().forEach(usd -> prompted.add(Money.roundCents(usd)));
        ArrayNode fineTuned = cumulative.putArray("fineTuned");
        r.cumulativeFineTuned().forEach(usd -> fineTuned.add(Money.roundCents(usd)));
        return out;
    }

    /** The JavaScript that turns a {@code CoursegenCost.compute} result into {@link #display}'s shape. */
    static final String DISPLAY_JS = "r => { const C = CoursegenCost;"
            + " const o = c => ({perRequestMicros: C.roundMicros(c.perRequest), perDayCents: C.roundCents(c.perDay),"
            + "   perMonthCents: C.roundCents(c.perMonth)});"
            + " return {trainingCostCents: C.roundCents(r.trainingCost),"
            + "   prompted: o(r.prompted), fineTuned: o(r.fineTuned),"
            + "   monthlySavingCents: C.roundCents(r.monthlySaving), breakEven: r.breakEven,"
            + "   breakEvenRequestsPerDay: r.breakEvenRequestsPerDay, retrainMonths: r.retrainMonths,"
            + "   cumulativeCents: {prompted: r.cumulative.prompted.map(C.roundCents),"
            + "     fineTuned: r.cumulative.fineTuned.map(C.roundCents)}}; }";

    private static ObjectNode display(OptionCosts c) {
        ObjectNode out = NODES.objectNode();
        out.put("perRequestMicros", Money.roundMicros(c.perRequest()));
        out.put("perDayCents", Money.roundCents(c.perDay()));
        out.put("perMonthCents", Money.roundCents(c.perMonth()));
        return out;
    }

    /**
     * How {@code actual} differs from {@code expected}, empty when they agree: numbers exactly (an
     * integer 3500 equals 3500.0), except {@code breakEvenRequestsPerDay} within
     * {@link #VOLUME_TOLERANCE} of its size; everything else exactly, object keys in order.
     */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, false, out);
        return out;
    }

    /** Like {@link #differences}, but every number must be the same double: Java against JavaScript. */
    static List<String> bitDifferences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, true, out);
        return out;
    }

    private static void compare(String at, JsonNode expected, JsonNode actual, boolean exact, List<String> out) {
        if (expected.isNumber() && actual.isNumber()) {
            double e = expected.doubleValue();
            double a = actual.doubleValue();
            boolean same = !exact && at.endsWith(".breakEvenRequestsPerDay")
                    ? Math.abs(e - a) <= VOLUME_TOLERANCE * Math.max(1, Math.abs(e))
                    : e == a;
            if (!same) {
                out.add(at + ": expected " + expected + ", got " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            List<String> ek = keys(expected);
            List<String> ak = keys(actual);
            if (!ek.equals(ak)) {
                out.add(at + ": expected keys " + ek + ", got " + ak);
                return;
            }
            ek.forEach(k -> compare(at + "." + k, expected.get(k), actual.get(k), exact, out));
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(at + "[" + i + "]", expected.get(i), actual.get(i), exact, out);
            }
        } else if (!expected.equals(actual)) {
            out.add(at + ": expected " + expected + ", got " + actual);
        }
    }

    private static List<String> keys(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
