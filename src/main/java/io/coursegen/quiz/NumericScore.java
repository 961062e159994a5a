package io.coursegen.quiz;

import io.coursegen.model.quiz.Numeric;

/** The scoring rule of numeric questions. */
final class NumericScore {

    private NumericScore() {}

    /**
     * 1 when {@code value} is within the question's tolerance of its answer, else 0; an empty field
     * (null), NaN or an infinity scores 0.
     *
     * <p>With d = |value − answer| and the tolerance T = max(absTolerance, relTolerance·|answer|)
     * (either tolerance suffices), the value is right when d ≤ T + ε·max(|answer|, T), ε =
     * {@link Grader#EPSILON}. The boundary is inclusive, and the slack ε·scale absorbs the rounding
     * of decimal input and of the subtraction (0.4 − 0.3 is 0.10000000000000003 in binary), which is
     * proportional to the magnitudes involved. The scale depends on the question only, so the
     * accepted values form a fixed interval. Consequences worth knowing: a zero answer with only a
     * relative tolerance accepts exactly 0, and an answer of 1e9 with no tolerance also accepts
     * 1e9 ± 1.
     */
    static double score(Numeric q, Double value) {
        if (value == null || !Double.isFinite(value)) {
            return 0;
        }
        double d = Math.abs(value - q.answer());
        double tolerance = Math.max(q.absTolerance(), q.relTolerance() * Math.abs(q.answer()));
        double slack = Grader.EPSILON * Math.max(Math.abs(q.answer()), tolerance);
        return d <= tolerance + slack ? 1 : 0;
    }
}
