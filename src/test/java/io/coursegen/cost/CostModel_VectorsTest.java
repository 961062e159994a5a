package io.coursegen.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.InputProblem;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the shared vectors {@code cost.json} against {@link CostModel} and
 * {@link CostInputs#validate()}; the same file runs against {@code cost-model.js} in
 * {@link CostModel_BrowserVectorsTest}.
 */
class CostModel_VectorsTest {

    static Stream<Named<JsonNode>> cases() {
        return CostVectors.cases().stream().map(c -> Named.of(c.get("name").textValue(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void javaGivesTheExpectedOutputs(JsonNode c) {
        CostInputs inputs = CostJson.readInputs(c.get("inputs"));
        List<InputProblem> problems = inputs.validate();
        JsonNode expected = c.get("expected");
        if (expected.has("problems")) {
            assertEquals(List.of(), CostVectors.differences(expected, CostVectors.problems(problems)),
                    () -> "inputs " + c.get("inputs"));
        } else {
            assertEquals(List.of(), problems, "valid inputs");
            assertEquals(List.of(), CostVectors.differences(expected, CostVectors.display(CostModel.compute(inputs))),
                    () -> "inputs " + c.get("inputs"));
        }
    }

    @Test
    void thereAreEnoughVectorsWithUniqueNamesCoveringTheEdges() {
        List<JsonNode> cases = CostVectors.cases();
        List<String> names = cases.stream().map(c -> c.get("name").textValue()).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), "vector names must be unique");
        assertTrue(names.size() >= 30, "at least 30 cost vectors, found " + names.size());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("source 003 worked example")), "the worked example");
        Set<String> statuses = cases.stream().map(c -> c.get("expected").path("breakEven").path("status").asText())
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        assertEquals(Set.of("within-horizon", "after-horizon", "never"), statuses);
        assertTrue(cases.stream().filter(c -> c.get("expected").has("problems")).count() >= 10, "invalid inputs");
        assertTrue(cases.stream().anyMatch(c -> c.get("expected").path("breakEvenRequestsPerDay").isNull()),
                "a case without break-even volume");
    }
}
