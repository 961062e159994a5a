package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A sample attempt an instructor declares in a quiz file, with the score it must get: the build
 * grades it and fails if the score differs, so a wrong answer key is caught before learners see it.
 *
 * @param name          how the author calls this sample, e.g. "picks every option"
 * @param responses     response per question id, in authored order; questions left out are unanswered
 * @param expectedScore the quiz score (0 to 1) these responses must get
 * @param ref           where the check starts
 * @param scoreRef      where its {@code score:} is written: a score the responses do not get is reported there
 */
public record QuizCheck(String name, Map<String, Response> responses, double expectedScore, SourceRef ref, SourceRef scoreRef) {

    /** A check made in code, whose score is placed at the check itself. */
    public QuizCheck(String name, Map<String, Response> responses, double expectedScore, SourceRef ref) {
        this(name, responses, expectedScore, ref, ref);
    }

    public QuizCheck {
        Objects.requireNonNull(name, "name");
        responses.forEach((k, v) -> {
            Objects.requireNonNull(k, "question id");
            Objects.requireNonNull(v, "response");
        });
        responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    }
}
