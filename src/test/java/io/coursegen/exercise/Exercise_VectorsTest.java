package io.coursegen.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java answer logic gives every expected value of the shared vectors {@code exercise.json}. */
class Exercise_VectorsTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"match", "coverage", "characters", "problems"})
    void javaMatchesTheVectors(String list) {
        List<JsonNode> cases = ExerciseVectors.cases(list);
        assertTrue(cases.size() >= 5, list + " has cases");
        List<JsonNode> actual = cases.stream().map(c -> ExerciseVectors.javaAnswer(list, c)).toList();
        List<String> mismatches = ExerciseVectors.mismatches(cases, actual);
        assertEquals(List.of(), mismatches, mismatches.size() + " of " + cases.size() + " cases of " + list + " differ");
    }
}
