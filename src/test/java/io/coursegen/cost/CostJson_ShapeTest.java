package io.coursegen.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.InputProblem;
import io.coursegen.model.cost.Training;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON shapes of {@link CostJson}: what the page and the vectors exchange with Java. */
class CostJson_ShapeTest {

    private static final String WORKED_EXAMPLE = """
            {"requestsPerDay": 10000, "inputTokens": 200, "outputTokens": 0,
             "prompted": {"promptTokens": 500, "inputPricePerMillion": 5, "outputPricePerMillion": 0,
                          "monthlyFixed": 0},
             "fineTuned": {"promptTokens": 50, "inputPricePerMillion": 0.3, "outputPricePerMillion": 0,
                           "monthlyFixed": 0},
             "training": {"cost": 0}, "retrainEveryMonths": 0, "retrainCost": 0, "horizonMonths": 12}""";

    @Test
    void readsTheWorkedExample_daysPerMonthDefaultingTo30() {
        assertEquals(Inputs.workedExample().build(), CostJson.readInputs(CostVectors.parse(WORKED_EXAMPLE)));
    }

    @Test
    void trainingWithACostIsDirect_anyOtherIsPerToken() {
        CostInputs perToken = CostJson.readInputs(CostVectors.parse(WORKED_EXAMPLE.replace("{\"cost\": 0}",
                "{\"tokens\": 2000000, \"epochs\": 3, \"pricePerMillion\": 25}")));
        assertEquals(new Training.PerToken(2_000_000, 3, 25), perToken.training());
        CostInputs none = CostJson.readInputs(CostVectors.parse(WORKED_EXAMPLE.replace("{\"cost\": 0}", "{}")));
        assertEquals(List.of("training.tokens", "training.epochs", "training.pricePerMillion"),
                none.validate().stream().map(InputProblem::field).toList());
    }

    @Test
    void valuesThatAreNotNumbersReadAsNaN_forValidateToReport() {
        CostInputs in = CostJson.readInputs(CostVectors.parse(WORKED_EXAMPLE
                .replace("\"requestsPerDay\": 10000", "\"requestsPerDay\": \"10000\"")
                .replace("\"inputTokens\": 200", "\"inputTokens\": null")
                .replace("\"horizonMonths\": 12", "\"horizonMonths\": true")));
        assertTrue(Double.isNaN(in.requestsPerDay()));
        assertTrue(Double.isNaN(in.inputTokens()));
        assertEquals(List.of("requestsPerDay", "inputTokens", "horizonMonths"),
                in.validate().stream().map(InputProblem::field).toList());
    }

    @Test
    void aMissingOrMisshapenOptionReadsAsAllNaN() {
        CostInputs in = CostJson.readInputs(CostVectors.parse(WORKED_EXAMPLE.replaceFirst(
                "\"prompted\": \\{[^}]*\\}", "\"prompted\": [1, 2]")));
        assertEquals(4, in.validate().size());
        assertTrue(in.validate().stream().allMatch(p -> p.field().startsWith("prompted.")));
    }

    @Test
    void anUnknownKeyFailsLoudly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CostJson.readInputs(
                CostVectors.parse(WORKED_EXAMPLE.replace("\"promptTokens\": 500", "\"promptToken\": 500"))));
        assertEquals("prompted: unknown key `promptToken`, expected one of promptTokens, inputPricePerMillion,"
                + " outputPricePerMillion, monthlyFixed", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CostJson.readInputs(CostVectors.parse(
                WORKED_EXAMPLE.replace("{\"cost\": 0}", "{\"cost\": 0, \"tokens\": 5}"))));
        assertThrows(IllegalArgumentException.class, () -> CostJson.readInputs(CostVectors.parse("[]")));
    }

    @Test
    void inputsRoundTrip() {
        CostInputs in = Inputs.workedExample().training(new Training.PerToken(1e6, 2.5, 8)).retrain(3, 400).days(31)
                .build();
        assertEquals(in, CostJson.readInputs(CostJson.inputs(in)));
    }

    @Test
    void theResultShapeIsTheDocumentedOne() {
        String json = CostJson.result(Inputs.workedExample().horizon(2).compute()).toString();
        assertEquals("{\"trainingCost\":0.0,"
                + "\"prompted\":{\"perRequest\":0.0035,\"perDay\":35.0,\"perMonth\":1050.0},"
                + "\"fineTuned\":{\"perRequest\":7.5E-5,\"perDay\":0.7499999999999999,\"perMonth\":22.499999999999996},"
                + "\"monthlySaving\":1027.5,"
                + "\"breakEven\":{\"status\":\"within-horizon\",\"month\":1},"
                + "\"breakEvenRequestsPerDay\":0.0,"
                + "\"retrainMonths\":[],"
                + "\"cumulative\":{\"prompted\":[0.0,1050.0,2100.0],"
                + "\"fineTuned\":[0.0,22.499999999999996,44.99999999999999]}}",
                json);
    }

    @Test
    void noBreakEvenIsNull() {
        String json = CostJson.result(Inputs.workedExample().fineTuned(50, 20, 0, 0).training(1).compute()).toString();
        assertTrue(json.contains("\"breakEven\":{\"status\":\"never\",\"month\":null}"), json);
        assertTrue(json.contains("\"breakEvenRequestsPerDay\":null"), json);
    }
}
