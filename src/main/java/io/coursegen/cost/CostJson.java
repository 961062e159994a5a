package io.coursegen.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.OptionInputs;
import io.coursegen.model.cost.Training;
import java.util.Iterator;
import java.util.List;

/**
 * The JSON shapes of the cost calculator, shared with {@code widget/calculator/cost-model.js} and the test
 * vectors. Inputs, keys in this order (units as in {@link CostInputs}):
 * <pre>
 * {"requestsPerDay": 10000, "inputTokens": 200, "outputTokens": 0,
 *  "prompted":  {"promptTokens": 500, "inputPricePerMillion": 5, "outputPricePerMillion": 0, "monthlyFixed": 0},
 *  "fineTuned": {"promptTokens": 50, "inputPricePerMillion": 0.3, "outputPricePerMillion": 0, "monthlyFixed": 0},
 *  "training": {"cost": 0}  or  {"tokens": 1000000, "epochs": 3, "pricePerMillion": 25},
 *  "retrainEveryMonths": 0, "retrainCost": 0, "horizonMonths": 12, "daysPerMonth": 30}
 * </pre>
 * {@code daysPerMonth} may be left out ({@value CostInputs#DEFAULT_DAYS_PER_MONTH}). A result, every
 * amount in USD and unrounded, as {@code CoursegenCost.compute} returns it:
 * <pre>
 * {"trainingCost": 0,
 *  "prompted":  {"perRequest": 0.0035, "perDay": 35, "perMonth": 1050},
 *  "fineTuned": {"perRequest": 0.000075, "perDay": 0.75, "perMonth": 22.5},
 *  "monthlySaving": 1027.5,
 *  "breakEven": {"status": "within-horizon" | "after-horizon" | "never", "month": 1 | null},
 *  "breakEvenRequestsPerDay": 0 | null,
 *  "retrainMonths": [],
 *  "cumulative": {"prompted": [0, 1050, ...], "fineTuned": [0, 22.5, ...]}}
 * </pre>
 * The reader is strict about keys, so that a typo in a vector file fails loudly, but lenient about
 * values, as the browser is: a missing field, {@code null} or a value that is not a JSON number
 * (such as the string {@code "5"}) reads as NaN, and a nested object that is missing or not an object
 * reads as an empty one, so that {@link CostInputs#validate()} reports each field with its range.
 */
public final class CostJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> INPUT_KEYS = List.of("requestsPerDay", "inputTokens", "outputTokens",
            "prompted", "fineTuned", "training", "retrainEveryMonths", "retrainCost", "horizonMonths",
            "daysPerMonth");
    private static final List<String> OPTION_KEYS = List.of("promptTokens", "inputPricePerMillion",
            "outputPricePerMillion", "monthlyFixed");
    private static final List<String> DIRECT_TRAINING_KEYS = List.of("cost");
    private static final List<String> PER_TOKEN_TRAINING_KEYS = List.of("tokens", "epochs", "pricePerMillion");

    private CostJson() {}

    /**
     * Reads inputs. A {@code training} object with a {@code cost} key is a {@link Training.Direct};
     * any other is a {@link Training.PerToken}.
     *
     * @throws IllegalArgumentException if {@code node} is not an object or holds an unknown key
     */
    public static CostInputs readInputs(JsonNode node) {
        JsonNode in = object(node, "inputs", INPUT_KEYS);
        JsonNode days = in.get("daysPerMonth");
        return new CostInputs(number(in, "requestsPerDay"), number(in, "inputTokens"),
                number(in, "outputTokens"), readOption(in.get("prompted"), "prompted"),
                readOption(in.get("fineTuned"), "fineTuned"), readTraining(in.get("training")),
                number(in, "retrainEveryMonths"), number(in, "retrainCost"), number(in, "horizonMonths"),
                days == null ? CostInputs.DEFAULT_DAYS_PER_MONTH : number(in, "daysPerMonth"));
    }

    /** The JSON of inputs, every key written. */
    public static ObjectNode inputs(CostInputs in) {
        ObjectNode out = NODES.objectNode();
        out.put("requestsPerDay", in.requestsPerDay());
        out.put("inputTokens", in.inputTokens());
        out.put("outputTokens", in.outputTokens());
        out.set("prompted", option(in.prompted()));
        out.set("fineTuned", option(in.fineTuned()));
        ObjectNode training = out.putObject("training");
        if (in.training() instanceof Training.PerToken t) {
            training.put("tokens", t.tokens());
            training.put("epochs", t.epochs());
            training.put("pricePerMillion", t.pricePerMillion());
        } else {
            training.put("cost", ((Training.Direct) in.training()).cost());
        }
        out.put("retrainEveryMonths", in.retrainEveryMonths());
        out.put("retrainCost", in.retrainCost());
        out.put("horizonMonths", in.horizonMonths());
        out.put("daysPerMonth", in.daysPerMonth());
        return out;
    }

    /** The JSON of a result, amounts unrounded. */
    /**
     * Writes {@code breakEven}, {@code breakEvenRequestsPerDay} and {@code retrainMonths} of a result,
     * the part shared by the result JSON and the vectors' rounded view of it.
     */
    public static void putBreakEven(ObjectNode out, CostResult r) {
        ObjectNode breakEven = out.putObject("breakEven");
        breakEven.put("status", r.breakEven().status().key());
        if (r.breakEven().month().isPresent()) {
            breakEven.put("month", r.breakEven().month().getAsInt());
        } else {
            breakEven.putNull("month");
        }
        if (r.breakEvenRequestsPerDay().isPresent()) {
            out.put("breakEvenRequestsPerDay", r.breakEvenRequestsPerDay().getAsDouble());
        } else {
            out.putNull("breakEvenRequestsPerDay");
        }
        ArrayNode months = out.putArray("retrainMonths");
        r.retrainMonths().forEach(months::add);
    }

    public static ObjectNode result(CostResult r) {
        ObjectNode out = NODES.objectNode();
        out.put("trainingCost", r.trainingCost());
        out.set("prompted", costs(r.prompted()));
        out.set("fineTuned", costs(r.fineTuned()));
        out.put("monthlySaving", r.monthlySaving());
        putBreakEven(out, r);
        ObjectNode cumulative = out.putObject("cumulative");
        r.cumulativePrompted().forEach(cumulative.putArray("prompted")::add);
        r.cumulativeFineTuned().forEach(cumulative.putArray("fineTuned")::add);
        return out;
    }

    private static OptionInputs readOption(JsonNode node, String context) {
        JsonNode in = keysChecked(node, context, OPTION_KEYS);
        return new OptionInputs(number(in, "promptTokens"), number(in, "inputPricePerMillion"),
                number(in, "outputPricePerMillion"), number(in, "monthlyFixed"));
    }

    private static Training readTraining(JsonNode node) {
        if (node != null && node.isObject() && node.has("cost")) {
            JsonNode in = keysChecked(node, "training", DIRECT_TRAINING_KEYS);
            return new Training.Direct(number(in, "cost"));
        }
        JsonNode in = keysChecked(node, "training", PER_TOKEN_TRAINING_KEYS);
        return new Training.PerToken(number(in, "tokens"), number(in, "epochs"), number(in, "pricePerMillion"));
    }

    private static ObjectNode option(OptionInputs o) {
        ObjectNode out = NODES.objectNode();
        out.put("promptTokens", o.promptTokens());
        out.put("inputPricePerMillion", o.inputPricePerMillion());
        out.put("outputPricePerMillion", o.outputPricePerMillion());
        out.put("monthlyFixed", o.monthlyFixed());
        return out;
    }

    private static ObjectNode costs(OptionCosts c) {
        ObjectNode out = NODES.objectNode();
        out.put("perRequest", c.perRequest());
        out.put("perDay", c.perDay());
        out.put("perMonth", c.perMonth());
        return out;
    }

    /**
     * A nested object, checked to hold no key outside {@code keys}; anything else (missing, null, not
     * an object) reads as an empty object, whose fields are then all NaN, as in the browser.
     */
    private static JsonNode keysChecked(JsonNode node, String context, List<String> keys) {
        return node != null && node.isObject() ? object(node, context, keys) : NODES.objectNode();
    }

    /** {@code node}, checked to be an object with no key outside {@code keys}. */
    private static JsonNode object(JsonNode node, String context, List<String> keys) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(context + ": expected an object, got " + node);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw new IllegalArgumentException(context + ": unknown key `" + key + "`, expected one of "
                        + String.join(", ", keys));
            }
        }
        return node;
    }

    /** The number at {@code key}, or NaN when it is missing or not a JSON number. */
    private static double number(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value != null && value.isNumber() ? value.doubleValue() : Double.NaN;
    }
}
