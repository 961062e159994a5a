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
 * Runs the vectors {@code handin.json} against {@code assets/handin.js}, loaded alone into a blank page
 * of Debian's Chromium. Every mismatch is listed with its case's name.
 */
@Tag("browser")
@ExtendWith(SharedBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Handin_BrowserVectorsTest {
    private static final Map<String, String> FUNCTIONS = Map.of(
            "quote", "c => CoursegenHandin.quote(c.text)",
            "inline", "c => CoursegenHandin.inline(c.text)",
            "namePart", "c => CoursegenHandin.namePart(c.text)",
            "fileName", "c => CoursegenHandin.fileName(c.course, c.learner,"
                    + " new Date(c.date[0], c.date[1] - 1, c.date[2], c.date[3], c.date[4]), c.ext)");

    private ScriptPage script;
    private Page page;

    @BeforeAll
    void open(Chromium chromium) throws IOException {
        script = ScriptPage.open(chromium, "handin.js");
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
        for (String list : HandinVectors.LISTS) {
            List<JsonNode> cases = HandinVectors.cases(list);
            String json = (String) page.evaluate("text => JSON.stringify(JSON.parse(text)." + list + ".map("
                    + "c => { try { return (" + FUNCTIONS.get(list) + ")(c); } catch (e) { return 'threw: ' + e; } }))", HandinVectors.text());
            JsonNode actual = ExerciseVectors.parse(json);
            assertEquals(cases.size(), actual.size(), list + ": one result per case");
            for (int i = 0; i < cases.size(); i++) {
                if (!cases.get(i).get("expected").equals(actual.get(i))) {
                    all.add(list + " / " + cases.get(i).get("name").textValue() + ": expected " + cases.get(i).get("expected") + ", got " + actual.get(i));
                }
            }
        }
        assertEquals(List.of(), all, all.size() + " cases of handin.json differ in handin.js");
    }
}
