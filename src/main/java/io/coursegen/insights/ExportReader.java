package io.coursegen.insights;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a learner's export (what "Export my answers (JSON)" downloads) into a {@link Learner}: the
 * anonymous id (the progress store's seed), the name if given, the attempt log and the lessons read.
 * An export from before the attempt log (format version 1 or 2) reads as a learner with no attempts.
 * A log entry that is not of the documented shape is skipped and counted, not guessed at.
 */
public final class ExportReader {
    private ExportReader() {}

    /** A learner, and how many log entries could not be read. */
    public record Read(Learner learner, int skipped) {}

    /**
     * Reads one export. Throws {@link IllegalArgumentException} saying what is wrong when the value is
     * not a coursegen export at all, or of another course than {@code course} (null: any course).
     */
    public static Read read(JsonNode export, String source, String course) {
        if (export == null || !export.isObject() || !"coursegen-progress".equals(export.path("format").asText(null))) {
            throw new IllegalArgumentException("it is not a coursegen export (no \"format\": \"coursegen-progress\")");
        }
        String exportCourse = export.path("course").asText("");
        if (course != null && !course.equals(exportCourse)) {
            throw new IllegalArgumentException("it is an export of the course \"" + exportCourse + "\", not of \"" + course + "\"");
        }
        JsonNode progress = export.path("progress");
        String seed = progress.path("seed").asText("");
        if (seed.isEmpty()) throw new IllegalArgumentException("its progress has no \"seed\", the learner's anonymous id");
        JsonNode name = export.path("learner").path("name");
        List<Attempt> attempts = new ArrayList<>();
        int skipped = 0;
        for (JsonNode entry : progress.path("log")) {
            Attempt a = attempt(entry);
            if (a == null) skipped++;
            else attempts.add(a);
        }
        Set<String> read = new TreeSet<>();
        progress.path("lessons").fields().forEachRemaining(e -> {
            if (e.getValue().asBoolean(false)) read.add(e.getKey());
        });
        return new Read(new Learner(seed, name.isTextual() ? name.textValue() : null, source, attempts, read), skipped);
    }

    /** One log entry, or null when it is not of the documented shape. */
    static Attempt attempt(JsonNode e) {
        if (!e.isObject()) return null;
        JsonNode quiz = e.get("quiz");
        JsonNode question = e.get("question");
        JsonNode attempt = e.get("attempt");
        JsonNode score = e.get("score");
        if (quiz == null || !quiz.isTextual() || question == null || !question.isTextual()
                || attempt == null || !attempt.canConvertToInt() || !attempt.isIntegralNumber() || attempt.intValue() < 1
                || score == null || !score.isNumber() || !(score.doubleValue() >= 0 && score.doubleValue() <= 1)) {
            return null;
        }
        List<String> chosen = new ArrayList<>();
        JsonNode choices = e.path("response").path("choices");
        for (JsonNode c : choices) {
            if (c.isTextual()) chosen.add(c.textValue());
        }
        List<String> misconceptions = new ArrayList<>();
        for (JsonNode m : e.path("misconceptions")) {
            if (m.isTextual()) misconceptions.add(m.textValue());
        }
        long millis = e.path("ms").canConvertToLong() ? Math.max(0, e.path("ms").longValue()) : 0;
        return new Attempt(quiz.textValue(), question.textValue(), e.path("version").asText(""), attempt.intValue(),
                chosen, score.doubleValue(), millis, misconceptions);
    }
}
