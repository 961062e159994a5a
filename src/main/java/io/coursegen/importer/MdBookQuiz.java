package io.coursegen.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts an mdbook-quiz TOML file (its schema: crates/mdbook-quiz-schema) to a coursegen quiz.
 * {@code MultipleChoice} with one answer becomes {@code single}, with several {@code multiple};
 * {@code answerIndex} and {@code sortAnswers} (no shuffling) become options in that order, each
 * {@code fixed}; {@code ShortAnswer} becomes {@code short} with its alternatives; {@code context} the
 * explanation; {@code id} the question id. {@code Tracing}, which coursegen has no kind for, becomes a
 * {@code short} "what does it print" question when the program compiles and a {@code true-false}
 * "does it compile" question when it does not; a {@code multipart} group's shared context is put in
 * front of each of its prompts. Every such change is reported.
 */
final class MdBookQuiz {
    private static final TomlMapper TOML = new TomlMapper();

    private MdBookQuiz() {}

    /** The quiz YAML for the TOML {@code text} of the file {@code where}, with id {@code id}. */
    static String convert(String id, String title, String text, String where, ImportReport report) throws IOException {
        JsonNode root = TOML.readTree(text);
        JsonNode multipart = root.path("multipart");
        List<Object> questions = new ArrayList<>();
        Map<String, Object> rightAnswers = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode q : root.path("questions")) {
            n++;
            String type = q.path("type").asText("");
            String qid = questionId(q.path("id").asText(""), id, n);
            String prompt = q.path("prompt").path("prompt").asText("");
            if (q.hasNonNull("multipart")) {
                String part = q.get("multipart").asText();
                String context = multipart.path(part).asText("");
                if (!context.isBlank()) prompt = context.strip() + "\n\n" + prompt;
                report.add(where, "question " + n + " is part " + part + " of a multipart group: its shared context is put before its prompt (coursegen has no multipart questions)");
            }
            if (q.path("promptExplanation").asBoolean(false)) {
                report.add(where, "question " + n + ": `promptExplanation` (asking for a justification) has no equivalent and was dropped");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", qid);
            switch (type) {
                case "MultipleChoice" -> multipleChoice(q, prompt, out, where, n, report);
                case "ShortAnswer" -> {
                    out.put("type", "short");
                    out.put("prompt", prompt);
                    List<String> answers = new ArrayList<>();
                    answers.add(q.path("answer").path("answer").asText());
                    q.path("answer").path("alternatives").forEach(a -> answers.add(a.asText()));
                    out.put("answers", answers);
                    String format = q.path("prompt").path("response").asText("short");
                    if (!format.equals("short")) {
                        report.add(where, "question " + n + ": a `" + format + "` short answer became a one-line answer checked against `"
                                + answers.get(0) + "`, since coursegen grades short answers by their text");
                    }
                }
                case "Tracing" -> tracing(q, out, where, n, report);
                default -> {
                    report.add(where, "question " + n + " of unknown type `" + type + "` was left out");
                    continue;
                }
            }
            rightAnswers.put(qid, rightAnswer(out));
            String context = q.path("context").asText("");
            if (!context.isBlank()) out.put("explanation", (out.containsKey("explanation") ? out.get("explanation") + "\n\n" : "") + context.strip());
            questions.add(out);
        }
        Map<String, Object> quiz = new LinkedHashMap<>();
        quiz.put("id", id);
        quiz.put("title", title);
        quiz.put("questions", questions);
        if (!questions.isEmpty()) {
            // The source's answer key as a check: the build grades it, so a conversion that lost the key fails.
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("name", "all correct, as the mdbook-quiz answer key says");
            check.put("responses", rightAnswers);
            check.put("score", 1.0);
            quiz.put("checks", List.of(check));
            report.add(where, "the answer key became a check (`checks:`), graded at every build");
        }
        return CourseWriter.dump(quiz);
    }

    /** The response that answers a converted question right, in the shape checks take. */
    private static Object rightAnswer(Map<String, Object> question) {
        return switch ((String) question.get("type")) {
            case "short" -> ((List<?>) question.get("answers")).get(0);
            case "true-false" -> question.get("answer");
            default -> {
                List<String> ids = new ArrayList<>();
                List<?> options = (List<?>) question.get("options");
                for (int i = 0; i < options.size(); i++) {
                    if (((Map<?, ?>) options.get(i)).containsKey("correct")) ids.add(String.valueOf((char) ('a' + i)));
                }
                yield question.get("type").equals("single") ? ids.get(0) : ids;
            }
        };
    }

    private static void multipleChoice(JsonNode q, String prompt, Map<String, Object> out, String where, int n, ImportReport report) {
        JsonNode answer = q.path("answer").path("answer");
        List<String> correct = new ArrayList<>();
        if (answer.isArray()) answer.forEach(a -> correct.add(a.asText()));
        else correct.add(answer.asText());
        List<String> distractors = new ArrayList<>();
        q.path("prompt").path("distractors").forEach(d -> distractors.add(d.asText()));
        List<String> order = new ArrayList<>(distractors);
        boolean fixed = false;
        if (q.path("prompt").has("answerIndex") && correct.size() == 1) {
            int at = Math.max(0, Math.min(q.path("prompt").path("answerIndex").asInt(), order.size()));
            order.add(at, correct.get(0));
            fixed = true;
            report.add(where, "question " + n + ": `answerIndex` " + at + " kept as the options' fixed order");
        } else {
            order.addAll(0, correct);
        }
        if (q.path("prompt").path("sortAnswers").asBoolean(false)) {
            order.sort(Comparator.naturalOrder());
            fixed = true;
            report.add(where, "question " + n + ": `sortAnswers` kept as options sorted by their text, in a fixed order");
        }
        out.put("type", correct.size() == 1 ? "single" : "multiple");
        out.put("prompt", prompt);
        List<Object> options = new ArrayList<>();
        for (String text : order) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("text", text);
            if (correct.contains(text)) o.put("correct", true);
            if (fixed) o.put("fixed", true);
            options.add(o);
        }
        out.put("options", options);
    }

    private static void tracing(JsonNode q, Map<String, Object> out, String where, int n, ImportReport report) {
        String program = q.path("prompt").path("program").asText("");
        String code = "\n\n```rust\n" + program.strip() + "\n```";
        if (q.path("answer").path("doesCompile").asBoolean(false)) {
            String stdout = q.path("answer").path("stdout").asText("").strip();
            out.put("type", "short");
            out.put("prompt", "What does this program print?" + code);
            out.put("answers", List.of(stdout.isEmpty() ? "(nothing)" : stdout));
            report.add(where, "question " + n + ": a Tracing question (coursegen has no such kind) became a short answer, \"What does this program print?\", checked against its expected output");
        } else {
            out.put("type", "true-false");
            out.put("prompt", "This program compiles." + code);
            out.put("answer", false);
            int line = q.path("answer").path("lineNumber").asInt(0);
            if (line > 0) out.put("explanation", "It does not compile: the error is on line " + line + ".");
            report.add(where, "question " + n + ": a Tracing question that does not compile (coursegen has no such kind) became a true-false statement, \"This program compiles.\" (false)"
                    + (line > 0 ? "; the failing line " + line + " is given in the explanation" : ""));
        }
    }

    private static String questionId(String id, String quizId, int n) {
        String slug = Markdown.slug(id, "");
        return slug.isEmpty() ? quizId + "-" + n : slug;
    }
}
