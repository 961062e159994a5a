package io.coursegen.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import io.coursegen.browser.Chromium;
import io.coursegen.browser.ScriptPage;
import io.coursegen.browser.SharedBrowser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the shared vectors {@code exercise.json} against {@code widget/exercise/exercise-logic.js}, loaded alone
 * into a blank page of Debian's Chromium, as {@link Exercise_VectorsTest} does for Java. Every
 * mismatch is listed, not only the first.
 */
@Tag("browser")
@ExtendWith(SharedBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Exercise_BrowserVectorsTest {
    private static final Map<String, String> FUNCTIONS = Map.of(
            "match", "c => CoursegenExercise.match(c.choices, c.accepted, c.chosen)",
            "coverage", "c => CoursegenExercise.coverage(c.rubric, c.ticked)",
            "characters", "c => CoursegenExercise.characters(c.text)",
            "problems", "c => CoursegenExercise.problems(c.choices, c.choice,"
                    + " c.text !== null && c.repeat !== undefined ? c.text.repeat(c.repeat) + c.suffix : c.text)");

    private ScriptPage script;
    private Page page;

    @BeforeAll
    void open(Chromium chromium) throws IOException {
        script = ScriptPage.open(chromium, "exercise-logic.js");
        page = script.page();
    }

    @AfterAll
    void close() {
        if (script == null) return;
        List<String> errors = script.errors();
        script.close();
        assertEquals(List.of(), errors, "errors in the page");
    }

    @Test
    void javascriptMatchesTheVectors() {
        List<String> all = new ArrayList<>();
        for (String list : ExerciseVectors.LISTS) {
            List<JsonNode> cases = ExerciseVectors.cases(list);
            String json = (String) page.evaluate("text => JSON.stringify(JSON.parse(text)." + list + ".map("
                    + "c => { try { return (" + FUNCTIONS.get(list) + ")(c); } catch (e) { return 'threw: ' + e; } }))", ExerciseVectors.text());
            List<JsonNode> actual = new ArrayList<>();
            ExerciseVectors.parse(json).forEach(actual::add);
            assertEquals(cases.size(), actual.size(), list + ": one result per case");
            ExerciseVectors.mismatches(cases, actual).forEach(m -> all.add(list + ": " + m));
        }
        assertEquals(List.of(), all, all.size() + " cases of exercise.json differ in exercise-logic.js");
    }

    @Test
    void exposesOneFrozenGlobalWithTheJavaLimit() {
        assertEquals("MAX_CHARACTERS,characters,coverage,isBlank,match,problems,true," + Submission.MAX_CHARACTERS,
                page.evaluate("() => Object.keys(CoursegenExercise).sort().join(',') + ',' + Object.isFrozen(CoursegenExercise)"
                        + " + ',' + CoursegenExercise.MAX_CHARACTERS"));
    }
}
