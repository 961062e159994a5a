package io.coursegen.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Holds the cost questions of {@code quizzes/final-assessment.yaml} to the calculator's cost model:
 * each one's answer must be what {@link CostModel} works out for the scenario the question describes.
 */
class FinalAssessmentCosts_ModelTest {

    private static final Path QUIZ = Path.of("quizzes", "final-assessment.yaml");

    /** Source 003's example: 10,000 requests a day of 200 tokens; GPT-4o vs fine-tuned GPT-4o-mini. */
    private static CostResult source003(Training training) {
        return CostModel.compute(new CostInputs(10_000, 200, 0,
                new OptionInputs(500, 5, 0, 0), new OptionInputs(50, 0.30, 0, 0),
                training, 0, 0, 12, 30));
    }

    /** The model's answer to each cost question, by question id. */
    private static Map<String, Double> modelAnswers() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("fa-break-even", (double) source003(new Training.Direct(3_000)).breakEven().month().orElseThrow());
        // GPT-4o-mini on both sides (2024-07-24 list prices): 20,000 requests a day of 300 tokens,
        // untuned with a 900-token prompt at $0.15 per 1M against tuned with 100 tokens at $0.30.
        CostResult sameModel = CostModel.compute(new CostInputs(20_000, 300, 0,
                new OptionInputs(900, 0.15, 0, 0), new OptionInputs(100, 0.30, 0, 0),
                new Training.Direct(0), 0, 0, 12, 30));
        out.put("fa-same-model-saving", sameModel.monthlySaving());
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCostAnswerIsWhatTheCostModelComputes() throws IOException {
        Map<String, Object> quiz = new Yaml().load(Files.readString(QUIZ));
        Map<String, Double> expected = modelAnswers();
        Map<String, Double> answers = new LinkedHashMap<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) quiz.get("questions")) {
            if (expected.containsKey(q.get("id"))) {
                assertEquals("numeric", q.get("type"), q.get("id") + " should be numeric");
                answers.put((String) q.get("id"), ((Number) q.get("answer")).doubleValue());
            }
        }
        assertEquals(expected.keySet(), answers.keySet(), "cost questions missing from the quiz");
        expected.forEach((id, value) ->
                assertEquals(value, answers.get(id), 1e-6, id + ": the quiz answer differs from the cost model"));
    }
}
