package io.coursegen.lms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What an SCO reports for a learner's progress: lessons read of its lessons, whether it is completed, its
 * score and its success, and those as SCORM's status and score values. The same rules as the run-time's
 * {@code status}, {@code lessonStatus}, {@code raw}, {@code scaled} and {@code statusValues} in
 * {@code lms/lms-logic.js}; the shared vectors ({@code src/test/resources/io/coursegen/lms/lms-logic.json},
 * {@code status}) hold both to the same answers. Pure: no I/O.
 *
 * <ul>
 *   <li>completed: at least the share of the SCO's lessons asked for is read (the share of {@code n} lessons
 *       needs {@code ceil(share * n)} of them, with 1e-9 of slack so that 80 % of 10 is 8), and the SCO's pass
 *       quiz, if it has one, has a best score at or above that quiz's own pass mark;
 *   <li>score: the mean of the counted quizzes' best scores, each weighted by its weight ({@code mean} is every
 *       weight 1), an unattempted quiz counting 0; none until one of them has a best score;
 *   <li>success: {@code passed} at a score of at least the mastery (1e-9 of slack), else {@code failed};
 *       {@code unknown} without a mastery or a score.
 * </ul>
 */
public final class ScoStatus {
    private ScoStatus() {}

    /** Slack for comparing shares, so that a share written in decimal is met by the count it names. */
    private static final double EPSILON = 1e-9;

    /** The success status, as SCORM 2004 writes it. */
    public enum Success {
        PASSED, FAILED, UNKNOWN;

        /** The {@code cmi.success_status} value. */
        public String cmi() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A learner's progress as far as status and score go.
     *
     * @param read the progress keys ({@code module/lesson}) of the lessons marked read
     * @param best each quiz's best score (0 to 1), by quiz id; a quiz never completed is absent
     */
    public record Progress(Set<String> read, Map<String, Double> best) {
        public Progress {
            read = Set.copyOf(read);
            best = Map.copyOf(best);
        }

        /**
         * The progress a record of the browser's store holds ({@code progress.js}'s shape: {@code lessons} maps a
         * key to {@code true}, {@code quizzes} an id to an object with {@code best}), read as the run-time reads it:
         * a lesson is read only when its value is {@code true}, and a best score only counts when it is a number
         * from 0 to 1; anything else is as if it were not there.
         */
        public static Progress fromJson(JsonNode record) {
            Set<String> read = new HashSet<>();
            JsonNode lessons = record.path("lessons");
            if (lessons.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = lessons.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isBoolean() && e.getValue().booleanValue()) read.add(e.getKey());
                }
            }
            Map<String, Double> best = new HashMap<>();
            JsonNode quizzes = record.path("quizzes");
            if (quizzes.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = quizzes.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode b = e.getValue().path("best");
                    if (b.isNumber() && b.doubleValue() >= 0 && b.doubleValue() <= 1) best.put(e.getKey(), b.doubleValue());
                }
            }
            return new Progress(read, best);
        }
    }

    /**
     * An SCO's report.
     *
     * @param read      how many of its lessons are read
     * @param total     how many lessons it has
     * @param progress  the share read, 0 to 1 (1 for an SCO with no lessons)
     * @param completed whether it is completed
     * @param score     its score, 0 to 1, once one of its quizzes has a best score
     * @param success   passed or failed against the mastery score, or unknown
     */
    public record Report(int read, int total, double progress, boolean completed, OptionalDouble score, Success success) {
        /** SCORM 1.2's one {@code cmi.core.lesson_status}: incomplete until completed, then passed, failed or completed. */
        public String lessonStatus() {
            if (!completed) return "incomplete";
            return switch (success) {
                case PASSED -> "passed";
                case FAILED -> "failed";
                case UNKNOWN -> "completed";
            };
        }
    }

    /** One data-model element and the value set on it. */
    public record Value(String element, String value) {}

    /** The report of {@code sco} for {@code progress}, completed at {@code lessonsShare} of its lessons read, passed at {@code mastery}. */
    public static Report of(LmsPlan.Sco sco, Progress progress, double lessonsShare, OptionalDouble mastery) {
        int total = sco.lessons().size();
        int read = (int) sco.lessons().stream().filter(progress.read()::contains).count();
        long needed = (long) Math.ceil(lessonsShare * total - EPSILON);
        boolean quizPassed = sco.passQuiz().map(q -> {
            Double b = progress.best().get(q.id());
            return b != null && b >= q.pass();
        }).orElse(true);
        OptionalDouble score = OptionalDouble.empty();
        if (sco.quizzes().stream().anyMatch(q -> progress.best().containsKey(q.id()))) {
            // Summed in the quizzes' order, as the script sums them, so both come to the same double.
            double sum = 0;
            double weights = 0;
            for (LmsPlan.Counted q : sco.quizzes()) {
                sum += q.weight() * progress.best().getOrDefault(q.id(), 0.0);
                weights += q.weight();
            }
            score = OptionalDouble.of(sum / weights);
        }
        Success success = mastery.isEmpty() || score.isEmpty() ? Success.UNKNOWN
                : score.getAsDouble() >= mastery.getAsDouble() - EPSILON ? Success.PASSED : Success.FAILED;
        return new Report(read, total, total == 0 ? 1 : (double) read / total, read >= needed && quizPassed, score, success);
    }

    /** A score from 0 to 1 as {@code score.raw}: a percentage with at most 2 decimals ({@code "66.67"}, {@code "60"}). */
    public static String raw(double score) {
        return tenThousandths(score, 2);
    }

    /** A score (or share) from 0 to 1 with at most 4 decimals, as {@code score.scaled} and {@code progress_measure} ({@code "0.6667"}). */
    public static String scaled(double score) {
        return tenThousandths(score, 4);
    }

    /**
     * {@code value} in ten-thousandths, rounded half up as JavaScript's {@code Math.round} rounds, written with
     * {@code places} of those digits after the point and no trailing zeros: what the script's
     * {@code String(Math.round(v * 10000) / 10^places)} prints, since a number of at most 4 decimals prints as
     * exactly those decimals.
     */
    private static String tenThousandths(double value, int places) {
        return BigDecimal.valueOf(Math.round(value * 10000), places).stripTrailingZeros().toPlainString();
    }

    /**
     * The status and score values an SCO sets for {@code report}, in the order the run-time sets them: 1.2's
     * lesson status, or 2004's completion and success status and progress measure; then, once there is a score,
     * its min (0), max (100), raw and (2004) scaled values.
     */
    public static List<Value> values(ScormStandard standard, Report report) {
        List<Value> v = new ArrayList<>();
        boolean v12 = standard == ScormStandard.SCORM_12;
        if (v12) {
            v.add(new Value("cmi.core.lesson_status", report.lessonStatus()));
        } else {
            v.add(new Value("cmi.completion_status", report.completed() ? "completed" : "incomplete"));
            v.add(new Value("cmi.success_status", report.success().cmi()));
            v.add(new Value("cmi.progress_measure", scaled(report.progress())));
        }
        if (report.score().isPresent()) {
            String p = v12 ? "cmi.core.score." : "cmi.score.";
            v.add(new Value(p + "min", "0"));
            v.add(new Value(p + "max", "100"));
            v.add(new Value(p + "raw", raw(report.score().getAsDouble())));
            if (!v12) v.add(new Value("cmi.score.scaled", scaled(report.score().getAsDouble())));
        }
        return v;
    }
}
