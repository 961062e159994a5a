package io.coursegen.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.cost.BreakEven.Status;
import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.OptionInputs;
import io.coursegen.model.cost.Training;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link CostModel} over generated valid inputs. */
class CostModel_PropertiesTest {

    @Property
    void generatedInputsAreValid(@ForAll("inputs") CostInputs in) {
        assertEquals(List.of(), in.validate());
    }

    @Property
    void costsAreNeverNegative(@ForAll("inputs") CostInputs in) {
        CostResult r = CostModel.compute(in);
        assertTrue(r.trainingCost() >= 0);
        for (OptionCosts c : List.of(r.prompted(), r.fineTuned())) {
            assertTrue(c.perRequest() >= 0 && c.perDay() >= 0 && c.perMonth() >= 0, c.toString());
        }
        assertTrue(r.cumulativePrompted().stream().allMatch(c -> c >= 0));
        assertTrue(r.cumulativeFineTuned().stream().allMatch(c -> c >= 0));
        r.breakEvenRequestsPerDay().ifPresent(v -> assertTrue(v >= 0, "volume " + v));
    }

    @Property
    void cumulativeCostsNeverFallFromOneMonthToTheNext(@ForAll("inputs") CostInputs in) {
        CostResult r = CostModel.compute(in);
        for (List<Double> series : List.of(r.cumulativePrompted(), r.cumulativeFineTuned())) {
            assertEquals((int) in.horizonMonths() + 1, series.size());
            for (int m = 1; m < series.size(); m++) {
                assertTrue(series.get(m) >= series.get(m - 1), "month " + m + ": " + series);
                assertTrue(Money.roundCents(series.get(m)) >= Money.roundCents(series.get(m - 1)), "month " + m);
            }
        }
    }

    @Property
    void doublingRequestsDoublesTheVariableCost(@ForAll("inputs") CostInputs in) {
        // Halving rather than doubling the generated volume keeps it within its range.
        CostResult once = CostModel.compute(withRequests(in, in.requestsPerDay() / 2));
        CostResult twice = CostModel.compute(in);
        for (OptionCosts[] pair : List.of(new OptionCosts[] {once.prompted(), twice.prompted()},
                new OptionCosts[] {once.fineTuned(), twice.fineTuned()})) {
            // Exactly: doubling is exact in binary, and the day cost is one product with the volume.
            assertEquals(pair[0].perRequest(), pair[1].perRequest());
            assertEquals(2 * pair[0].perDay(), pair[1].perDay());
        }
        double variable = once.prompted().perMonth() - in.prompted().monthlyFixed();
        double doubled = twice.prompted().perMonth() - in.prompted().monthlyFixed();
        assertEquals(2 * variable, doubled, 1e-9 * Math.max(1, twice.prompted().perMonth()));
    }

    @Property
    void cheaperRequestsAndNothingToPayBackBreakEvenInMonth1(@ForAll("inputs") CostInputs generated) {
        CostInputs in = new CostInputs(generated.requestsPerDay(), generated.inputTokens(), generated.outputTokens(),
                withFixed(generated.prompted(), 0), withFixed(generated.fineTuned(), 0), new Training.Direct(0),
                generated.retrainEveryMonths(), 0, generated.horizonMonths(), generated.daysPerMonth());
        CostResult r = CostModel.compute(in);
        if (r.fineTuned().perRequest() < r.prompted().perRequest()) {
            assertEquals(new BreakEven(Status.WITHIN_HORIZON, OptionalInt.of(1)), r.breakEven());
        }
    }

    @Property
    void theBreakEvenMonthIsTheFirstWhoseCumulativeCentsFavourFineTuning(@ForAll("inputs") CostInputs in) {
        CostResult r = CostModel.compute(in);
        int horizon = (int) in.horizonMonths();
        int first = r.breakEven().month().orElse(Integer.MAX_VALUE);
        for (int m = 1; m <= Math.min(first, horizon); m++) {
            boolean ahead = Money.roundCents(r.cumulativeFineTuned().get(m))
                    <= Money.roundCents(r.cumulativePrompted().get(m));
            assertEquals(m == first, ahead, "month " + m + " of " + r.breakEven());
        }
        assertEquals(r.breakEven().status() == Status.WITHIN_HORIZON, first <= horizon);
        assertTrue(first >= 1);
    }

    @Property
    void bothOptionsCostTheSameAMonthAtTheBreakEvenVolume(@ForAll("inputs") CostInputs in) {
        CostResult r = CostModel.compute(in);
        double v = r.breakEvenRequestsPerDay().orElse(0);
        if (v > 0) {
            CostResult at = CostModel.compute(withRequests(in, Math.min(v, 1e9)));
            double oneOff = r.trainingCost() + r.retrainMonths().size() * in.retrainCost();
            double prompted = at.prompted().perMonth();
            double fineTuned = at.fineTuned().perMonth() + oneOff / in.horizonMonths();
            if (v <= 1e9) {
                assertEquals(prompted, fineTuned, 1e-9 * Math.max(1, prompted));
            } else {
                assertTrue(prompted < fineTuned, "below the volume, fine-tuning costs more");
            }
        }
        if (r.breakEvenRequestsPerDay().isPresent()) {
            assertTrue(r.fineTuned().perRequest() < r.prompted().perRequest());
        }
    }

    @Property
    void roundingIsSymmetricAndWithinHalfACent(@ForAll("amounts") double usd) {
        double cents = Money.roundCents(usd);
        assertEquals(Math.floor(cents), cents);
        assertEquals(0.0 - cents, Money.roundCents(-usd));
        assertTrue(Math.abs(cents - usd * 100) <= 0.5 + 1e-3, usd + " -> " + cents);
    }

    @Property
    void inputsSurviveAJsonRoundTrip(@ForAll("inputs") CostInputs in) {
        assertEquals(in, CostJson.readInputs(CostJson.inputs(in)));
    }

    @Provide
    Arbitrary<Double> amounts() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6).ofScale(3),
                Arbitraries.doubles().between(-1e9, 1e9));
    }

    @Provide
    Arbitrary<CostInputs> inputs() {
        Arbitrary<Double> tokens = Arbitraries.oneOf(Arbitraries.just(0.0),
                Arbitraries.integers().between(0, 100_000).map(Integer::doubleValue));
        Arbitrary<Double> requests = Arbitraries.oneOf(Arbitraries.just(0.0),
                Arbitraries.doubles().between(0, 1e9).ofScale(1), Arbitraries.doubles().between(0, 100_000).ofScale(2));
        Arbitrary<Integer> retrainEvery = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.integers().between(0, 120));
        Arbitrary<Integer> horizon = Arbitraries.integers().between(1, 120);
        Arbitrary<Double> days = Arbitraries.oneOf(Arbitraries.just(30.0),
                Arbitraries.doubles().between(1, 31).ofScale(4));
        Arbitrary<double[]> schedule = Combinators.combine(retrainEvery, usd(1e6), horizon, days)
                .as((k, cost, h, d) -> new double[] {k, cost, h, d});
        return Combinators.combine(requests, tokens, tokens, option(), option(), training(), schedule)
                .as((req, in, out, p, f, t, s) -> new CostInputs(req, in, out, p, f, t, s[0], s[1], s[2], s[3]));
    }

    private static Arbitrary<OptionInputs> option() {
        Arbitrary<Double> price = Arbitraries.oneOf(Arbitraries.just(0.0),
                Arbitraries.doubles().between(0, 100).ofScale(2));
        Arbitrary<Double> promptTokens = Arbitraries.integers().between(0, 5_000).map(Integer::doubleValue);
        return Combinators.combine(promptTokens, price, price, usd(10_000)).as(OptionInputs::new);
    }

    private static Arbitrary<Training> training() {
        Arbitrary<Training> direct = usd(1e6).map(Training.Direct::new);
        Arbitrary<Training> perToken = Combinators.combine(
                Arbitraries.integers().between(0, 100_000_000).map(Integer::doubleValue),
                Arbitraries.doubles().between(0, 10).ofScale(1),
                Arbitraries.doubles().between(0, 100).ofScale(2)).as(Training.PerToken::new);
        return Arbitraries.oneOf(direct, perToken);
    }

    private static Arbitrary<Double> usd(double max) {
        return Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, max).ofScale(2));
    }

    private static CostInputs withRequests(CostInputs in, double requestsPerDay) {
        return new CostInputs(requestsPerDay, in.inputTokens(), in.outputTokens(), in.prompted(), in.fineTuned(),
                in.training(), in.retrainEveryMonths(), in.retrainCost(), in.horizonMonths(), in.daysPerMonth());
    }

    private static OptionInputs withFixed(OptionInputs o, double monthlyFixed) {
        return new OptionInputs(o.promptTokens(), o.inputPricePerMillion(), o.outputPricePerMillion(), monthlyFixed);
    }
}
