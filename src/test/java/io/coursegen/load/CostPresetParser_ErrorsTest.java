package io.coursegen.load;

import io.coursegen.widget.calculator.CostPresetParser;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.cost.CostPreset;
import io.coursegen.model.cost.Training;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost presets file: what it reads (with defaults), and every error with its exact text and
 * position; values are checked by the model's own validation, reported at the key that holds them.
 * Then the embed checks through a whole course.
 */
class CostPresetParser_ErrorsTest {
    private static final String PATH = "content/widgets/cost-presets.yaml";
    private static final String E = PATH + ":";
    private static final String HEAD = "- id: p\n  title: P\n  prices-as-of: 2024-07-24\n  description: D\n";
    private static final String BODY = "  requests-per-day: 10000\n  input-tokens: 200\n"
            + "  prompted:\n    prompt-tokens: 500\n    input-price-per-million: 5\n"
            + "  fine-tuned:\n    prompt-tokens: 50\n    input-price-per-million: 0.30\n";

    private final Diagnostics diagnostics = new Diagnostics();

    @TempDir
    Path root;

    private List<CostPreset> parse(String yaml) {
        return CostPresetParser.parse(PATH, yaml, diagnostics);
    }

    @Test
    void readsAPresetWithDefaults() {
        List<CostPreset> presets = parse(HEAD + BODY);
        assertEquals(List.of(), diagnostics.lines());
        CostPreset p = presets.get(0);
        assertEquals("p", p.id());
        assertEquals("2024-07-24", p.pricesAsOf());
        assertEquals(10000, p.inputs().requestsPerDay());
        assertEquals(0, p.inputs().outputTokens());
        assertEquals(0.3, p.inputs().fineTuned().inputPricePerMillion());
        assertEquals(new Training.Direct(0), p.inputs().training());
        assertEquals(12, p.inputs().horizonMonths());
        assertEquals(30, p.inputs().daysPerMonth());
    }

    @Test
    void readsTrainingPerToken() {
        List<CostPreset> presets = parse(HEAD + BODY + "  training:\n    tokens: 2000000\n    epochs: 3\n    price-per-million: 3\n");
        assertEquals(List.of(), diagnostics.lines());
        assertEquals(new Training.PerToken(2000000, 3, 3), presets.get(0).inputs().training());
    }

    @Test
    void unknownKeyListsTheAllowedOnes() {
        assertEquals(List.of(), parse(HEAD + BODY + "  horizon: 12\n"));
        assertEquals(List.of(E + "13:3: error: unknown key `horizon` in a cost preset, expected one of `days-per-month`, `description`, "
                + "`fine-tuned`, `horizon-months`, `id`, `input-tokens`, `output-tokens`, `prices-as-of`, `prompted`, `requests-per-day`, "
                + "`retrain-cost`, `retrain-every-months`, `title`, `training`"), diagnostics.lines());
    }

    @Test
    void unknownOptionKey() {
        parse(HEAD + BODY.replace("    input-price-per-million: 5\n", "    input-price: 5\n"));
        assertEquals(List.of(
                E + "8:5: error: missing required key `input-price-per-million`",
                E + "9:5: error: unknown key `input-price` in `prompted`, expected one of `input-price-per-million`, `monthly-fixed`, "
                        + "`output-price-per-million`, `prompt-tokens`"),
                diagnostics.lines());
    }

    @Test
    void outOfRangeValuesAreReportedAtTheirKeysWithTheModelsMessages() {
        assertEquals(List.of(), parse(HEAD + BODY.replace("5\n", "20000\n").replace("10000\n", "-1\n")
                + "  horizon-months: 6.5\n  training:\n    cost: 2000000000\n"));
        assertEquals(List.of(
                E + "5:21: error: `requests-per-day` must be a number from 0 to 1,000,000,000 requests per day, found -1",
                E + "9:30: error: `input-price-per-million` must be a number from 0 to 10,000 USD per 1M tokens, found 20000",
                E + "13:19: error: `horizon-months` must be a whole number from 1 to 120 months, found 6.5",
                E + "15:11: error: `cost` must be a number from 0 to 1,000,000,000 USD, found 2000000000"), diagnostics.lines());
    }

    @Test
    void wrongTypesDatesIdsAndDuplicates() {
        String second = HEAD.replace("prices-as-of: 2024-07-24", "prices-as-of: July 2024") + BODY.replace("200\n", "lots\n");
        parse(HEAD + BODY + second + HEAD.replace("id: p", "id: 'a b'") + BODY);
        assertEquals(List.of(
                E + "13:7: error: preset id `p` is also used on line 1; preset ids must be unique",
                E + "15:17: error: `prices-as-of` should be a date written YYYY-MM-DD, such as 2024-07-24, found `July 2024`",
                E + "18:17: error: expected a number for `input-tokens`, found `lots`",
                E + "25:7: error: preset id `a b` may hold only letters, digits, `-` and `_`, and must start with a letter or digit"),
                diagnostics.lines());
    }

    @Test
    void trainingBothWaysAndNotAList() {
        parse(HEAD + BODY + "  training:\n    cost: 5\n    tokens: 10\n");
        parse("id: p\n");
        assertEquals(List.of(
                E + "1:1: error: expected the cost presets as a list (one `- id: ...` entry a preset), found a mapping",
                E + "14:5: error: give `training` either as `cost` (USD) or as `tokens`, `epochs` and `price-per-million`, not both"),
                diagnostics.lines());
    }

    @Test
    void lessonsEmbeddingUnknownPresetsOrTwoCalculators() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, PATH, HEAD + BODY + HEAD.replace("id: p", "id: broken") + BODY.replace("200\n", "-3\n"));
        CourseFiles.writeString(root, "content/01-intro/01-first.md", "---\ntitle: First\nsummary: S\n---\n\n{{calculator p}}\n\n"
                + "{{calculator pp}}\n\n{{ calculator broken }}\n");
        CourseFiles.writeString(root, "content/01-intro/02-second.md", "---\ntitle: Second\nsummary: S\n---\n\n{{calculator q}}\n");
        assertEquals(List.of(
                "content/01-intro/01-first.md:8:1: error: a lesson can show the cost calculator once; it is already shown on line 6 "
                        + "(its preset selector offers every preset)",
                "content/01-intro/01-first.md:10:1: error: a lesson can show the cost calculator once; it is already shown on line 6 "
                        + "(its preset selector offers every preset)",
                "content/01-intro/02-second.md:6:1: error: unknown cost preset `q` (known: p)",
                E + "18:17: error: `input-tokens` must be a number from 0 to 10,000,000 tokens per request, found -3"),
                CourseFiles.check(root));
    }

    @Test
    void unknownPresetWhenThereAreNone() {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/01-intro/01-first.md", "---\ntitle: First\nsummary: S\n---\n\n{{calculator q}}\n");
        assertEquals(List.of(
                "content/01-intro/01-first.md:6:1: error: unknown cost preset `q`; there are no presets in content/widgets/cost-presets.yaml"),
                CourseFiles.check(root));
    }
}
