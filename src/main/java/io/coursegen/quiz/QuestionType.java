package io.coursegen.quiz;

import io.coursegen.model.quiz.MultipleSelect;
import io.coursegen.model.quiz.Numeric;
import io.coursegen.model.quiz.Ordering;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Scenario;
import io.coursegen.model.quiz.ShortAnswer;
import io.coursegen.model.quiz.SingleChoice;
import io.coursegen.model.quiz.TrueFalse;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The question types by the key that names them in quiz files and in the client JSON
 * ({@code "type": "true-false"}).
 */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("true-false"),
    SCENARIO("scenario"),
    ORDERING("ordering"),
    NUMERIC("numeric"),
    SHORT("short");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    /** The key written in files, e.g. {@code true-false}. */
    public String key() {
        return key;
    }

    /** The type of a question. */
    public static QuestionType of(Question question) {
        if (question instanceof SingleChoice) return SINGLE;
        if (question instanceof MultipleSelect) return MULTIPLE;
        if (question instanceof TrueFalse) return TRUE_FALSE;
        if (question instanceof Scenario) return SCENARIO;
        if (question instanceof Ordering) return ORDERING;
        if (question instanceof Numeric) return NUMERIC;
        if (question instanceof ShortAnswer) return SHORT;
        throw new IllegalArgumentException("unknown question type: " + question.getClass().getName());
    }

    /**
     * The type with this key.
     *
     * @throws IllegalArgumentException naming {@code context} and listing the known keys
     */
    public static QuestionType fromKey(String key, String context) {
        for (QuestionType t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException(context + ": unknown question type `" + key + "`, expected one of "
                + Arrays.stream(values()).map(t -> "`" + t.key + "`").sorted().collect(Collectors.joining(", ")));
    }
}
