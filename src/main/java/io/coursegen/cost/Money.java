package io.coursegen.cost;

/**
 * Rounding of USD amounts for display, the only rounding the cost model does.
 *
 * <p>The model computes in doubles and never rounds an intermediate value; only what is shown (and
 * what the test vectors pin) is rounded, by {@link #roundCents} to whole cents, or by
 * {@link #roundMicros} to whole millionths of a dollar for per-request costs, which are fractions of
 * a cent. Rounding is half-up, that is half away from zero as {@link java.math.RoundingMode#HALF_UP}:
 * 0.5 cents rounds to 1 cent and −0.5 cents to −1 cent, so a saving and the same loss show as mirror
 * images.
 *
 * <p>The half is recognised with a tolerance. An amount whose exact decimal value is a half cent,
 * such as 201 tokens × 1,000 requests at 5 USD per 1M tokens = 1.005 USD, is not exact in binary and
 * can come out of the arithmetic a hair below the half (1.005 × 100 = 100.49999999999999). So with
 * x = |amount × scale|, f = ⌊x⌋, the result is f + 1 when x − f ≥ 0.5 − min(x × 10⁻¹², 10⁻³), else
 * f, with the sign of the amount. The arithmetic of the model is off by far less than 10⁻¹² of an
 * amount, while a value that is truly below a half misses it by at least 10⁻³ of the unit in all but
 * contrived cases; the cap keeps the slack below a thousandth of a cent however large the amount.
 * {@code widget/calculator/cost-model.js} rounds with the same operations.
 */
public final class Money {

    /** Slack below the half, relative to the amount in cents (or micro-dollars). */
    static final double TIE_TOLERANCE = 1e-12;
    /** The most slack below the half, in cents (or micro-dollars), whatever the amount. */
    static final double MAX_TIE_SLACK = 1e-3;

    private Money() {}

    /** {@code usd} in whole cents, rounded half-up; a whole number held in a double (exact below 2⁵³). */
    public static double roundCents(double usd) {
        return roundHalfUp(usd * 100);
    }

    /** {@code usd} in whole millionths of a dollar, rounded half-up; for per-request costs. */
    public static double roundMicros(double usd) {
        return roundHalfUp(usd * 1_000_000);
    }

    /** {@code x} rounded to a whole number, half away from zero, with the tolerance described above. */
    static double roundHalfUp(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        double f = Math.floor(a);
        // Compare the exact fraction a − f rather than add 0.5: past 2⁵², a + 0.5 rounds odd numbers to even.
        double r = a - f >= 0.5 - Math.min(a * TIE_TOLERANCE, MAX_TIE_SLACK) ? f + 1 : f;
        // Never −0: it would print as "-0.0".
        return x < 0 && r != 0 ? -r : r;
    }
}
