package io.coursegen.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The display rounding of {@link Money}: half away from zero, ties recognised through binary noise. */
class Money_RoundingTest {

    @Test
    void roundsToTheNearestCent() {
        assertEquals(3500.0, Money.roundCents(35.0));
        assertEquals(75.0, Money.roundCents(0.75));
        assertEquals(123.0, Money.roundCents(1.2340));
        assertEquals(124.0, Money.roundCents(1.2351));
        assertEquals(0.0, Money.roundCents(0.0049));
    }

    @Test
    void halfACentRoundsUp() {
        assertEquals(1.0, Money.roundCents(0.005));
        assertEquals(13.0, Money.roundCents(0.125));
        assertEquals(101.0, Money.roundCents(1.005), "1.005 is 1.00499999999999989... in binary");
    }

    @Test
    void negativeHalvesRoundAwayFromZero() {
        assertEquals(-1.0, Money.roundCents(-0.005));
        assertEquals(-101.0, Money.roundCents(-1.005));
        assertEquals(-123.0, Money.roundCents(-1.234));
    }

    @Test
    void aTieThatTheArithmeticLeftJustBelowTheHalfStillRoundsUp() {
        // 10,000 requests of 345 tokens at 0.30 USD per 1M is 1.035 USD exactly; in doubles, 103.49999999999999 cents.
        double perDay = 345 * 0.3 / 1_000_000 * 10_000;
        assertEquals(103.49999999999999, perDay * 100);
        assertEquals(104.0, Money.roundCents(perDay));
    }

    @Test
    void aValueTrulyBelowTheHalfIsNotLifted() {
        assertEquals(0.0, Money.roundCents(0.00499));
        assertEquals(100.0, Money.roundCents(1.004999));
        // The slack is capped at a thousandth of a cent, however large the amount.
        assertEquals(1e11, Money.roundHalfUp(1e11 + 0.498));
        assertEquals(1e11 + 1, Money.roundHalfUp(1e11 + 0.4995));
    }

    @Test
    void neverNegativeZero() {
        assertEquals("0.0", Double.toString(Money.roundCents(-0.001)));
        assertEquals("0.0", Double.toString(Money.roundCents(-0.0)));
    }

    @Test
    void largeAmountsStayWhole() {
        // Past 2^52 every double is whole; x + 0.5 would round odd numbers up to the next even one.
        double big = 4503599627370497.0;
        assertEquals(big, Money.roundHalfUp(big));
        assertEquals(-big, Money.roundHalfUp(-big));
    }

    @Test
    void theLargestDoubleBelowAHalfIsWithinTheToleranceOfIt() {
        assertEquals(1.0, Money.roundHalfUp(0.49999999999999994));
        assertEquals(0.0, Money.roundHalfUp(0.4999999));
    }

    @Test
    void microDollarsForPerRequestCosts() {
        assertEquals(3500.0, Money.roundMicros(0.0035));
        assertEquals(75.0, Money.roundMicros(0.000075));
        assertEquals(1.0, Money.roundMicros(0.0000005));
        assertEquals(0.0, Money.roundMicros(0.0000003));
    }

    @Test
    void nonFiniteValuesPassThrough() {
        assertEquals(Double.NaN, Money.roundCents(Double.NaN));
        assertEquals(Double.POSITIVE_INFINITY, Money.roundCents(Double.POSITIVE_INFINITY));
    }
}
