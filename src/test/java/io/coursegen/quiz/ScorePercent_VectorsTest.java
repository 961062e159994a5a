package io.coursegen.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code percent.json} against {@link ScorePercent}, and the rule's promises over every score a quiz of
 * up to 40 questions with half-credit steps can get, against every pass mark from 0% to 100%. The
 * browser runs the same vectors ({@link Grading_BrowserVectorsTest#percentVectors}).
 */
class ScorePercent_VectorsTest {
    static final String PERCENT = "percent.json";

    @Test
    void vectors() {
        List<String> mismatches = new ArrayList<>();
        for (JsonNode c : Vectors.cases(PERCENT)) {
            double score = c.get("score").asDouble();
            int actual = c.has("pass") ? ScorePercent.shown(score, c.get("pass").asDouble()) : ScorePercent.shown(score);
            if (actual != c.get("expected").asInt()) mismatches.add(c.get("name").asText() + ": expected " + c.get("expected") + ", got " + actual);
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void theShownNumberNeverContradictsTheWordsBesideIt() {
        for (int n = 1; n <= 80; n++) {
            for (int k = 0; k <= n; k++) {
                double score = (double) k / n;
                int alone = ScorePercent.shown(score);
                boolean clamped = score * 100 < 0.5 || score * 100 > 99.5; // partly right: kept off 0 and 100
                if (!clamped || k == 0 || k == n) assertTrue(Math.abs(alone - score * 100) <= 0.5 + 1e-6, k + "/" + n + " rounds to the nearest: " + alone);
                if (k > 0 && k < n) assertTrue(alone >= 1 && alone <= 99, k + "/" + n + " is partly right: " + alone);
                if (k == 0) assertEquals(0, alone);
                if (k == n) assertEquals(100, alone);
                for (int p = 0; p <= 100; p++) {
                    double pass = p / 100.0;
                    int shown = ScorePercent.shown(score, pass);
                    boolean passed = score >= pass - Grader.EPSILON;
                    if (passed) assertTrue(shown >= ScorePercent.passMark(pass), k + "/" + n + " passes " + p + "% but shows " + shown);
                    else assertTrue(shown < ScorePercent.passMark(pass), k + "/" + n + " fails " + p + "% but shows " + shown);
                    assertTrue(Math.abs(shown - alone) <= 1, k + "/" + n + " against " + p + "% moves by at most one point");
                }
            }
        }
    }
}
