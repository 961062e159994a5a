package io.coursegen.widget.quiz;

import io.coursegen.load.Suggest;
import io.coursegen.load.SourceText;
import io.coursegen.load.YamlMap;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.AnswerSet;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.QuizCheck;
import io.coursegen.model.quiz.Response;
import io.coursegen.quiz.QuestionKind;
import io.coursegen.quiz.QuestionKinds;
import io.coursegen.quiz.QuestionSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one quiz file {@code quizzes/<id>.yaml} into a {@link Quiz}. Each question type has its own
 * allowed keys, so a key that belongs to another type is reported as unknown, listing the right ones.
 * Rules that need the whole quiz or the whole course (one correct answer, unique ids, checks that
 * grade to their score) are the checker's job; this class only reads what is written.
 */
public final class QuizParser {
    public static final List<String> QUIZ_KEYS = List.of("id", "title", "intro", "pass", "shuffle", "policy", "questions", "checks", "review");
    static final List<String> COMMON = List.of("id", "type", "prompt", "explanation", "tags");
    /** Every key some question kind allows, for a question whose `type` is missing (its key may be misspelt). */
    static final List<String> ALL_QUESTION_KEYS = Stream.concat(COMMON.stream(), QuestionKinds.ALL.stream().flatMap(k -> k.keys().stream()))
            .distinct().toList();
    static final List<String> CHECK_KEYS = List.of("name", "responses", "score");

    private final String path;
    private final Map<String, AnswerSet> answerSets;
    private final LoadFailures failures;
    private final Diagnostics diagnostics;
    /**
     * Set when a question draws on an answer set that course.yaml declares but could not load: the
     * quiz is left out without an error of its own, since course.yaml's error already explains it.
     */
    private boolean needsBrokenAnswerSet;
    /** Ids of questions that did not load; checks naming them are skipped rather than reported twice. */
    private final Set<String> brokenQuestions = new HashSet<>();

    private QuizParser(String path, List<AnswerSet> answerSets, LoadFailures failures, Diagnostics diagnostics) {
        this.path = path;
        this.failures = failures;
        this.answerSets = new LinkedHashMap<>();
        answerSets.forEach(s -> this.answerSets.put(s.id(), s));
        this.diagnostics = diagnostics;
    }

    /**
     * Reads and parses {@code file}, shown to authors as {@code path}; {@code failures} names the
     * answer sets that did not load.
     */
    public static Optional<Quiz> fromFile(Path file, String path, List<AnswerSet> answerSets, LoadFailures failures,
            Diagnostics diagnostics) {
        return SourceText.read(file, path, diagnostics).flatMap(text -> parse(path, text, answerSets, failures, diagnostics));
    }

    /**
     * Parses quiz YAML; problems go to {@code diagnostics}. Empty if the file has any error: the
     * checker then never sees a half-read quiz.
     */
    public static Optional<Quiz> parse(String path, String text, List<AnswerSet> answerSets, Diagnostics diagnostics) {
        return parse(path, text, answerSets, LoadFailures.none(), diagnostics);
    }

    /** As {@link #parse(String, String, List, Diagnostics)}; {@code failures} names the answer sets that did not load. */
    public static Optional<Quiz> parse(String path, String text, List<AnswerSet> answerSets, LoadFailures failures,
            Diagnostics diagnostics) {
        // A quiz with errors is left out whole. Handing the checker what could be read led to false
        // follow-on errors: a question dropped for a missing `text` or a negative tolerance changed
        // the question count, so every check then "graded to" a wrong score; a check whose `score`
        // was out of range was still graded; a scenario whose `answer` was misspelt came out with
        // no correct option; a quiz whose questions all failed "had no questions". Every error in the
        // file is still reported; the checker's rules run once the file reads cleanly.
        Diagnostics own = new Diagnostics();
        QuizParser parser = new QuizParser(path, answerSets, failures, own);
        Optional<Quiz> quiz = parser.parse(text);
        diagnostics.addAll(own);
        return own.hasErrors() || parser.needsBrokenAnswerSet ? Optional.empty() : quiz;
    }

    private Optional<Quiz> parse(String text) {
        Optional<YamlMap> map = YamlMap.parse(path, text, 0, QUIZ_KEYS, "a quiz", diagnostics);
        if (map.isEmpty()) return Optional.empty();
        YamlMap m = map.get();
        Optional<String> id = m.text("id", true);
        String fileId = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        id.filter(i -> !i.equals(fileId)).ifPresent(i -> diagnostics.error(m.refOf("id"),
                "quiz id `" + i + "` differs from its file name; name the file `" + i + ".yaml` or set `id: " + fileId + "`"));
        Optional<String> title = m.text("title", true);
        String intro = m.markdown("intro", false).orElse(null);
        double pass = m.number("pass", false).orElse(0.7);
        if (pass < 0 || pass > 1) {
            diagnostics.error(m.refOf("pass"), "`pass` is the fraction of the score needed to pass, between 0 and 1 (0.7 means 70%), found " + fmt(pass));
        }
        boolean shuffle = m.bool("shuffle", true);
        List<Node> questionNodes = m.list("questions", true);
        io.coursegen.model.quiz.QuizPolicy policy = io.coursegen.quiz.PolicyYaml.forQuiz(m, questionNodes.size());
        List<Question> questions = new ArrayList<>();
        for (Node q : questionNodes) {
            Optional<Question> question = question(m, q);
            if (question.isPresent()) questions.add(question.get());
            else YamlMap.peek(q, "id").ifPresent(brokenQuestions::add);
        }
        List<QuizCheck> checks = new ArrayList<>();
        for (Node c : m.list("checks", false)) check(m, c, questions).ifPresent(checks::add);
        List<Quiz.Review> reviews = new ArrayList<>();
        for (YamlMap.Entry e : m.entriesOf("review")) {
            m.scalarText(e.value(), "the lesson to review for `" + e.name() + "`")
                    .ifPresent(target -> reviews.add(new Quiz.Review(e.name(), target, m.ref(e.value()))));
        }
        if (id.isEmpty() || title.isEmpty()) return Optional.empty();
        return Optional.of(new Quiz(id.get(), title.get(), intro, pass, shuffle, questions, checks, reviews, SourceRef.file(path), m.snippets(), policy));
    }

    private Optional<Question> question(YamlMap quiz, Node node) {
        if (!(node instanceof MappingNode)) {
            // Not "question without a `type`": a question written as a bare line of text has no keys at all.
            quiz.child(node, COMMON, "a question");
            return Optional.empty();
        }
        Optional<String> type = YamlMap.peek(node, "type");
        if (type.isEmpty()) {
            // A misspelt `type` key (`typ: single`) would otherwise only read as a missing type.
            quiz.child(node, ALL_QUESTION_KEYS, "a question");
        }
        Optional<QuestionKind<?>> kind = type.flatMap(QuestionKinds::byKey);
        if (kind.isEmpty()) {
            // An unknown type is shown where it is written, as every other wrong value is.
            List<String> types = QuestionKinds.keys();
            SourceRef at = quiz.ref(type.isEmpty() ? node : valueOf((MappingNode) node, "type"));
            diagnostics.error(at, type.isEmpty()
                    ? "question without a `type`; expected one of " + String.join(", ", types)
                    : "unknown question type `" + type.get() + "`, expected one of " + String.join(", ", types)
                            + Suggest.didYouMean(type.get(), types));
            return Optional.empty();
        }
        List<String> allowed = Stream.concat(COMMON.stream(), kind.get().keys().stream()).toList();
        Optional<YamlMap> map = quiz.child(node, allowed, "a " + type.get() + " question");
        if (map.isEmpty()) return Optional.empty();
        YamlMap q = map.get();
        Optional<String> id = q.text("id", true);
        Optional<String> prompt = q.markdown("prompt", true);
        String explanation = q.markdown("explanation", false).orElse(null);
        io.coursegen.model.Tags tags = q.tags("tags");
        if (id.isEmpty() || prompt.isEmpty()) return Optional.empty();
        QuestionSource source = new QuestionSource(q, id.get(), prompt.get(), explanation, tags, answerSets, failures,
                () -> needsBrokenAnswerSet = true);
        return QuestionKinds.read(kind.get(), source);
    }

    private Optional<QuizCheck> check(YamlMap quiz, Node node, List<Question> questions) {
        Optional<YamlMap> map = quiz.child(node, CHECK_KEYS, "a check");
        if (map.isEmpty()) return Optional.empty();
        YamlMap c = map.get();
        Optional<String> name = c.text("name", true);
        Optional<Double> score = c.number("score", true);
        score.filter(s -> s < 0 || s > 1).ifPresent(s -> diagnostics.error(c.refOf("score"),
                "`score` is a fraction between 0 and 1, found " + fmt(s)));
        Map<String, Response> responses = new LinkedHashMap<>();
        boolean complete = true;
        List<String> questionIds = questions.stream().map(Question::id).toList();
        for (YamlMap.Entry e : c.entriesOf("responses")) {
            Optional<Question> q = questions.stream().filter(x -> x.id().equals(e.name())).findFirst();
            if (q.isEmpty() && brokenQuestions.contains(e.name())) {
                complete = false; // that question's own errors are reported; its score is unknown
                continue;
            }
            if (q.isEmpty()) {
                diagnostics.error(e.ref(), "check response for unknown question `" + e.name() + "`"
                        + Suggest.didYouMean(e.name(), questionIds));
                continue;
            }
            QuestionKinds.readResponse(q.get(), c, e.value(), "the response to `" + q.get().id() + "`").ifPresent(r -> responses.put(e.name(), r));
        }
        if (name.isEmpty() || score.isEmpty() || !complete) return Optional.empty();
        return Optional.of(new QuizCheck(name.get(), responses, score.get(), c.ref(), c.refOf("score")));
    }

    /** The value node of {@code key} in {@code map}, which has it. */
    private static Node valueOf(MappingNode map, String key) {
        return map.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .findFirst().orElseThrow().getValueNode();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
