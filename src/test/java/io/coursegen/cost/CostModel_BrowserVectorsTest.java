package io.coursegen.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import io.coursegen.browser.Chromium;
import io.coursegen.browser.ScriptPage;
import io.coursegen.browser.SharedBrowser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the shared vectors {@code cost.json} against {@code widget/calculator/cost-model.js} in Debian's
 * Chromium, the browser learners' pages run in: the shown values must equal the expected ones to the
 * cent, as {@link CostModel_VectorsTest} checks for Java, and the unrounded results must be the very
 * doubles Java computes. Each test lists every mismatch, not only the first.
 *
 * <p>The script is loaded into a blank page by itself: it must work alone, as a classic script. The
 * vector file goes in as text and is parsed in the page; results come back as JSON text, so numbers
 * cross without rounding.
 */
@Tag("browser")
@ExtendWith(SharedBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CostModel_BrowserVectorsTest {

    private ScriptPage script;
    private Page page;

    @BeforeAll
    void openPageWithTheScript(Chromium chromium) throws IOException {
        script = ScriptPage.open(chromium, "cost-model.js");
        page = script.page();
    }

    @AfterAll
    void close() {
        if (script == null) return;
        List<String> errors = script.errors();
        script.close();
        assertEquals(List.of(), errors, "errors in the page");
    }

    @Test
    void everyVectorGivesTheExpectedValuesToTheCent() {
        JsonNode actual = run("c => { const problems = CoursegenCost.validate(c.inputs);"
                + " if (c.expected.problems) return {problems};"
                + " if (problems.length) return {unexpectedProblems: problems};"
                + " return (" + CostVectors.DISPLAY_JS + ")(CoursegenCost.compute(c.inputs)); }");
        List<JsonNode> cases = CostVectors.cases();
        assertEquals(cases.size(), actual.size(), "one result per case");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            List<String> d = CostVectors.differences(cases.get(i).get("expected"), actual.get(i));
            if (!d.isEmpty()) {
                mismatches.add(cases.get(i).get("name").textValue() + ": " + String.join("; ", d));
            }
        }
        assertEquals(List.of(), mismatches, mismatches.size() + " of " + cases.size() + " cases differ");
    }

    @Test
    void everyUnroundedResultIsTheSameDoubleAsJava() {
        JsonNode actual = run("c => c.expected.problems ? null : CoursegenCost.compute(c.inputs)");
        List<JsonNode> cases = CostVectors.cases();
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).get("expected").has("problems")) {
                continue;
            }
            JsonNode java = CostJson.result(CostModel.compute(CostJson.readInputs(cases.get(i).get("inputs"))));
            List<String> d = CostVectors.bitDifferences(java, actual.get(i));
            if (!d.isEmpty()) {
                mismatches.add(cases.get(i).get("name").textValue() + ": " + String.join("; ", d));
            }
        }
        assertEquals(List.of(), mismatches, mismatches.size() + " cases differ from Java");
    }

    @Test
    void roundingAgreesWithJavaOnHardValues() {
        double[] values = {0, 0.005, -0.005, 1.005, -1.005, 0.125, 1.035, 345 * 0.3 / 1_000_000 * 10_000, 0.0049,
            0.004999999, 1e-12, 12345678.905, 4503599627370497.0 / 100, 1e15 + 0.005, -1e15, 0.49999999999999994 / 100,
            Double.MIN_VALUE, 1e300};
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append(values[i]);
        }
        String results = (String) page.evaluate("text => JSON.stringify(JSON.parse(text).map("
                + "x => [CoursegenCost.roundCents(x), CoursegenCost.roundMicros(x)]))", json.append("]").toString());
        JsonNode actual = CostVectors.parse(results);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            double cents = actual.get(i).get(0).doubleValue();
            double micros = actual.get(i).get(1).doubleValue();
            if (cents != Money.roundCents(values[i]) || micros != Money.roundMicros(values[i])) {
                mismatches.add(values[i] + ": JavaScript " + cents + " / " + micros + ", Java "
                        + Money.roundCents(values[i]) + " / " + Money.roundMicros(values[i]));
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void whatJsonCannotCarryIsAProblemNotANumber() {
        // A form field can hold NaN, an infinity, undefined or a string; none may reach the arithmetic.
        String results = (String) page.evaluate("() => JSON.stringify([NaN, Infinity, -Infinity, undefined, '5', true]"
                + ".map(x => CoursegenCost.validate({requestsPerDay: x, inputTokens: 0, outputTokens: 0,"
                + " prompted: {promptTokens: 0, inputPricePerMillion: 0, outputPricePerMillion: 0, monthlyFixed: 0},"
                + " fineTuned: {promptTokens: 0, inputPricePerMillion: 0, outputPricePerMillion: 0, monthlyFixed: 0},"
                + " training: {cost: 0}, retrainEveryMonths: 0, retrainCost: 0, horizonMonths: 1})"
                + ".map(p => p.field).join()))");
        assertEquals("[\"requestsPerDay\",\"requestsPerDay\",\"requestsPerDay\",\"requestsPerDay\","
                + "\"requestsPerDay\",\"requestsPerDay\"]", results);
    }

    @Test
    void computeThrowsOnInvalidInputsWithEveryProblem() {
        String message = (String) page.evaluate("() => { try { CoursegenCost.compute({}); return 'no error'; }"
                + " catch (e) { return e.message; } }");
        assertEquals(true, message.startsWith("invalid cost inputs: requestsPerDay: must be a number from 0 to"
                + " 1,000,000,000 requests per day; inputTokens: "), message);
        assertEquals(true, message.endsWith("horizonMonths: must be a whole number from 1 to 120 months"), message);
    }

    @Test
    void exposesOneFrozenGlobal() {
        assertEquals("compute,roundCents,roundMicros,validate,true",
                page.evaluate("() => Object.keys(CoursegenCost).sort().join(',') + ','"
                        + " + Object.isFrozen(CoursegenCost)"));
    }

    /** Applies {@code function} (JavaScript, taking a case) to every vector in the page. */
    private JsonNode run(String function) {
        // A case that throws becomes a mismatch of its own instead of hiding the others.
        String json = (String) page.evaluate("text => JSON.stringify(JSON.parse(text).cases.map("
                + "c => { try { return (" + function + ")(c); } catch (e) { return 'threw: ' + e; } }))",
                CostVectors.text());
        return CostVectors.parse(json);
    }
}
