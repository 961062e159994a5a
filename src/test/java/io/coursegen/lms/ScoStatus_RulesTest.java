package io.coursegen.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ScoStatus}'s rules, exhaustively over the values {@code course.yaml} can give (percentages 0 to 100, as
 * {@code LmsSettingsReader} reads them) and the scores quizzes give; the shared vectors hold it and the script to
 * the same answers case by case.
 */
class ScoStatus_RulesTest {
    private static LmsPlan.Sco sco(int lessons, List<LmsPlan.Counted> quizzes, Optional<LmsPlan.Counted> pass) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lessons; i++) keys.add("m/l" + i);
        return new LmsPlan.Sco("s", "S", "index.html", keys, quizzes, pass);
    }

    private static ScoStatus.Progress read(int n) {
        Set<String> read = new HashSet<>();
        for (int i = 0; i < n; i++) read.add("m/l" + i);
        return new ScoStatus.Progress(read, Map.of());
    }

    @Test
    void aShareOfLessonsIsMetByTheCountItNames() {
        // `completed: {lessons: P}` of N lessons: completed exactly when read * 100 >= P * N, for every P and N up to 60.
        List<String> wrong = new ArrayList<>();
        List<ScoStatus.Progress> reads = new ArrayList<>();
        for (int r = 0; r <= 60; r++) reads.add(read(r));
        for (int n = 0; n <= 60; n++) {
            LmsPlan.Sco sco = sco(n, List.of(), Optional.empty());
            for (int p = 0; p <= 100; p++) {
                for (int r = 0; r <= n; r++) {
                    boolean completed = ScoStatus.of(sco, reads.get(r), p / 100.0, OptionalDouble.empty()).completed();
                    if (completed != (r * 100 >= p * n)) wrong.add(r + " of " + n + " at " + p + "%: " + completed);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void masteryIsPassedAtOrAboveItsScore() {
        List<String> wrong = new ArrayList<>();
        LmsPlan.Sco sco = sco(0, List.of(new LmsPlan.Counted("q", 1, 0.5)), Optional.empty());
        for (int m = 0; m <= 100; m++) {
            for (int k = 0; k <= 100; k++) {
                ScoStatus.Report r = ScoStatus.of(sco, new ScoStatus.Progress(Set.of(), Map.of("q", k / 100.0)), 1, OptionalDouble.of(m / 100.0));
                ScoStatus.Success want = k >= m ? ScoStatus.Success.PASSED : ScoStatus.Success.FAILED;
                if (r.success() != want) wrong.add(k + "% against mastery " + m + "%: " + r.success());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theScoreIsTheWeightedMeanOfBestScoresOnceOneIsAttempted() {
        List<LmsPlan.Counted> quizzes = List.of(new LmsPlan.Counted("a", 1, 0.5), new LmsPlan.Counted("b", 2, 0.5), new LmsPlan.Counted("c", 3, 0.5));
        LmsPlan.Sco sco = sco(0, quizzes, Optional.empty());
        assertTrue(ScoStatus.of(sco, new ScoStatus.Progress(Set.of(), Map.of("other", 1.0)), 1, OptionalDouble.of(0.5)).score().isEmpty(),
                "a best score of a quiz that does not count is no score");
        // Every combination of best scores in tenths, any of them unattempted: the mean counts those as 0.
        List<String> wrong = new ArrayList<>();
        for (int a = -1; a <= 10; a++) {
            for (int b = -1; b <= 10; b++) {
                for (int c = -1; c <= 10; c++) {
                    Map<String, Double> best = new HashMap<>();
                    if (a >= 0) best.put("a", a / 10.0);
                    if (b >= 0) best.put("b", b / 10.0);
                    if (c >= 0) best.put("c", c / 10.0);
                    OptionalDouble score = ScoStatus.of(sco, new ScoStatus.Progress(Set.of(), best), 1, OptionalDouble.empty()).score();
                    if (best.isEmpty()) {
                        if (score.isPresent()) wrong.add("no attempt, yet a score " + score);
                        continue;
                    }
                    double want = (Math.max(a, 0) + 2 * Math.max(b, 0) + 3 * Math.max(c, 0)) / 60.0;
                    if (score.isEmpty() || Math.abs(score.getAsDouble() - want) > 1e-12) wrong.add(best + ": " + score + ", expected " + want);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void thePassQuizMustReachItsOwnMark() {
        LmsPlan.Sco sco = sco(1, List.of(), Optional.of(new LmsPlan.Counted("final", 1, 0.7)));
        for (int k = 0; k <= 100; k++) {
            ScoStatus.Progress p = new ScoStatus.Progress(Set.of("m/l0"), Map.of("final", k / 100.0));
            assertEquals(k >= 70, ScoStatus.of(sco, p, 1, OptionalDouble.empty()).completed(), k + "%");
        }
        assertFalse(ScoStatus.of(sco, read(1), 1, OptionalDouble.empty()).completed(), "never taken");
        assertFalse(ScoStatus.of(sco, new ScoStatus.Progress(Set.of(), Map.of("final", 1.0)), 1, OptionalDouble.empty()).completed(),
                "passed, but the lesson is not read");
    }

    @Test
    void scormOneTwoHasOneStatusForCompletionAndSuccess() {
        LmsPlan.Sco sco = sco(1, List.of(new LmsPlan.Counted("q", 1, 0.5)), Optional.empty());
        record Case(Set<String> read, Map<String, Double> best, OptionalDouble mastery, String status) {}
        List<Case> cases = List.of(
                new Case(Set.of(), Map.of("q", 1.0), OptionalDouble.of(0.5), "incomplete"),
                new Case(Set.of("m/l0"), Map.of("q", 0.5), OptionalDouble.of(0.5), "passed"),
                new Case(Set.of("m/l0"), Map.of("q", 0.4), OptionalDouble.of(0.5), "failed"),
                new Case(Set.of("m/l0"), Map.of("q", 0.4), OptionalDouble.empty(), "completed"),
                new Case(Set.of("m/l0"), Map.of(), OptionalDouble.of(0.5), "completed"));
        for (Case c : cases) {
            assertEquals(c.status(), ScoStatus.of(sco, new ScoStatus.Progress(c.read(), c.best()), 1, c.mastery()).lessonStatus(), c.toString());
        }
    }

    @Test
    void scoresAreWrittenWithAtMostTwoDecimalsOfAPercentAndFourOfAShare() {
        // Every score a ten-thousandth apart, and each halfway between two: rounded half up, trailing zeros dropped.
        for (int n = 0; n <= 10000; n++) {
            double score = n / 10000.0;
            assertEquals(BigDecimal.valueOf(n, 2).stripTrailingZeros().toPlainString(), ScoStatus.raw(score), "raw of " + score);
            assertEquals(BigDecimal.valueOf(n, 4).stripTrailingZeros().toPlainString(), ScoStatus.scaled(score), "scaled of " + score);
            if (n < 10000) {
                double half = (n + 0.5) / 10000.0;
                long up = Math.round(half * 10000);
                assertEquals(BigDecimal.valueOf(up, 4).stripTrailingZeros().toPlainString(), ScoStatus.scaled(half));
                assertTrue(up == n || up == n + 1, half + " rounds to a neighbour");
            }
        }
        assertEquals("66.67", ScoStatus.raw(2 / 3.0));
        assertEquals("0.6667", ScoStatus.scaled(2 / 3.0));
        assertEquals("100", ScoStatus.raw(1));
        assertEquals("0", ScoStatus.scaled(0));
        assertEquals(new BigDecimal("33.33"), new BigDecimal(ScoStatus.raw(1 / 3.0)).setScale(2, RoundingMode.UNNECESSARY));
    }

    @Test
    void valuesComeInTheOrderTheRunTimeSetsThem() {
        LmsPlan.Sco sco = sco(2, List.of(new LmsPlan.Counted("q", 1, 0.5)), Optional.empty());
        ScoStatus.Report none = ScoStatus.of(sco, read(1), 1, OptionalDouble.of(0.8));
        assertEquals(List.of(new ScoStatus.Value("cmi.core.lesson_status", "incomplete")), ScoStatus.values(ScormStandard.SCORM_12, none));
        assertEquals(List.of(new ScoStatus.Value("cmi.completion_status", "incomplete"), new ScoStatus.Value("cmi.success_status", "unknown"),
                new ScoStatus.Value("cmi.progress_measure", "0.5")), ScoStatus.values(ScormStandard.SCORM_2004, none));
        ScoStatus.Report scored = ScoStatus.of(sco, new ScoStatus.Progress(Set.of("m/l0", "m/l1"), Map.of("q", 0.85)), 1, OptionalDouble.of(0.8));
        assertEquals(List.of("cmi.completion_status=completed", "cmi.success_status=passed", "cmi.progress_measure=1", "cmi.score.min=0",
                "cmi.score.max=100", "cmi.score.raw=85", "cmi.score.scaled=0.85"),
                ScoStatus.values(ScormStandard.SCORM_2004, scored).stream().map(v -> v.element() + "=" + v.value()).toList());
        assertEquals(List.of("cmi.core.lesson_status=passed", "cmi.core.score.min=0", "cmi.core.score.max=100", "cmi.core.score.raw=85"),
                ScoStatus.values(ScormStandard.SCORM_12, scored).stream().map(v -> v.element() + "=" + v.value()).toList());
    }
}
