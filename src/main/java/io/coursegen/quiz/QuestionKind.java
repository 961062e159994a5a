package io.coursegen.quiz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.YamlMap;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Response;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Everything one kind of question does, in one class, stage by stage: its key, how it is read from a
 * quiz file and its sample responses from {@code checks:}, what the check stage requires of it, how
 * it is graded, how it travels to the browser and back, what its template partial shows, and what it
 * gives to search. The loader, checker, renderer and grader only ever call these methods; none of
 * them names a kind.
 *
 * <p>A new kind is one class implementing this interface, one line in {@link QuestionKinds#ALL}, an
 * entry in the behaviour tables of {@code widget/quiz/quiz.js} and {@code widget/quiz/quiz-grading.js}, and its
 * partial under {@code templates/widgets/quiz/questions/}. {@code QuestionKinds_TotalityTest} fails when
 * a question record has no registered kind, when a kind's partial is missing, or when a script's
 * table lacks its key; every method here without a default must be written, so a kind cannot fall
 * through to another's behaviour.
 *
 * @param <Q> the question record this kind handles
 */
public interface QuestionKind<Q extends Question> {

    /** The key written in quiz files ({@code type: ...}) and the client JSON, e.g. {@code true-false}. */
    String key();

    /** The record of this kind's questions. */
    Class<Q> type();

    // ---- Load -----------------------------------------------------------------------------------

    /**
     * The keys a question of this kind may have besides the common {@code id}, {@code type},
     * {@code prompt}, {@code explanation} and {@code tags}; any other key is reported as unknown.
     */
    List<String> keys();

    /**
     * Reads one question of this kind. Every problem goes to {@code source}'s diagnostics with its
     * position; empty when the question cannot be built (the quiz is then left out whole).
     */
    Optional<Q> read(QuestionSource source);

    /**
     * Reads a sample response to {@code question} from a quiz's {@code checks:}, in the shape this kind
     * takes (an id, a list of ids, a number, a text, a mapping...); problems go to {@code check}'s
     * diagnostics. {@code what} names the response in messages: "the response to `q1`".
     */
    Optional<Response> readResponse(Q question, YamlMap check, Node value, String what);

    // ---- Check ----------------------------------------------------------------------------------

    /** Reports what makes {@code question} unusable or misleading (no correct option, no answers...). */
    void check(Q question, Diagnostics diagnostics);

    /**
     * The ids that a response to {@code question} names but the question does not have, each once, in
     * the order given; a check answering with them is reported instead of graded.
     */
    List<String> unknownIds(Q question, Response response);

    /** The ids a response to {@code question} may name (options, items, blanks...), for messages. */
    List<String> responseIds(Q question);

    // ---- Grade ----------------------------------------------------------------------------------

    /**
     * The score of {@code response} to {@code question}, from 0 to 1. A missing response ({@code null})
     * or a response of another kind scores 0.
     */
    double grade(Q question, Response response);

    /**
     * The misconception tags that {@code response} reveals, in the question's authored order; never
     * null. Only kinds whose wrong answers carry tags (choice questions) have any.
     */
    default List<String> misconceptions(Q question, Response response) {
        return List.of();
    }

    /** Every misconception tag {@code question} can reveal, for checking {@code review:} links. */
    default List<String> misconceptionTags(Q question) {
        return List.of();
    }

    // ---- Client JSON ----------------------------------------------------------------------------

    /** The client JSON's keys of this kind besides {@code type} and {@code id}, in the order they are written. */
    List<String> clientKeys();

    /** Writes this kind's part of a question's client JSON into {@code out}, after {@code type} and {@code id}. */
    void writeClient(Q question, ObjectNode out);

    /** Reads a question of this kind back from its client JSON (for the shared test vectors); no texts, every element at {@code ref}. */
    Q readClient(String id, JsonFields fields, SourceRef ref);

    // ---- Render ---------------------------------------------------------------------------------

    /**
     * The partial that shows this kind's inputs and answer key, such as
     * {@code widgets/quiz/questions/choice.jte}. It is rendered twice per question, with {@code part}
     * {@code "inputs"} (inside the question's fieldset) and {@code "answer"} (inside its answer key),
     * and gets the question's common view as {@code q} and {@link #view}'s result as {@code body}.
     */
    String template();

    /** What this kind's partial shows of {@code question}: its markdown rendered through {@code context}. */
    Object view(Q question, QuestionViewContext context);

    /** The markdown texts of {@code question} besides its prompt and explanation, for search. */
    default List<String> texts(Q question) {
        return List.of();
    }
}
