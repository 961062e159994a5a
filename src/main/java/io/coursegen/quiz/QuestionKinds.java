package io.coursegen.quiz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.YamlMap;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Every question kind, registered in {@link #ALL}, and the one place that finds a question's kind and
 * calls it: the stages hand a {@link Question} here and never look at its class themselves.
 * {@code QuestionKinds_TotalityTest} holds the list to the question records on the class path, to the
 * partials and to the scripts' tables.
 */
public final class QuestionKinds {
    /** The one list a new kind is registered in, in the order the quiz format documents them. */
    public static final List<QuestionKind<?>> ALL = List.of(
            new ChoiceKinds.Single(), new ChoiceKinds.Multiple(), new ChoiceKinds.TrueOrFalse(), new ChoiceKinds.ScenarioKind(),
            new AnswerKinds.OrderingKind(), new AnswerKinds.NumericKind(), new AnswerKinds.ShortKind(),
            new ClozeKind(),
            new MatchingKind());

    private static final Map<Class<?>, QuestionKind<?>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(QuestionKind::type, k -> k));
    private static final Map<String, QuestionKind<?>> BY_KEY = ALL.stream()
            .collect(Collectors.toMap(QuestionKind::key, k -> k, (a, b) -> {
                throw new IllegalStateException("two question kinds use the key " + a.key());
            }, LinkedHashMap::new));

    private QuestionKinds() {}

    /** The kind of {@code question}. */
    @SuppressWarnings("unchecked")
    public static <Q extends Question> QuestionKind<Q> of(Q question) {
        QuestionKind<?> kind = BY_TYPE.get(question.getClass());
        // Unreachable while the totality test passes: every question record has a kind.
        if (kind == null) throw new IllegalStateException("no question kind registered for " + question.getClass().getName());
        return (QuestionKind<Q>) kind;
    }

    /**
     * The kind with this key.
     *
     * @throws IllegalArgumentException naming {@code context} and listing the known keys
     */
    public static QuestionKind<?> fromKey(String key, String context) {
        QuestionKind<?> kind = BY_KEY.get(key);
        if (kind == null) {
            throw new IllegalArgumentException(context + ": unknown question type `" + key + "`, expected one of "
                    + BY_KEY.keySet().stream().map(k -> "`" + k + "`").sorted().collect(Collectors.joining(", ")));
        }
        return kind;
    }

    /** The kind with this key, if there is one. */
    public static Optional<QuestionKind<?>> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The keys of every kind, in registration order. */
    public static List<String> keys() {
        return List.copyOf(BY_KEY.keySet());
    }

    /** Reads a question of {@code kind}; see {@link QuestionKind#read}. */
    public static Optional<Question> read(QuestionKind<?> kind, QuestionSource source) {
        return kind.read(source).map(Question.class::cast);
    }

    /** Reads a sample response to {@code question}; see {@link QuestionKind#readResponse}. */
    public static Optional<Response> readResponse(Question question, YamlMap check, Node value, String what) {
        return of(question).readResponse(question, check, value, what);
    }

    /** The kind's own checks of {@code question}; see {@link QuestionKind#check}. */
    public static void check(Question question, Diagnostics diagnostics) {
        of(question).check(question, diagnostics);
    }

    /** See {@link QuestionKind#unknownIds}. */
    public static List<String> unknownIds(Question question, Response response) {
        return of(question).unknownIds(question, response);
    }

    /** See {@link QuestionKind#responseIds}. */
    public static List<String> responseIds(Question question) {
        return of(question).responseIds(question);
    }

    /** See {@link QuestionKind#misconceptions}; none for a missing response. */
    static List<String> misconceptions(Question question, Response response) {
        return response == null ? List.of() : of(question).misconceptions(question, response);
    }

    /** See {@link QuestionKind#misconceptionTags}. */
    public static List<String> misconceptionTags(Question question) {
        return of(question).misconceptionTags(question);
    }

    /** See {@link QuestionKind#view}. */
    public static Object view(Question question, QuestionViewContext context) {
        return of(question).view(question, context);
    }

    /** See {@link QuestionKind#texts}. */
    public static List<String> texts(Question question) {
        return of(question).texts(question);
    }

    static double grade(Question question, Response response) {
        return of(question).grade(question, response);
    }

    static void writeClient(Question question, ObjectNode out) {
        of(question).writeClient(question, out);
    }

    /** Reads a question of {@code kind} from its client JSON, allowing only that kind's keys. */
    static Question readClient(QuestionKind<?> kind, String id, JsonFields fields, SourceRef ref) {
        String[] keys = Stream.concat(Stream.of("type", "id"), kind.clientKeys().stream()).toArray(String[]::new);
        fields.allow(keys);
        return kind.readClient(id, fields, ref);
    }
}
