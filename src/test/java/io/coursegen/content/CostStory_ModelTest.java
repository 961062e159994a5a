package io.coursegen.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.cost.BreakEven;
import io.coursegen.cost.CostModel;
import io.coursegen.cost.CostResult;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.widget.calculator.CalculatorViews;
import io.coursegen.widget.calculator.CostPresetParser;
import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.CostPreset;
import io.coursegen.model.cost.OptionInputs;
import io.coursegen.model.cost.Training;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Holds the cost figures that the lessons, presets, tree and exercises quote in prose (Cost at
 * scale, the preset descriptions, the readiness tree's middle zone, the ticket-sorting exercise) to
 * what {@link CostModel} computes from the shipped presets, so the course tells one cost story and
 * an edit to a preset cannot silently leave a sentence wrong.
 */
class CostStory_ModelTest {

    private static final List<CostPreset> PRESETS = load();

    private static List<CostPreset> load() {
        Diagnostics diagnostics = new Diagnostics();
        List<CostPreset> presets = CostPresetParser.fromFile(Path.of(CostPresetParser.PATH), CostPresetParser.PATH,
                diagnostics);
        assertFalse(diagnostics.hasErrors(), () -> String.join("\n", diagnostics.lines()));
        return presets;
    }

    private static CostPreset preset(String id) {
        return PRESETS.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no preset " + id));
    }

    private static CostResult run(String id) {
        return CostModel.compute(preset(id).inputs());
    }

    /** The same preset with another upfront cost. */
    private static CostResult withTraining(String id, double cost) {
        CostInputs in = preset(id).inputs();
        return CostModel.compute(new CostInputs(in.requestsPerDay(), in.inputTokens(), in.outputTokens(),
                in.prompted(), in.fineTuned(), new Training.Direct(cost), in.retrainEveryMonths(),
                in.retrainCost(), in.horizonMonths(), in.daysPerMonth()));
    }

    /** The same preset with another number of requests a day. */
    private static CostResult withVolume(String id, double requestsPerDay) {
        CostInputs in = preset(id).inputs();
        return CostModel.compute(new CostInputs(requestsPerDay, in.inputTokens(), in.outputTokens(),
                in.prompted(), in.fineTuned(), in.training(), in.retrainEveryMonths(),
                in.retrainCost(), in.horizonMonths(), in.daysPerMonth()));
    }

    private static int month(CostResult r) {
        return r.breakEven().month().orElseThrow();
    }

    private static double volume(CostResult r) {
        return r.breakEvenRequestsPerDay().orElseThrow();
    }

    @Test
    void source003ExampleAndItsAugust2024Price() {
        CostResult r = run("source-003-example");
        assertEquals(1050, r.prompted().perMonth(), 1e-9);
        assertEquals(22.5, r.fineTuned().perMonth(), 1e-9);
        assertEquals(1027.5, r.monthlySaving(), 1e-9);
        // "At $2.50 the prompted option costs $525 a month and the saving shrinks to $502.50."
        CostInputs in = preset("source-003-example").inputs();
        CostResult august = CostModel.compute(new CostInputs(in.requestsPerDay(), in.inputTokens(), 0,
                new OptionInputs(500, 2.50, 0, 0), in.fineTuned(), new Training.Direct(0), 0, 0, 12, 30));
        assertEquals(525, august.prompted().perMonth(), 1e-9);
        assertEquals(502.5, august.monthlySaving(), 1e-9);
    }

    @Test
    void sameModelBaselineSplitsTheSaving() {
        CostResult sameModel = run("same-model-mini");
        CostResult example = run("source-003-example");
        assertEquals(31.5, sameModel.prompted().perMonth(), 1e-9, "untuned GPT-4o-mini with the 500-token prompt");
        assertEquals(9, sameModel.monthlySaving(), 1e-9, "what the shorter prompt alone saves");
        assertEquals(1018.5, example.prompted().perMonth() - sameModel.prompted().perMonth(), 1e-9,
                "what the model switch saves");
        assertEquals(29, Math.round(100 * (1 - sameModel.fineTuned().perRequest() / sameModel.prompted().perRequest())),
                "per-request reduction, in percent");
        assertEquals(223, month(sameModel), "$2,000 repaid at $9 a month");
        assertEquals(92_600, Math.round(volume(sameModel) / 100) * 100, "break-even requests a day");
        assertEquals(2.8, Math.round(volume(sameModel) * 30 / 100_000) / 10.0, "break-even calls a month, millions");
    }

    @Test
    void lowVolumePreset() {
        CostResult r = run("source-003-low-volume");
        assertEquals(102.75, r.monthlySaving(), 1e-9);
        assertEquals(20, month(r));
        // "it is 812 requests a day: the bills are equal at 811.03, so at 811 a day fine-tuning still
        // costs a fraction of a cent more a month": the calculator shows the volume rounded up.
        assertEquals(811.03, volume(r), 0.005);
        assertEquals("812 requests a day", CalculatorViews.breakEvenVolume(r.breakEvenRequestsPerDay(), Locale.ENGLISH));
        CostResult at811 = withVolume("source-003-low-volume", 811);
        CostResult at812 = withVolume("source-003-low-volume", 812);
        double extra811 = at811.fineTuned().perMonth() + at811.trainingCost() / 24 - at811.prompted().perMonth();
        double extra812 = at812.fineTuned().perMonth() + at812.trainingCost() / 24 - at812.prompted().perMonth();
        assertTrue(extra811 > 0 && extra811 < 0.01, "at 811 a day fine-tuning costs a fraction of a cent more a month: " + extra811);
        assertTrue(extra812 < 0, "at 812 it costs less: " + extra812);
        assertEquals(24_000, Math.round(volume(r) * 30 / 1_000) * 1_000, "calls a month");
        // "count six weeks of engineering instead and the payback takes over a decade"
        assertEquals(146, month(withTraining("source-003-low-volume", 15_000)));
    }

    @Test
    void engineeringTimePreset() {
        CostResult r = run("engineering-time");
        assertEquals(15_000, r.trainingCost(), 1e-9);
        assertEquals(15, month(r));
        assertEquals(6_100, Math.round(volume(r) / 100) * 100, "break-even requests a day");
        assertEquals(182_000, Math.round(volume(r) * 30 / 1_000) * 1_000, "break-even calls a month");
        CostResult sameModel = withTraining("same-model-mini", 15_000);
        assertEquals(694_000, Math.round(volume(sameModel) / 1_000) * 1_000, "same model, $15,000");
        assertEquals(20.8, Math.round(volume(sameModel) * 30 / 100_000) / 10.0, "millions of calls a month");
        assertEquals(BreakEven.Status.NEVER, sameModel.breakEven().status(), "$15,000 at $9 a month: beyond 100 years");
    }

    @Test
    void ticketTriageSavesTooLittleToMatter() {
        CostResult r = run("support-triage");
        assertEquals(17.46, r.prompted().perMonth(), 1e-9);
        assertEquals(9.72, r.fineTuned().perMonth(), 1e-9);
        assertEquals(7.74, r.monthlySaving(), 1e-9);
    }

    @Test
    void everyPresetCarriesTheListPriceDate() {
        for (CostPreset p : PRESETS) {
            assertEquals("2024-07-24", p.pricesAsOf(), p.id());
        }
    }
}
