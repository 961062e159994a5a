package io.coursegen.widget.flashcards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java schedule gives every expected value of the shared vectors {@code leitner.json}. */
class Leitner_VectorsTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"interval", "answer", "due", "nextSession", "counts", "restore", "restoreSession"})
    void javaMatchesTheVectors(String list) {
        List<JsonNode> cases = LeitnerVectors.cases(list);
        assertTrue(cases.size() >= 3, list + " has cases");
        List<JsonNode> actual = cases.stream().map(c -> LeitnerVectors.javaAnswer(list, c)).toList();
        List<String> mismatches = LeitnerVectors.mismatches(cases, actual);
        assertEquals(List.of(), mismatches, mismatches.size() + " of " + cases.size() + " cases of " + list + " differ");
    }

    @Test
    void everyListIsTested() {
        List<String> lists = new java.util.ArrayList<>();
        LeitnerVectors.parse(LeitnerVectors.text()).fieldNames().forEachRemaining(lists::add);
        lists.remove("about");
        assertEquals(LeitnerVectors.LISTS, lists);
    }

    @Test
    void everyBoxTransitionIsAVector() {
        List<JsonNode> answers = LeitnerVectors.cases("answer");
        for (int box = 1; box <= Leitner.BOXES; box++) {
            for (boolean knew : new boolean[] {true, false}) {
                int b = box;
                assertTrue(answers.stream().anyMatch(c -> c.get("card").get("box").intValue() == b && c.get("knew").booleanValue() == knew),
                        "box " + box + (knew ? " knew it" : " again"));
            }
        }
    }
}
