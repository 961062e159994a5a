package io.coursegen.widget.calculator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.cost.CostModel;
import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.OptionInputs;
import io.coursegen.model.cost.Training;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The break-even volume in words, as the build-time tables and {@code calculator.js} write it: 0
 * from {@link CostModel} (nothing to recover, so fine-tuning costs no more a month at any traffic) is
 * "any volume", not "0 requests a day"; none is none; any other volume is rounded up.
 */
class CalculatorViews_BreakEvenVolumeTest {

    private static final Locale EN = Locale.ENGLISH;

    private static CostInputs source003(double training, double fineTunedFixed) {
        return new CostInputs(10_000, 200, 0, new OptionInputs(500, 5, 0, 0), new OptionInputs(50, 0.3, 0, fineTunedFixed),
                new Training.Direct(training), 0, 0, 12, 30);
    }

    @Test
    void noTrainingCostIsAnyVolume() {
        OptionalDouble v = CostModel.compute(source003(0, 0)).breakEvenRequestsPerDay();
        assertEquals(OptionalDouble.of(0), v, "the model's 0: fine-tuning costs no more at any volume");
        assertEquals("any volume: fine-tuning costs no more a month, however few the requests", CalculatorViews.breakEvenVolume(v, EN));
    }

    @Test
    void aTrainingCostGivesTheVolumeRoundedUp() {
        // $2,000 over 12 months at 0.3425 cents saved a request, 30 days: 1,622.06 a day.
        OptionalDouble v = CostModel.compute(source003(2000, 0)).breakEvenRequestsPerDay();
        assertEquals(1622.06, v.getAsDouble(), 0.005);
        assertEquals("1,623 requests a day", CalculatorViews.breakEvenVolume(v, EN));
    }

    @Test
    void aFixedCostAloneAlsoGivesAVolume() {
        assertEquals("98 requests a day", CalculatorViews.breakEvenVolume(
                CostModel.compute(source003(0, 10)).breakEvenRequestsPerDay(), EN), "$10 a month ÷ $0.10275 a request-day");
    }

    @Test
    void noVolumeWhenAFineTunedRequestDoesNotCostLess() {
        assertEquals("none: a fine-tuned request does not cost less", CalculatorViews.breakEvenVolume(OptionalDouble.empty(), EN));
    }
}
