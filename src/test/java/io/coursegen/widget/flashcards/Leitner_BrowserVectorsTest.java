package io.coursegen.widget.flashcards;

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
 * Runs the shared vectors {@code leitner.json} against {@code leitner.js} (beside the widget's classes), loaded alone into a
 * blank page of Debian's Chromium, as {@link Leitner_VectorsTest} does for Java. Every mismatch is listed.
 */
@Tag("browser")
@ExtendWith(SharedBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Leitner_BrowserVectorsTest {
    private static final Map<String, String> FUNCTIONS = Map.of(
            "interval", "c => { try { return CoursegenLeitner.interval(c.box); } catch (e) { return e instanceof RangeError ? 'error' : 'threw: ' + e; } }",
            "answer", "c => CoursegenLeitner.answer(c.card, c.knew, c.session)",
            "due", "c => CoursegenLeitner.due(c.keys, c.states, c.session)",
            "nextSession", "c => CoursegenLeitner.nextSession(c.cards, c.session)",
            "counts", "c => CoursegenLeitner.counts(c.cards)",
            "restore", "c => CoursegenLeitner.restore(c.box, c.due)",
            "restoreSession", "c => CoursegenLeitner.restoreSession(c.session)");

    private ScriptPage script;
    private Page page;

    @BeforeAll
    void open(Chromium chromium) throws IOException {
        script = ScriptPage.open(chromium, "leitner.js");
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
        for (String list : LeitnerVectors.LISTS) {
            List<JsonNode> cases = LeitnerVectors.cases(list);
            String json = (String) page.evaluate("text => JSON.stringify(JSON.parse(text)." + list + ".map("
                    + "c => { try { return (" + FUNCTIONS.get(list) + ")(c); } catch (e) { return 'threw: ' + e; } }))", LeitnerVectors.text());
            List<JsonNode> actual = new ArrayList<>();
            LeitnerVectors.parse(json).forEach(actual::add);
            assertEquals(cases.size(), actual.size(), list + ": one result per case");
            LeitnerVectors.mismatches(cases, actual).forEach(m -> all.add(list + ": " + m));
        }
        assertEquals(List.of(), all, all.size() + " cases of leitner.json differ in leitner.js");
    }

    @Test
    void exposesOneFrozenGlobalWithTheJavaLimits() {
        assertEquals("BOXES,MAX_SESSION,answer,counts,due,interval,isDue,nextSession,restore,restoreSession,true,"
                + Leitner.BOXES + "," + Leitner.MAX_SESSION,
                page.evaluate("() => Object.keys(CoursegenLeitner).sort().join(',') + ',' + Object.isFrozen(CoursegenLeitner)"
                        + " + ',' + CoursegenLeitner.BOXES + ',' + CoursegenLeitner.MAX_SESSION"));
    }
}
