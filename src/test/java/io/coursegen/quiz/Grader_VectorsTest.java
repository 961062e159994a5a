package io.coursegen.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.Response;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the shared vectors {@code grading.json} and {@code quiz.json} against the Java grader; the
 * same files run against {@code quiz-grading.js} in {@link Grading_BrowserVectorsTest}.
 */
class Grader_VectorsTest {

    private static final SourceRef REF = SourceRef.file("vectors");

    static Stream<Named<JsonNode>> gradingCases() {
        return Vectors.cases(Vectors.GRADING).stream().map(c -> Named.of(c.get("name").textValue(), c));
    }

    static Stream<Named<JsonNode>> quizCases() {
        return Vectors.cases(Vectors.QUIZ).stream().map(c -> Named.of(c.get("name").textValue(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gradingCases")
    void grading(JsonNode c) {
        Question question = QuizClientJson.readQuestion(c.get("question"), REF);
        Response response = QuizClientJson.readResponse(c.get("response"));
        assertEquals(c.get("expected").doubleValue(), Grader.grade(question, response), Vectors.TOLERANCE,
                () -> "question " + c.get("question") + ", response " + c.get("response"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quizCases")
    void quiz(JsonNode c) {
        Quiz quiz = QuizClientJson.readQuiz(c.get("quiz"), REF);
        QuizResult result = Grader.gradeQuiz(quiz, QuizClientJson.readResponses(c.get("responses")));
        assertEquals(List.of(), Vectors.differences(c.get("expected"), Vectors.json(result)),
                () -> "responses " + c.get("responses"));
    }

    @Test
    void thereAreEnoughVectorsWithUniqueNames() {
        List<String> names = gradingCases().map(Named::getName).toList();
        assertEquals(names.size(), names.stream().distinct().count(), "vector names must be unique");
        assertEquals(true, names.size() >= 80, "at least 80 grading vectors, found " + names.size());
        for (String type : List.of("single", "multiple", "true-false", "scenario", "ordering", "numeric", "short", "cloze", "matching")) {
            assertEquals(true, Vectors.cases(Vectors.GRADING).stream()
                    .anyMatch(c -> c.get("question").get("type").textValue().equals(type)), "no vector of type " + type);
        }
    }
}
