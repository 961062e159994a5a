package io.coursegen.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import io.coursegen.browser.Chromium;
import io.coursegen.browser.ScriptPage;
import io.coursegen.browser.SharedBrowser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared vectors {@code statements.json} against the browser's statement layer ({@code xapi-statements.js}, over
 * the LMS run-time's {@code lms-logic.js}) in Debian's Chromium: the same cases {@code Statements_VectorsTest} holds
 * the Java twin to. One page holds the two scripts alone; each test lists every case that differs.
 */
@Tag("browser")
@ExtendWith(SharedBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XapiStatements_BrowserVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private ScriptPage script;
    private Page page;
    private final JsonNode vectors = Statements_VectorsTest.vectors();

    @BeforeAll
    void open(Chromium chromium) throws IOException {
        script = ScriptPage.openResource(chromium, "io/coursegen/lms/lms-logic.js");
        page = script.page();
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(
                Files.readString(Path.of("src/main/resources/io/coursegen/xapi/xapi-statements.js"), StandardCharsets.UTF_8)));
        page.evaluate("t => { window.vectors = JSON.parse(t); }", JSON.writeValueAsString(vectors));
    }

    @AfterAll
    void close() {
        if (script == null) return;
        List<String> errors = script.errors();
        script.close();
        assertEquals(List.of(), errors, "errors in the page");
    }

    private JsonNode run(String js) {
        try {
            return JSON.readTree((String) page.evaluate("() => JSON.stringify(" + js + ")"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void compare(String section, String js) {
        JsonNode actual = run(js);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < vectors.get(section).size(); i++) {
            JsonNode c = vectors.get(section).get(i);
            if (!c.get("expect").equals(actual.get(i))) wrong.add(c.get("name").asText() + ": " + actual.get(i));
        }
        assertEquals(List.of(), wrong, section);
    }

    @Test
    void answered() {
        compare("answered", "vectors.answered.map(c => CoursegenXapi.answered(c.ctx, c.input))");
        assertEquals("null", run("CoursegenXapi.answered(vectors.answered[0].ctx, {quiz: 'q', question: {type: 'essay', id: 'x'}, response: {}, score: 1, ms: 0})").toString());
    }

    @Test
    void quizFinished() {
        compare("quizFinished", "vectors.quizFinished.map(c => CoursegenXapi.quizFinished(c.ctx, c.input, c.ids))");
    }

    @Test
    void cmi5Defined() {
        compare("cmi5Defined", "vectors.cmi5Defined.map(c => CoursegenXapi.cmi5Defined(c.ctx, c.verb, c.input))");
        assertEquals("true", run("(() => { try { CoursegenXapi.cmi5Defined(vectors.cmi5Defined[0].ctx, 'launched', {ms: 0}); return false; }"
                + " catch (e) { return true; } })()").toString(), "an AU never sends launched");
    }

    @Test
    void cmi5Due() {
        compare("cmi5Due", "vectors.cmi5Due.map(c => CoursegenXapi.cmi5Due(c.input))");
    }

    @Test
    void queueRules() {
        JsonNode got = run("[vectors.queue.backoff.map(c => CoursegenXapi.backoff(c[0])), vectors.queue.outcome.map(c => CoursegenXapi.outcome(c[0])),"
                + " vectors.queue.bounded.map(c => CoursegenXapi.bounded(c.queue, c.more, c.max))]");
        List<String> wrong = new ArrayList<>();
        JsonNode q = vectors.get("queue");
        for (int i = 0; i < q.get("backoff").size(); i++) {
            if (got.get(0).get(i).asLong() != q.get("backoff").get(i).get(1).asLong()) wrong.add("backoff " + q.get("backoff").get(i) + ": " + got.get(0).get(i));
        }
        for (int i = 0; i < q.get("outcome").size(); i++) {
            if (!got.get(1).get(i).asText().equals(q.get("outcome").get(i).get(1).asText())) wrong.add("outcome " + q.get("outcome").get(i) + ": " + got.get(1).get(i));
        }
        for (int i = 0; i < q.get("bounded").size(); i++) {
            if (!got.get(2).get(i).equals(q.get("bounded").get(i).get("expect"))) wrong.add("bounded " + q.get("bounded").get(i) + ": " + got.get(2).get(i));
        }
        assertEquals(List.of(), wrong);
    }
}
