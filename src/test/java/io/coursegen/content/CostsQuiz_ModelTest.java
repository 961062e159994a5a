package io.coursegen.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.cost.CostModel;
import io.coursegen.cost.CostResult;
import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.OptionInputs;
import io.coursegen.model.cost.Training;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Holds the numeric answers of {@code quizzes/costs.yaml} to the calculator's cost model: each
 * numeric question's answer must equal what {@link CostModel} works out for the scenario the
 * question describes, and every numeric question must have its scenario here.
 */
class CostsQuiz_ModelTest {

    private static final Path QUIZ = Path.of("quizzes", "costs.yaml");

    /** Source 003's example: 10,000 requests a day of 200 tokens; GPT-4o vs fine-tuned GPT-4o-mini. */
    private static CostInputs source003(double requestsPerDay, Training training) {
        return new CostInputs(requestsPerDay, 200, 0,
                new OptionInputs(500, 5, 0, 0), new OptionInputs(50, 0.30, 0, 0),
                training, 0, 0, 24, 30);
    }

    /** What the model says each numeric question's answer is. */
    private static Map<String, Double> modelAnswers() {
        Map<String, Double> out = new LinkedHashMap<>();
        CostResult example = CostModel.compute(source003(10_000, new Training.Direct(0)));
        out.put("costs-003-daily-prompted", example.prompted().perDay());
        out.put("costs-003-monthly-tuned", example.fineTuned().perMonth());
        out.put("costs-003-monthly-saving", example.monthlySaving());
        CostResult lowVolume = CostModel.compute(source003(1_000, new Training.Direct(2_000)));
        out.put("costs-low-volume-saving", lowVolume.monthlySaving());
        out.put("costs-break-even-month", (double) lowVolume.breakEven().month().orElseThrow());
        CostResult tokens = CostModel.compute(source003(1_000, new Training.PerToken(2_000_000, 3, 3)));
        out.put("costs-training-from-tokens", tokens.trainingCost());
        // The same traffic and prompts with GPT-4o-mini on both sides: untuned at $0.15 per 1M
        // (its 2024-07-24 list price) against tuned at $0.30, as in the preset same-model-mini.
        CostResult sameModel = CostModel.compute(new CostInputs(10_000, 200, 0,
                new OptionInputs(500, 0.15, 0, 0), new OptionInputs(50, 0.30, 0, 0),
                new Training.Direct(0), 0, 0, 24, 30));
        out.put("costs-same-model-saving", sameModel.monthlySaving());
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyNumericAnswerIsWhatTheCostModelComputes() throws IOException {
        Map<String, Object> quiz = new Yaml().load(Files.readString(QUIZ));
        Map<String, Double> expected = modelAnswers();
        TreeSet<String> numericIds = new TreeSet<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) quiz.get("questions")) {
            if (!"numeric".equals(q.get("type"))) {
                continue;
            }
            String id = (String) q.get("id");
            numericIds.add(id);
            assertTrue(expected.containsKey(id), "no model scenario for numeric question " + id);
            double answer = ((Number) q.get("answer")).doubleValue();
            assertEquals(expected.get(id), answer, 1e-6, id + ": the quiz answer differs from the cost model");
        }
        assertEquals(new TreeSet<>(expected.keySet()), numericIds, "numeric questions and model scenarios differ");
        assertTrue(numericIds.size() >= 5, "the costs quiz needs at least 5 numeric questions");
    }
}
