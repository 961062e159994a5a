package io.coursegen.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.cost.BreakEven.Status;
import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.InputProblem;
import io.coursegen.model.cost.Training;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule of {@link CostModel}, by hand-worked examples. Amounts in USD unless a name says cents. */
class CostModel_RulesTest {

    private static final double EXACT = 1e-9;

    private static double cents(double usd) {
        return Money.roundCents(usd);
    }

    @Test
    void source003WorkedExample_35DollarsAgainst75CentsADay_1027_50SavedA30DayMonth() {
        // 10,000 requests × (200 + 500) tokens × 5 USD/1M = 35 USD; × (200 + 50) × 0.30 USD/1M = 0.75 USD.
        CostResult r = Inputs.workedExample().compute();
        assertEquals(3500, cents(r.prompted().perDay()));
        assertEquals(75, cents(r.fineTuned().perDay()));
        assertEquals(102750, cents(r.monthlySaving()));
        assertEquals(35.0, r.prompted().perDay(), EXACT);
        assertEquals(0.75, r.fineTuned().perDay(), EXACT);
        assertEquals(1027.5, r.monthlySaving(), EXACT);
        assertEquals(new BreakEven(Status.WITHIN_HORIZON, OptionalInt.of(1)), r.breakEven());
    }

    @Nested
    class RunningCosts {

        @Test
        void perRequestPricesInputAndPromptTokensAtTheInputPriceAndOutputAtTheOutputPrice() {
            // (200 + 500) × 5 / 1M + 300 × 15 / 1M = 0.0035 + 0.0045 = 0.008 USD.
            CostResult r = Inputs.workedExample().outputTokens(300).prompted(500, 5, 15, 0).compute();
            assertEquals(0.008, r.prompted().perRequest(), EXACT);
        }

        @Test
        void perDayIsPerRequestTimesRequests() {
            CostResult r = Inputs.workedExample().requests(2_500).compute();
            assertEquals(0.0035 * 2_500, r.prompted().perDay(), EXACT);
            assertEquals(8.75, r.prompted().perDay(), EXACT);
        }

        @Test
        void perMonthIsPerDayTimesDaysPerMonthPlusTheFixedCost() {
            CostResult r = Inputs.workedExample().days(31).promptedFixed(100).fineTunedFixed(400).compute();
            assertEquals(35 * 31 + 100, r.prompted().perMonth(), EXACT);
            assertEquals(0.75 * 31 + 400, r.fineTuned().perMonth(), EXACT);
            assertEquals(1185 - 423.25, r.monthlySaving(), EXACT);
        }

        @Test
        void fixedCostsAreInTheMonthNotTheDay() {
            CostResult r = Inputs.workedExample().fineTunedFixed(500).compute();
            assertEquals(0.75, r.fineTuned().perDay(), EXACT);
            assertEquals(522.5, r.fineTuned().perMonth(), EXACT);
            assertEquals(527.5, r.monthlySaving(), EXACT);
        }

        @Test
        void monthlySavingIsNegativeWhenFineTuningCostsMore() {
            CostResult r = Inputs.workedExample().fineTunedFixed(2000).compute();
            assertEquals(-972.5, r.monthlySaving(), EXACT);
        }

        @Test
        void thirtyDaysByDefault() {
            assertEquals(30.0, CostInputs.DEFAULT_DAYS_PER_MONTH);
            assertEquals(30.0, Inputs.zero().build().daysPerMonth());
        }

        @Test
        void fractionalDaysPerMonth() {
            CostResult r = Inputs.workedExample().days(30.4375).compute();
            assertEquals(35 * 30.4375, r.prompted().perMonth(), EXACT);
        }
    }

    @Nested
    class TrainingCost {

        @Test
        void givenDirectly() {
            CostResult r = Inputs.workedExample().training(2000).compute();
            assertEquals(2000, r.trainingCost());
            assertEquals(2000, r.cumulativeFineTuned().get(0));
        }

        @Test
        void fromTokensTimesEpochsTimesPricePerMillion() {
            // 2,000,000 tokens × 3 epochs × 25 USD per 1M = 150 USD.
            CostResult r = Inputs.workedExample().training(new Training.PerToken(2_000_000, 3, 25)).compute();
            assertEquals(150, r.trainingCost(), EXACT);
        }

        @Test
        void bothWaysGiveTheSameResultForTheSameCost() {
            CostResult direct = Inputs.workedExample().training(150).compute();
            CostResult perToken = Inputs.workedExample().training(new Training.PerToken(2_000_000, 3, 25)).compute();
            assertEquals(direct, perToken);
        }

        @Test
        void zeroEpochsCostNothing() {
            assertEquals(0, Inputs.workedExample().training(new Training.PerToken(5_000_000, 0, 25)).compute()
                    .trainingCost());
        }

        @Test
        void trainingIsOnlyInTheFineTunedSeriesFromMonth0() {
            CostResult r = Inputs.workedExample().training(500).horizon(2).compute();
            assertEquals(List.of(0.0, 1050.0, 2100.0), r.cumulativePrompted());
            assertEquals(500, r.cumulativeFineTuned().get(0), EXACT);
            assertEquals(522.5, r.cumulativeFineTuned().get(1), EXACT);
            assertEquals(545, r.cumulativeFineTuned().get(2), EXACT);
        }
    }

    @Nested
    class Retraining {

        @Test
        void everyThreeMonthsLandsInMonths4_7_10() {
            CostResult r = Inputs.workedExample().retrain(3, 500).compute();
            assertEquals(List.of(4, 7, 10), r.retrainMonths());
        }

        @Test
        void theCumulativeCostJumpsByTheRetrainingCostInThoseMonthsOnly() {
            CostResult r = Inputs.workedExample().training(600).retrain(3, 500).compute();
            List<Double> f = r.cumulativeFineTuned();
            for (int m = 1; m <= 12; m++) {
                double jump = f.get(m) - f.get(m - 1) - 22.5;
                assertEquals(r.retrainMonths().contains(m) ? 500 : 0, jump, EXACT, "month " + m);
            }
            assertEquals(600 + 12 * 22.5 + 3 * 500, f.get(12), EXACT);
        }

        @Test
        void everyMonthStartsInMonth2_theUpfrontModelServesMonth1() {
            assertEquals(List.of(2, 3, 4), Inputs.workedExample().retrain(1, 100).horizon(4).compute().retrainMonths());
        }

        @Test
        void anIntervalAsLongAsTheHorizonNeverLands() {
            assertEquals(List.of(), Inputs.workedExample().retrain(12, 5000).compute().retrainMonths());
            assertEquals(List.of(13), Inputs.workedExample().retrain(12, 5000).horizon(13).compute().retrainMonths());
        }

        @Test
        void zeroMeansNeverAndItsCostIsIgnored() {
            CostResult off = Inputs.workedExample().retrain(0, 5000).compute();
            assertEquals(List.of(), off.retrainMonths());
            assertEquals(Inputs.workedExample().compute(), off);
        }
    }

    @Nested
    class BreakEvenMonth {

        @Test
        void immediately_month1_whenThereIsNothingToPayBack() {
            assertEquals(at(1), Inputs.workedExample().compute().breakEven());
        }

        @Test
        void inMonthK() {
            // 2,000 + 22.5 m ≤ 1,050 m from m = 1.95: month 2.
            assertEquals(at(2), Inputs.workedExample().training(2000).compute().breakEven());
        }

        @Test
        void anExactTieCounts() {
            // 1,027.50 + 22.50 = 1,050.00 in month 1.
            assertEquals(at(1), Inputs.workedExample().training(1027.5).compute().breakEven());
            assertEquals(at(2), Inputs.workedExample().training(2055).compute().breakEven());
            assertEquals(at(3), Inputs.workedExample().training(2055.01).compute().breakEven());
        }

        @Test
        void onTheLastMonthOfTheHorizon() {
            assertEquals(at(12), Inputs.workedExample().training(12_000).compute().breakEven());
        }

        @Test
        void afterTheHorizonTheMonthIsStillGiven() {
            BreakEven b = Inputs.workedExample().training(13_000).compute().breakEven();
            assertEquals(new BreakEven(Status.AFTER_HORIZON, OptionalInt.of(13)), b);
        }

        @Test
        void neverWhenFineTuningCostsMoreEveryMonth() {
            CostResult r = Inputs.workedExample().training(500).fineTuned(50, 20, 0, 0).compute();
            assertEquals(BreakEven.never(), r.breakEven());
        }

        @Test
        void neverWhenRetrainingEatsTheSaving() {
            CostResult r = Inputs.workedExample().training(2000).retrain(1, 1500).compute();
            assertEquals(BreakEven.never(), r.breakEven());
        }

        @Test
        void neverWithin100Years_aCentAMonthAgainst100Dollars() {
            CostResult r = Inputs.zero().promptedFixed(0.01).training(100).horizon(120).compute();
            assertEquals(BreakEven.never(), r.breakEven());
        }

        @Test
        void aCentAMonthPaysBack10DollarsInMonth1000() {
            CostResult r = Inputs.zero().promptedFixed(0.01).training(10).horizon(120).compute();
            assertEquals(new BreakEven(Status.AFTER_HORIZON, OptionalInt.of(1000)), r.breakEven());
        }

        @Test
        void month0IsNeverTheBreakEven_evenWithNoTraining() {
            // Both cost 0 at month 0, but fine-tuning costs more every month after.
            CostResult r = Inputs.workedExample().fineTuned(50, 20, 0, 0).compute();
            assertEquals(r.cumulativePrompted().get(0), r.cumulativeFineTuned().get(0));
            assertEquals(BreakEven.never(), r.breakEven());
        }

        @Test
        void theFirstMonthCountsEvenIfARetrainingPutsFineTuningBehindLater() {
            CostResult r = Inputs.workedExample().training(1000).retrain(1, 1100).horizon(4).compute();
            assertEquals(at(1), r.breakEven());
            assertTrue(r.cumulativeFineTuned().get(2) > r.cumulativePrompted().get(2));
        }

        @Test
        void retrainingCanDelayIt() {
            assertEquals(at(3), Inputs.workedExample().training(2500).compute().breakEven());
            assertEquals(at(4), Inputs.workedExample().training(2500).retrain(2, 1000).compute().breakEven());
        }

        @Test
        void comparedInCents_soADifferenceBelowHalfACentIsATie() {
            CostResult r = Inputs.zero().training(0.004).compute();
            assertEquals(at(1), r.breakEven());
            assertEquals(BreakEven.never(), Inputs.zero().training(0.005).compute().breakEven());
        }

        private BreakEven at(int month) {
            return new BreakEven(Status.WITHIN_HORIZON, OptionalInt.of(month));
        }
    }

    @Nested
    class VolumeAtBreakEven {

        @Test
        void trainingIsSpreadOverTheHorizon() {
            // 12,000 USD over 12 months = 1,000 USD a month; each request saves 0.003425 USD, × 30 days.
            CostResult r = Inputs.workedExample().training(12_000).compute();
            assertEquals(1000 / (0.003425 * 30), r.breakEvenRequestsPerDay().getAsDouble(), 1e-9);
        }

        @Test
        void bothOptionsCostTheSameAMonthAtThatVolume() {
            Inputs inputs = Inputs.workedExample().training(12_000).fineTunedFixed(300).promptedFixed(50);
            double v = inputs.compute().breakEvenRequestsPerDay().getAsDouble();
            CostResult at = inputs.requests(v).compute();
            assertEquals(at.prompted().perMonth(), at.fineTuned().perMonth() + 12_000 / 12.0, 1e-6);
        }

        @Test
        void retrainingsWithinTheHorizonAreSpreadToo() {
            // 9,000 USD training + one retraining (month 7) of 3,000 USD = 12,000 USD over 12 months.
            CostResult r = Inputs.workedExample().training(9000).retrain(6, 3000).compute();
            assertEquals(1000 / (0.003425 * 30), r.breakEvenRequestsPerDay().getAsDouble(), 1e-9);
        }

        @Test
        void fixedCostsCount() {
            // A free fine-tuned model hosted for 1,050 USD a month: 1,050 / (0.0035 × 30) = 10,000 a day.
            CostResult r = Inputs.workedExample().fineTuned(50, 0, 0, 1050).compute();
            assertEquals(10_000, r.breakEvenRequestsPerDay().getAsDouble(), 1e-9);
        }

        @Test
        void zeroWhenFineTuningCostsNoMoreAtAnyVolume() {
            assertEquals(OptionalDouble.of(0), Inputs.workedExample().compute().breakEvenRequestsPerDay());
            assertEquals(OptionalDouble.of(0),
                    Inputs.workedExample().training(1200).promptedFixed(500).compute().breakEvenRequestsPerDay());
        }

        @Test
        void noneWhenAFineTunedRequestDoesNotCostLess() {
            assertEquals(OptionalDouble.empty(),
                    Inputs.workedExample().fineTuned(500, 5, 0, 0).compute().breakEvenRequestsPerDay());
            assertEquals(OptionalDouble.empty(),
                    Inputs.workedExample().promptedFixed(1000).fineTuned(50, 20, 0, 0).compute()
                            .breakEvenRequestsPerDay());
        }

        @Test
        void doesNotDependOnTheVolumeItself() {
            Inputs inputs = Inputs.workedExample().training(5000);
            assertEquals(inputs.compute().breakEvenRequestsPerDay(),
                    inputs.requests(0).compute().breakEvenRequestsPerDay());
        }
    }

    @Nested
    class Edges {

        @Test
        void zeroVolumeLeavesOnlyFixedCosts() {
            CostResult r = Inputs.workedExample().requests(0).training(200).promptedFixed(100).fineTunedFixed(50)
                    .compute();
            assertEquals(0, r.prompted().perDay());
            assertEquals(0, r.fineTuned().perDay());
            assertEquals(50, r.monthlySaving(), EXACT);
            // 200 + 50 m ≤ 100 m from m = 4.
            assertEquals(OptionalInt.of(4), r.breakEven().month());
        }

        @Test
        void zeroVolumeWithATrainingCostNeverBreaksEven() {
            assertEquals(BreakEven.never(), Inputs.workedExample().requests(0).training(100).compute().breakEven());
        }

        @Test
        void zeroPricesCostNothing() {
            CostResult r = Inputs.zero().requests(5000).inputTokens(300).outputTokens(100).compute();
            assertEquals(new OptionCosts(0, 0, 0), r.prompted());
            assertEquals(new OptionCosts(0, 0, 0), r.fineTuned());
            assertEquals(OptionalInt.of(1), r.breakEven().month());
            assertEquals(OptionalDouble.empty(), r.breakEvenRequestsPerDay());
            assertTrue(r.cumulativeFineTuned().stream().allMatch(c -> c == 0));
        }

        @Test
        void theSeriesRunsFromMonth0ToTheHorizon() {
            CostResult r = Inputs.workedExample().horizon(1).compute();
            assertEquals(2, r.cumulativePrompted().size());
            assertEquals(2, r.cumulativeFineTuned().size());
            assertEquals(121, Inputs.workedExample().horizon(120).compute().cumulativePrompted().size());
        }
    }

    @Nested
    class Validation {

        @Test
        void theWorkedExampleIsValid() {
            assertEquals(List.of(), Inputs.workedExample().build().validate());
        }

        @Test
        void everyFieldNamesItsRange() {
            assertProblem(Inputs.workedExample().requests(-1), "requestsPerDay",
                    "must be a number from 0 to 1,000,000,000 requests per day");
            assertProblem(Inputs.workedExample().requests(1e9 + 1), "requestsPerDay",
                    "must be a number from 0 to 1,000,000,000 requests per day");
            assertProblem(Inputs.workedExample().inputTokens(-1), "inputTokens",
                    "must be a number from 0 to 10,000,000 tokens per request");
            assertProblem(Inputs.workedExample().outputTokens(1e7 + 1), "outputTokens",
                    "must be a number from 0 to 10,000,000 tokens per request");
            assertProblem(Inputs.workedExample().prompted(-1, 5, 0, 0), "prompted.promptTokens",
                    "must be a number from 0 to 10,000,000 tokens per request");
            assertProblem(Inputs.workedExample().prompted(500, -0.01, 0, 0), "prompted.inputPricePerMillion",
                    "must be a number from 0 to 10,000 USD per 1M tokens");
            assertProblem(Inputs.workedExample().prompted(500, 5, 10_001, 0), "prompted.outputPricePerMillion",
                    "must be a number from 0 to 10,000 USD per 1M tokens");
            assertProblem(Inputs.workedExample().promptedFixed(-5), "prompted.monthlyFixed",
                    "must be a number from 0 to 1,000,000,000 USD per month");
            assertProblem(Inputs.workedExample().fineTuned(1e8, 0.3, 0, 0), "fineTuned.promptTokens",
                    "must be a number from 0 to 10,000,000 tokens per request");
            assertProblem(Inputs.workedExample().fineTuned(50, -1, 0, 0), "fineTuned.inputPricePerMillion",
                    "must be a number from 0 to 10,000 USD per 1M tokens");
            assertProblem(Inputs.workedExample().fineTuned(50, 0.3, -1, 0), "fineTuned.outputPricePerMillion",
                    "must be a number from 0 to 10,000 USD per 1M tokens");
            assertProblem(Inputs.workedExample().fineTunedFixed(2e9), "fineTuned.monthlyFixed",
                    "must be a number from 0 to 1,000,000,000 USD per month");
            assertProblem(Inputs.workedExample().training(-1), "training.cost",
                    "must be a number from 0 to 1,000,000,000 USD");
            assertProblem(Inputs.workedExample().training(new Training.PerToken(-1, 3, 25)), "training.tokens",
                    "must be a number from 0 to 1,000,000,000,000 tokens");
            assertProblem(Inputs.workedExample().training(new Training.PerToken(1e6, 101, 25)), "training.epochs",
                    "must be a number from 0 to 100 epochs");
            assertProblem(Inputs.workedExample().training(new Training.PerToken(1e6, 3, -25)),
                    "training.pricePerMillion",
                    "must be a number from 0 to 10,000 USD per 1M training tokens");
            assertProblem(Inputs.workedExample().retrain(-1, 0), "retrainEveryMonths",
                    "must be a whole number from 0 to 120 months (0 = never)");
            assertProblem(Inputs.workedExample().retrain(2.5, 0), "retrainEveryMonths",
                    "must be a whole number from 0 to 120 months (0 = never)");
            assertProblem(Inputs.workedExample().retrain(3, -100), "retrainCost",
                    "must be a number from 0 to 1,000,000,000 USD");
            for (double months : new double[] {0, 121, 1.5, -1}) {
                assertProblem(Inputs.workedExample().horizon(months), "horizonMonths",
                        "must be a whole number from 1 to 120 months");
            }
            assertProblem(Inputs.workedExample().days(0.5), "daysPerMonth", "must be a number from 1 to 31 days");
            assertProblem(Inputs.workedExample().days(32), "daysPerMonth", "must be a number from 1 to 31 days");
        }

        @Test
        void nanAndInfinitiesAreNeverAllowed() {
            assertProblem(Inputs.workedExample().requests(Double.NaN), "requestsPerDay",
                    "must be a number from 0 to 1,000,000,000 requests per day");
            assertProblem(Inputs.workedExample().requests(Double.POSITIVE_INFINITY), "requestsPerDay",
                    "must be a number from 0 to 1,000,000,000 requests per day");
            assertProblem(Inputs.workedExample().horizon(Double.NaN), "horizonMonths",
                    "must be a whole number from 1 to 120 months");
        }

        @Test
        void theBoundsThemselvesAreAllowed() {
            CostInputs low = Inputs.zero().horizon(1).days(1).build();
            CostInputs high = Inputs.zero().requests(1e9).inputTokens(1e7).outputTokens(1e7)
                    .prompted(1e7, 1e4, 1e4, 1e9).fineTuned(1e7, 1e4, 1e4, 1e9)
                    .training(new Training.PerToken(1e12, 100, 1e4)).retrain(120, 1e9).horizon(120).days(31).build();
            assertEquals(List.of(), low.validate());
            assertEquals(List.of(), high.validate());
        }

        @Test
        void everyProblemIsListedInFieldOrder() {
            CostInputs in = Inputs.workedExample().days(0).requests(-1).horizon(0).build();
            assertEquals(List.of("requestsPerDay", "horizonMonths", "daysPerMonth"),
                    in.validate().stream().map(InputProblem::field).toList());
        }

        @Test
        void computeRefusesInvalidInputsAndListsEveryProblem() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Inputs.workedExample().requests(-1).horizon(0).compute());
            assertEquals("invalid cost inputs:"
                    + " requestsPerDay: must be a number from 0 to 1,000,000,000 requests per day;"
                    + " horizonMonths: must be a whole number from 1 to 120 months", e.getMessage());
        }

        private void assertProblem(Inputs inputs, String field, String message) {
            assertEquals(List.of(new InputProblem(field, message)), inputs.build().validate());
            assertFalse(message.contains(".0"), "no Java-formatted doubles in messages");
        }
    }
}
