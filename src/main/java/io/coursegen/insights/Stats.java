package io.coursegen.insights;

import java.util.Arrays;

/**
 * The statistics item analysis needs, on plain arrays. Undefined values (a correlation with no
 * spread, the mean of nothing) are {@code NaN}, never a made-up 0, so a report can say "n/a".
 */
public final class Stats {
    private Stats() {}

    /** The arithmetic mean, NaN for no values. */
    public static double mean(double[] xs) {
        if (xs.length == 0) return Double.NaN;
        double sum = 0;
        for (double x : xs) sum += x;
        return sum / xs.length;
    }

    /** The population standard deviation, NaN for no values. */
    public static double sd(double[] xs) {
        if (xs.length == 0) return Double.NaN;
        double m = mean(xs);
        double ss = 0;
        for (double x : xs) ss += (x - m) * (x - m);
        return Math.sqrt(ss / xs.length);
    }

    /**
     * Pearson's correlation of paired values; with {@code xs} 0 or 1 (right or wrong) it is the
     * point-biserial correlation. NaN with fewer than two pairs or when either side has no spread.
     */
    public static double correlation(double[] xs, double[] ys) {
        if (xs.length != ys.length) throw new IllegalArgumentException("unpaired: " + xs.length + " and " + ys.length);
        int n = xs.length;
        if (n < 2) return Double.NaN;
        double mx = mean(xs);
        double my = mean(ys);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = xs[i] - mx;
            double dy = ys[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        // Sums of squares that are rounding noise count as no spread.
        double eps = 1e-12 * n;
        if (sxx <= eps || syy <= eps) return Double.NaN;
        return clamp(sxy / Math.sqrt(sxx * syy));
    }

    /**
     * The upper-lower discrimination index: the share right among the learners with the best rest
     * scores minus the share right among those with the worst, each group {@code fraction} of the
     * learners (27% is the classical choice), at least one learner. Ties at a group's edge are broken
     * by input order, so the index is deterministic. NaN with fewer than two learners.
     */
    public static double upperLower(double[] right, double[] rest, double fraction) {
        if (right.length != rest.length) throw new IllegalArgumentException("unpaired: " + right.length + " and " + rest.length);
        int n = right.length;
        if (n < 2) return Double.NaN;
        int g = Math.max(1, (int) Math.round(n * fraction));
        g = Math.min(g, n / 2);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        // Stable sort by rest score, best first.
        Arrays.sort(order, (a, b) -> Double.compare(rest[b], rest[a]));
        double upper = 0;
        double lower = 0;
        for (int i = 0; i < g; i++) {
            upper += right[order[i]];
            lower += right[order[n - 1 - i]];
        }
        return (upper - lower) / g;
    }

    /**
     * Counts of scores (0 to 1) in {@code bins} equal bins; a score on an inner edge goes to the bin
     * above, and 1 to the last bin.
     */
    public static int[] histogram(double[] scores, int bins) {
        if (bins < 1) throw new IllegalArgumentException("bins: " + bins);
        int[] counts = new int[bins];
        for (double s : scores) {
            int b = (int) Math.floor(s * bins + 1e-9);
            counts[Math.max(0, Math.min(bins - 1, b))]++;
        }
        return counts;
    }

    private static double clamp(double r) {
        return Math.max(-1, Math.min(1, r));
    }
}
