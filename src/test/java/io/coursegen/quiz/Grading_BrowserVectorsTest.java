package io.coursegen.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import io.coursegen.browser.Chromium;
import io.coursegen.browser.ScriptPage;
import io.coursegen.browser.SharedBrowser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the shared vectors against {@code widget/quiz/quiz-grading.js} and {@code quiz-policy.js} in Debian's Chromium, the browser
 * learners' pages run in, and compares with the expected values as {@link Grader_VectorsTest} does
 * for Java. Each test lists every mismatch, not only the first.
 *
 * <p>The script is loaded into a blank page by itself: it must work alone, as a classic script.
 * Vector files go in as text and are parsed in the page, as a page parses its embedded JSON; results
 * come back as JSON text, so numbers cross without rounding.
 */
@Tag("browser")
@ExtendWith(SharedBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Grading_BrowserVectorsTest {

    private ScriptPage script;
    private Page page;

    @BeforeAll
    void openPageWithTheScript(Chromium chromium) throws IOException {
        script = ScriptPage.open(chromium, "quiz-grading.js", "quiz-policy.js");
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
    void gradingVectors() {
        JsonNode actual = run(Vectors.GRADING,
                "c => CoursegenGrading.gradeQuestion(c.question, c.response)");
        assertNoMismatch(Vectors.GRADING, actual);
    }

    @Test
    void quizVectors() {
        JsonNode actual = run(Vectors.QUIZ, "c => CoursegenGrading.gradeQuiz(c.quiz, c.responses)");
        assertNoMismatch(Vectors.QUIZ, actual);
    }

    @Test
    void shuffleVectors() {
        JsonNode actual = run(Vectors.SHUFFLE, "c => CoursegenGrading.shuffle(c.seed, c.options).map(o => o.id)");
        assertNoMismatch(Vectors.SHUFFLE, actual);
    }

    @Test
    void percentVectors() {
        JsonNode actual = run(ScorePercent_VectorsTest.PERCENT,
                "c => 'pass' in c ? CoursegenGrading.percent(c.score, c.pass) : CoursegenGrading.percent(c.score)");
        assertNoMismatch(ScorePercent_VectorsTest.PERCENT, actual);
    }

    @Test
    void drawVectors() {
        JsonNode actual = run(PolicyLogic_VectorsTest.DRAW, "c => CoursegenQuizPolicy.shown(c.policy, c.seed, c.ids)");
        assertNoMismatch(PolicyLogic_VectorsTest.DRAW, actual);
    }

    @Test
    void turnVectors() {
        JsonNode actual = run(PolicyLogic_VectorsTest.TURNS,
                "c => CoursegenQuizPolicy.turn(c.policy, c.checks, c.score, c.quizDone, c.answersShown)");
        assertNoMismatch(PolicyLogic_VectorsTest.TURNS, actual);
    }

    @Test
    void mistakeVectors() {
        JsonNode actual = run(PolicyLogic_VectorsTest.MISTAKES, "c => CoursegenGrading.mistake(c.question, c.response)");
        assertNoMismatch(PolicyLogic_VectorsTest.MISTAKES, actual);
    }

    @Test
    void whatJsonCannotCarry() {
        // A number field can hold NaN or an infinity in the page (parseFloat of "abc", "1e999").
        String results = (String) page.evaluate("() => { const q = {type: 'numeric', id: 'n', answer: 0,"
                + " absTolerance: 1e308, relTolerance: 0}; return JSON.stringify([NaN, Infinity, -Infinity,"
                + " undefined, '0'].map(x => CoursegenGrading.gradeQuestion(q, {number: x}))"
                + ".concat([CoursegenGrading.gradeQuestion(q, undefined), CoursegenGrading.gradeQuestion(q, null)])); }");
        assertEquals("[0,0,0,0,0,0,0]", results);
    }

    @Test
    void exposesOneFrozenGlobal() {
        assertEquals("EPSILON,gradeQuestion,gradeQuiz,mistake,normalizeText,passMark,percent,shuffle,true",
                page.evaluate("() => Object.keys(CoursegenGrading).sort().join(',') + ',' + Object.isFrozen(CoursegenGrading)"));
        assertEquals("DEFAULT,offersShowAnswers,shown,turn,true,true",
                page.evaluate("() => Object.keys(CoursegenQuizPolicy).sort().join(',') + ',' + Object.isFrozen(CoursegenQuizPolicy)"
                        + " + ',' + Object.isFrozen(CoursegenQuizPolicy.DEFAULT)"));
    }

    /** Applies {@code function} (JavaScript, taking a case) to every case of a vector file in the page. */
    private JsonNode run(String file, String function) {
        // A case that throws becomes a mismatch of its own instead of hiding the others.
        String json = (String) page.evaluate("text => JSON.stringify(JSON.parse(text).cases.map("
                + "c => { try { return (" + function + ")(c); } catch (e) { return 'threw: ' + e; } }))",
                Vectors.text(file));
        return Vectors.parse(json);
    }

    private static void assertNoMismatch(String file, JsonNode actual) {
        List<JsonNode> cases = Vectors.cases(file);
        assertEquals(cases.size(), actual.size(), "one result per case");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            List<String> d = Vectors.differences(cases.get(i).get("expected"), actual.get(i));
            if (!d.isEmpty()) {
                mismatches.add(cases.get(i).get("name").textValue() + ": " + String.join("; ", d));
            }
        }
        assertEquals(List.of(), mismatches, mismatches.size() + " of " + cases.size() + " cases differ in " + file);
    }
}
