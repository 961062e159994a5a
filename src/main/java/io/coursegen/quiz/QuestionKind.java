package io.coursegen.quiz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Response;
import java.util.List;

/**
 * Everything one kind of question does, in one class: its key in files and in the client JSON, how it
 * is graded, and how it travels to the browser and back. The kinds are listed in {@link QuestionKinds};
 * {@code QuestionKinds_TotalityTest} fails when a question record has no kind, so a new kind cannot
 * fall through to a default anywhere.
 *
 * @param <Q> the question record this kind handles
 */
public interface QuestionKind<Q extends Question> {

    /** The key written in quiz files and the client JSON, e.g. {@code true-false}. */
    String key();

    /** The record of this kind's questions. */
    Class<Q> type();

    /**
     * The score of {@code response} to {@code question}, from 0 to 1. A missing response ({@code null})
     * or a response of another kind scores 0.
     */
    double grade(Q question, Response response);

    /** The client JSON's keys of this kind besides {@code type} and {@code id}, in the order they are written. */
    List<String> clientKeys();

    /** Writes this kind's part of a question's client JSON into {@code out}, after {@code type} and {@code id}. */
    void writeClient(Q question, ObjectNode out);

    /** Reads a question of this kind back from its client JSON (for the shared test vectors); no texts, every element at {@code ref}. */
    Q readClient(String id, JsonFields fields, SourceRef ref);
}
