package io.coursegen.quiz;

/**
 * How a score from 0 to 1 is shown to a learner: a whole percentage, rounded to the nearest (two of
 * three right is 67%, not 66%), held to the page's copy in {@code quiz-grading.js} by the shared
 * vectors {@code percent.json}. Two exceptions keep the number from contradicting the words beside it:
 * a question that is partly right never shows 0% or 100%, and a quiz score that has not reached the
 * pass mark never shows the pass mark or more (69.6% against a 70% mark shows 69%).
 */
public final class ScorePercent {
    /** Slack for a product such as 0.7 * 100 that lands a hair under a whole number. */
    private static final double SLACK = 1e-6;

    private ScorePercent() {}

    /** The pass mark as shown: {@code pass} (0 to 1) as a whole percentage, rounded to the nearest. */
    public static int passMark(double pass) {
        return (int) Math.floor(pass * 100 + 0.5 + SLACK);
    }

    /** A question's or quiz's score shown on its own, with no pass mark beside it. */
    public static int shown(double score) {
        int r = (int) Math.floor(score * 100 + 0.5 + SLACK);
        if (score < 1 - Grader.EPSILON) r = Math.min(r, 99);
        if (score > Grader.EPSILON) r = Math.max(r, 1);
        return Math.max(0, Math.min(100, r));
    }

    /** A quiz score shown beside the pass mark {@code pass}: below it, never shown at or above it. */
    public static int shown(double score, double pass) {
        int r = shown(score);
        boolean passed = score >= pass - Grader.EPSILON;
        return passed ? r : Math.max(0, Math.min(r, passMark(pass) - 1));
    }
}
