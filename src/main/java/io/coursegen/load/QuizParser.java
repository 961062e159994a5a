package io.coursegen.load;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.AnswerSet;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.MultipleSelect;
import io.coursegen.model.quiz.Numeric;
import io.coursegen.model.quiz.Option;
import io.coursegen.model.quiz.Ordering;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.QuizCheck;
import io.coursegen.model.quiz.Response;
import io.coursegen.model.quiz.Scenario;
import io.coursegen.model.quiz.ShortAnswer;
import io.coursegen.model.quiz.SingleChoice;
import io.coursegen.model.quiz.TrueFalse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one quiz file {@code quizzes/<id>.yaml} into a {@link Quiz}. Each question type has its own
 * allowed keys, so a key that belongs to another type is reported as unknown, listing the right ones.
 * Rules that need the whole quiz or the whole course (one correct answer, unique ids, checks that
 * grade to their score) are the checker's job; this class only reads what is written.
 */
public final class QuizParser {
    public static final List<String> QUIZ_KEYS = List.of("id", "title", "intro", "pass", "shuffle", "questions", "checks", "review");
    static final List<String> COMMON = List.of("id", "type", "prompt", "explanation", "tags");
    public static final Map<String, List<String>> TYPE_KEYS = Map.of(
            "single", List.of("options"),
            "multiple", List.of("options"),
            "true-false", List.of("answer", "feedback", "misconceptions"),
            "scenario", List.of("answer-set", "answer", "feedback", "misconceptions"),
            "ordering", List.of("items", "all-or-nothing"),
            "numeric", List.of("answer", "tolerance", "relative-tolerance", "unit"),
            "short", List.of("answers"));
    static final List<String> TYPES = List.of("single", "multiple", "true-false", "scenario", "ordering", "numeric", "short");
    static final List<String> ALL_QUESTION_KEYS = Stream.concat(COMMON.stream(), TYPE_KEYS.values().stream().flatMap(List::stream))
            .distinct().toList();
    static final List<String> OPTION_KEYS = List.of("id", "text", "correct", "feedback", "misconception", "fixed");
    static final List<String> ITEM_KEYS = List.of("id", "text");
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
        String intro = m.text("intro", false).orElse(null);
        double pass = m.number("pass", false).orElse(0.7);
        if (pass < 0 || pass > 1) {
            diagnostics.error(m.refOf("pass"), "`pass` is the fraction of the score needed to pass, between 0 and 1 (0.7 means 70%), found " + fmt(pass));
        }
        boolean shuffle = m.bool("shuffle", true);
        List<Question> questions = new ArrayList<>();
        for (Node q : m.list("questions", true)) {
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
        return Optional.of(new Quiz(id.get(), title.get(), intro, pass, shuffle, questions, checks, reviews, SourceRef.file(path)));
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
        if (type.isEmpty() || !TYPES.contains(type.get())) {
            // An unknown type is shown where it is written, as every other wrong value is.
            SourceRef at = quiz.ref(type.isEmpty() ? node : valueOf((MappingNode) node, "type"));
            diagnostics.error(at, type.isEmpty()
                    ? "question without a `type`; expected one of " + String.join(", ", TYPES)
                    : "unknown question type `" + type.get() + "`, expected one of " + String.join(", ", TYPES)
                            + Suggest.didYouMean(type.get(), TYPES));
            return Optional.empty();
        }
        List<String> allowed = Stream.concat(COMMON.stream(), TYPE_KEYS.get(type.get()).stream()).toList();
        Optional<YamlMap> map = quiz.child(node, allowed, "a " + type.get() + " question");
        if (map.isEmpty()) return Optional.empty();
        YamlMap q = map.get();
        Optional<String> id = q.text("id", true);
        Optional<String> prompt = q.text("prompt", true);
        String explanation = q.text("explanation", false).orElse(null);
        List<String> tags = q.textList("tags").stream().map(YamlMap.Located::value).toList();
        if (id.isEmpty() || prompt.isEmpty()) return Optional.empty();
        String i = id.get();
        String p = prompt.get();
        SourceRef ref = q.ref();
        return switch (type.get()) {
            case "single" -> Optional.of(new SingleChoice(i, p, explanation, tags, options(q), ref));
            case "multiple" -> Optional.of(new MultipleSelect(i, p, explanation, tags, options(q), ref));
            case "true-false" -> trueFalse(q, i, p, explanation, tags);
            case "scenario" -> scenario(q, i, p, explanation, tags);
            case "ordering" -> Optional.of(new Ordering(i, p, explanation, tags, items(q), q.bool("all-or-nothing", false), ref));
            case "numeric" -> numeric(q, i, p, explanation, tags);
            default -> Optional.of(new ShortAnswer(i, p, explanation, tags,
                    q.textList("answers").stream().map(YamlMap.Located::value).toList(), ref));
        };
    }

    private List<Option> options(YamlMap q) {
        List<Option> options = new ArrayList<>();
        Map<String, Boolean> ids = new HashMap<>(); // id -> written by the author (not a default)
        List<Node> nodes = q.list("options", true);
        for (int n = 0; n < nodes.size(); n++) {
            String defaultId = defaultId(n);
            q.child(nodes.get(n), OPTION_KEYS, "an option").ifPresent(o -> {
                String id = o.text("id", false).orElse(defaultId);
                boolean named = o.has("id");
                if (ids.containsKey(id)) {
                    diagnostics.error(o.refOf("id"), "option id `" + id + "` is used twice in this question"
                            + (named && ids.get(id) ? "" : DEFAULT_IDS_HINT));
                    return;
                }
                ids.put(id, named);
                o.text("text", true).ifPresent(text -> options.add(new Option(id, text, o.bool("correct", false),
                        o.text("feedback", false).orElse(null), o.text("misconception", false).orElse(null),
                        o.bool("fixed", false), o.ref())));
            });
        }
        return options;
    }

    private List<Ordering.Item> items(YamlMap q) {
        List<Ordering.Item> items = new ArrayList<>();
        Map<String, Boolean> ids = new HashMap<>(); // id -> written by the author (not a default)
        List<Node> nodes = q.list("items", true);
        for (int n = 0; n < nodes.size(); n++) {
            String defaultId = defaultId(n);
            q.child(nodes.get(n), ITEM_KEYS, "an item").ifPresent(it -> {
                String id = it.text("id", false).orElse(defaultId);
                boolean named = it.has("id");
                if (ids.containsKey(id)) {
                    diagnostics.error(it.refOf("id"), "item id `" + id + "` is used twice in this question"
                            + (named && ids.get(id) ? "" : DEFAULT_IDS_HINT));
                    return;
                }
                ids.put(id, named);
                it.text("text", true).ifPresent(text -> items.add(new Ordering.Item(id, text, it.ref())));
            });
        }
        return items;
    }

    private Optional<Question> trueFalse(YamlMap q, String id, String prompt, String explanation, List<String> tags) {
        Optional<Boolean> answer = q.node("answer").flatMap(n -> q.boolOf(n, "`answer`"));
        if (!q.has("answer")) q.reportMissing("answer", " (`true` or `false`)");
        Map<String, String> feedback = keyedTexts(q, "feedback", List.of("true", "false"));
        Map<String, String> misconceptions = keyedTexts(q, "misconceptions", List.of("true", "false"));
        return answer.map(a -> new TrueFalse(id, prompt, explanation, tags, a, feedback.get("true"), feedback.get("false"),
                misconceptions.get("true"), misconceptions.get("false"), q.ref()));
    }

    private Optional<Question> scenario(YamlMap q, String id, String prompt, String explanation, List<String> tags) {
        Optional<String> setId = q.text("answer-set", true);
        Optional<String> answer = q.text("answer", true);
        if (setId.isEmpty()) return Optional.empty();
        AnswerSet set = answerSets.get(setId.get());
        if (set == null && failures.failed(LoadFailures.Kind.ANSWER_SET, setId.get())) {
            needsBrokenAnswerSet = true;
            return Optional.empty();
        }
        if (set == null) {
            diagnostics.error(q.refOf("answer-set"), "unknown answer set `" + setId.get() + "`; declare it under `answer-sets:` in content/course.yaml"
                    + Suggest.known(setId.get(), answerSets.keySet()));
            return Optional.empty();
        }
        List<String> ids = set.answers().stream().map(AnswerSet.Answer::id).toList();
        Map<String, String> feedback = keyedTexts(q, "feedback", ids);
        Map<String, String> misconceptions = keyedTexts(q, "misconceptions", ids);
        answer.filter(a -> !ids.contains(a)).ifPresent(a -> diagnostics.error(q.refOf("answer"),
                "`" + a + "` is not an answer of `" + set.id() + "`, expected one of " + String.join(", ", ids) + Suggest.didYouMean(a, ids)));
        List<Option> options = set.answers().stream().map(a -> new Option(a.id(), a.label(),
                answer.map(a.id()::equals).orElse(false), feedback.get(a.id()),
                answer.map(a.id()::equals).orElse(false) ? null : misconceptions.get(a.id()), false, q.ref())).toList();
        return Optional.of(new Scenario(id, prompt, explanation, tags, set.id(), options, q.ref()));
    }

    private Optional<Question> numeric(YamlMap q, String id, String prompt, String explanation, List<String> tags) {
        Optional<Double> answer = q.number("answer", true);
        double abs = q.number("tolerance", false).orElse(0.0);
        double rel = q.number("relative-tolerance", false).orElse(0.0);
        if (abs < 0) diagnostics.error(q.refOf("tolerance"), "`tolerance` must be 0 or more, found " + fmt(abs));
        if (rel < 0) diagnostics.error(q.refOf("relative-tolerance"), "`relative-tolerance` must be 0 or more (0.05 means 5%), found " + fmt(rel));
        String unit = q.text("unit", false).orElse(null);
        return answer.map(a -> new Numeric(id, prompt, explanation, tags, a, abs, rel, unit, q.ref()));
    }

    /** A mapping from known ids to text, such as feedback per answer; unknown ids are errors. */
    private Map<String, String> keyedTexts(YamlMap q, String key, List<String> known) {
        Map<String, String> out = new LinkedHashMap<>();
        for (YamlMap.Entry e : q.entriesOf(key)) {
            if (!known.contains(e.name())) {
                diagnostics.error(e.ref(), "`" + e.name() + "` in `" + key + "` is not an answer of this question, expected one of "
                        + String.join(", ", known) + Suggest.didYouMean(e.name(), known));
                continue;
            }
            q.scalarText(e.value(), "`" + key + "` of `" + e.name() + "`").ifPresent(t -> out.put(e.name(), t));
        }
        return out;
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
            response(c, q.get(), e.value()).ifPresent(r -> responses.put(e.name(), r));
        }
        if (name.isEmpty() || score.isEmpty() || !complete) return Optional.empty();
        return Optional.of(new QuizCheck(name.get(), responses, score.get(), c.ref()));
    }

    /** Reads a sample response in the shape its question takes: an id, a list of ids, a number or text. */
    private Optional<Response> response(YamlMap c, Question q, Node value) {
        String what = "the response to `" + q.id() + "`";
        if (q instanceof TrueFalse) {
            return value instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)
                    ? c.boolOf(value, what).map(b -> Response.choice(b ? TrueFalse.TRUE_ID : TrueFalse.FALSE_ID))
                    : c.scalarText(value, what).map(Response::choice);
        }
        if (q instanceof MultipleSelect || q instanceof SingleChoice && value instanceof SequenceNode) {
            return ids(c, value, what).map(l -> new Response.Choice(new LinkedHashSet<>(l)));
        }
        if (q instanceof Ordering) return ids(c, value, what).map(Response.Order::new);
        if (q instanceof Numeric) {
            return value instanceof ScalarNode s && s.getTag().equals(Tag.NULL)
                    ? Optional.of(Response.number(null)) : c.numberOf(value, what).map(Response::number);
        }
        if (q instanceof ShortAnswer) return c.scalarText(value, what).map(Response::text);
        return c.scalarText(value, what).map(Response::choice); // single choice and scenario: one id
    }

    private Optional<List<String>> ids(YamlMap c, Node value, String what) {
        if (value instanceof ScalarNode) return c.scalarText(value, what).map(List::of);
        if (!(value instanceof SequenceNode seq)) {
            diagnostics.error(c.ref(value), "expected a list of ids for " + what + ", found " + YamlMap.kind(value));
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (Node n : seq.getValue()) c.scalarText(n, "an id in " + what).ifPresent(out::add);
        return Optional.of(out);
    }

    /**
     * Said with a duplicate id that was not written twice: an author who named the first option `b`
     * and left the second without an id could not tell where the second `b` came from.
     */
    private static final String DEFAULT_IDS_HINT = " (one without an `id` is named by its position: a, b, c...)";

    /** The value node of {@code key} in {@code map}, which has it. */
    private static Node valueOf(MappingNode map, String key) {
        return map.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .findFirst().orElseThrow().getValueNode();
    }

    /** Options and items are named a, b, c... by position unless the author names them. */
    static String defaultId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "o" + (index + 1);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
