package io.coursegen.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import io.coursegen.browser.Chromium;
import io.coursegen.browser.ScriptPage;
import io.coursegen.browser.SharedBrowser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared vectors {@code lms-logic.json} against the LMS run-time's logic ({@code lms/lms-logic.js}) in Debian's
 * Chromium: SCO status and score, interactions in SCORM's vocabulary, time spans, suspend_data fitted to a limit
 * (never over it, the least needed data dropped first, what is kept coming back), and compression that gives
 * back every text. Each test lists every mismatch with its case's name. One page holds the script alone.
 */
@Tag("browser")
@ExtendWith(SharedBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LmsLogic_BrowserVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private ScriptPage script;
    private Page page;
    private JsonNode vectors;

    @BeforeAll
    void open(Chromium chromium) throws IOException {
        script = ScriptPage.openResource(chromium, "io/coursegen/lms/lms-logic.js");
        page = script.page();
        try (InputStream in = getClass().getResourceAsStream("lms-logic.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            vectors = JSON.readTree(text);
            page.evaluate("t => { window.vectors = JSON.parse(t); }", text);
        }
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

    @Test
    void status() {
        JsonNode actual = run("vectors.status.map(c => { const L = CoursegenLmsLogic; const s = L.status(c.sco, c.progress, c.lessonsShare, c.mastery);"
                + " s.lessonStatus = L.lessonStatus(s); if (s.score !== null) { s.raw = L.raw(s.score); s.scaled = L.scaled(s.score); }"
                + " s.values12 = L.statusValues('1.2', s); s.values2004 = L.statusValues('2004', s); return s; })");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < vectors.get("status").size(); i++) {
            JsonNode c = vectors.get("status").get(i);
            JsonNode expect = c.get("expect");
            for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode got = actual.get(i).get(e.getKey());
                boolean same = e.getValue().isNumber() && got != null && got.isNumber()
                        ? Math.abs(e.getValue().asDouble() - got.asDouble()) < 1e-12 : e.getValue().equals(got);
                if (!same) wrong.add(c.get("name").asText() + ": " + e.getKey() + " " + got + ", expected " + e.getValue());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void interactions() {
        JsonNode actual = run("vectors.interactions.map(c => CoursegenLmsLogic.interaction(c.standard, c.id, c.question, c.response, c.score))");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < vectors.get("interactions").size(); i++) {
            JsonNode c = vectors.get("interactions").get(i);
            if (!c.get("expect").equals(actual.get(i))) wrong.add(c.get("name").asText() + ": " + actual.get(i) + ", expected " + c.get("expect"));
        }
        assertEquals(List.of(), wrong);
        assertEquals(JSON.createObjectNode().nullNode(), run("CoursegenLmsLogic.interaction('1.2', 'x', {type: 'essay', id: 'x'}, {}, 1)"),
                "a question type the table lacks gives no interaction rather than a wrong one");
    }

    @Test
    void everyQuestionKindHasAnInteractionType() {
        List<String> kinds = io.coursegen.quiz.QuestionKinds.ALL.stream().map(k -> k.key()).sorted().toList();
        List<String> table = new ArrayList<>();
        run("CoursegenLmsLogic.interactionTypes.slice().sort()").forEach(x -> table.add(x.asText()));
        assertEquals(kinds, table, "lms-logic.js INTERACTIONS must have one entry per QuestionKinds.ALL key");
        List<String> covered = new ArrayList<>();
        vectors.get("interactions").forEach(c -> covered.add(c.at("/question/type").asText()));
        assertTrue(covered.containsAll(kinds), "the vectors try every kind: " + covered);
    }

    @Test
    void times() {
        JsonNode actual = run("vectors.times.map(c => [CoursegenLmsLogic.timespan12(c.ms), CoursegenLmsLogic.duration2004(c.ms)])");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < vectors.get("times").size(); i++) {
            JsonNode c = vectors.get("times").get(i);
            String want = "[\"" + c.get("timespan12").asText() + "\",\"" + c.get("duration2004").asText() + "\"]";
            if (!want.equals(actual.get(i).toString())) wrong.add(c.get("ms") + " ms: " + actual.get(i) + ", expected " + want);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void suspendDataFitsAndComesBack() {
        // `generate` adds exercises whose texts are pseudo-random letters (a linear congruential generator), with
        // submissions at increasing times, so that compression cannot make them small; `log` adds attempt-log entries.
        JsonNode actual = run("vectors.suspend.map(c => { const p = JSON.parse(JSON.stringify(c.progress)); const g = c.generate;"
                + " if (g) { let x = g.seed; const letters = n => { let s = ''; for (let k = 0; k < n; k++) { x = (x * 1103515245 + 12345) % 2147483648;"
                + " s += String.fromCharCode(97 + x % 26); } return s; };"
                + " for (let e = 0; e < g.exercises; e++) { const t = letters(g.chars); const h = [];"
                + " for (let k = 0; k < g.history; k++) h.push({choice: 'rag', text: letters(g.chars), at: '2026-01-' + String(10 + k) + 'T0' + (e % 10) + ':00:00.000Z', hints: 0});"
                + " p.exercises['gen-' + e] = {choice: 'rag', text: t, submitted: {choice: 'rag', text: t}, history: h}; }"
                + " if (g.log) { p.log = []; for (let k = 0; k < g.log; k++) p.log.push({quiz: 'q1', question: 'x' + k, version: 'v' + k, attempt: k,"
                + " response: {text: 'answer ' + letters(20)}, score: (k % 3) / 2, ms: 1000 + k, misconceptions: [], at: '2026-02-01T10:00:00.000Z'}); } }"
                + " const fit = CoursegenLmsLogic.fitSuspend(p, c.lessons, c.limit);"
                + " return {length: fit.text.length, text: fit.text, dropped: fit.dropped, restored: fit.text === '' ? null : CoursegenLmsLogic.readSuspend(fit.text, c.lessons),"
                + " ascii: /^[\\x20-\\x7e]*$/.test(fit.text)}; })");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < vectors.get("suspend").size(); i++) {
            JsonNode c = vectors.get("suspend").get(i);
            JsonNode a = actual.get(i);
            JsonNode expect = c.get("expect");
            String name = c.get("name").asText() + ": ";
            int limit = c.get("limit").asInt();
            if (a.get("length").asInt() > limit) wrong.add(name + a.get("length") + " characters, over " + limit);
            if (!a.get("ascii").asBoolean()) wrong.add(name + "not printable ASCII");
            if (expect.has("empty")) {
                if (a.get("length").asInt() != 0) wrong.add(name + "expected empty suspend_data");
                continue;
            }
            JsonNode restored = a.get("restored");
            if (restored == null || restored.isNull()) {
                wrong.add(name + "did not read back");
                continue;
            }
            if (expect.has("restored") && !expect.get("restored").equals(restored)) wrong.add(name + "read back " + restored);
            if (expect.has("dropped") && !expect.get("dropped").equals(a.get("dropped"))) wrong.add(name + "dropped " + a.get("dropped"));
            if (expect.has("droppedOnly")) {
                List<String> allowed = new ArrayList<>();
                expect.get("droppedOnly").forEach(x -> allowed.add(x.asText()));
                a.get("dropped").fieldNames().forEachRemaining(k -> {
                    if (!allowed.contains(k)) wrong.add(name + "dropped " + k + " (" + a.get("dropped") + "), only " + allowed + " may go");
                });
                if (a.get("dropped").size() == 0) wrong.add(name + "dropped nothing; the case is meant to overflow");
            }
            if (expect.has("keeps")) {
                JsonNode keeps = expect.get("keeps");
                List<String> lessons = new ArrayList<>();
                restored.get("lessons").fieldNames().forEachRemaining(lessons::add);
                List<String> want = new ArrayList<>();
                keeps.get("lessons").forEach(x -> want.add(x.asText()));
                if (!want.equals(lessons)) wrong.add(name + "lessons read back " + lessons);
                keeps.get("best").fields().forEachRemaining(e -> {
                    if (restored.at("/quizzes/" + e.getKey() + "/best").asDouble(-1) != e.getValue().asDouble()) {
                        wrong.add(name + "quiz " + e.getKey() + " read back " + restored.at("/quizzes/" + e.getKey()));
                    }
                });
                if (keeps.has("name") && !keeps.get("name").equals(restored.at("/learner/name"))) wrong.add(name + "lost the learner's name");
                if (keeps.has("exercises") && restored.get("exercises").size() != keeps.get("exercises").asInt()) {
                    wrong.add(name + restored.get("exercises").size() + " exercises read back");
                }
                if (keeps.has("exercisesAtLeast") && restored.get("exercises").size() < keeps.get("exercisesAtLeast").asInt()) {
                    wrong.add(name + "only " + restored.get("exercises").size() + " exercises read back");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void compressionGivesBackEveryText() {
        JsonNode fixed = run("vectors.compress.map(s => { const c = CoursegenLmsLogic.compress(s); return [CoursegenLmsLogic.decompress(c) === s, /^[A-Za-z0-9_-]*$/.test(c)]; })");
        for (int i = 0; i < fixed.size(); i++) assertEquals("[true,true]", fixed.get(i).toString(), vectors.get("compress").get(i).asText());
        // 300 random texts: any UTF-16 code units (lone surrogates too), short and long, repetitive and not.
        JsonNode random = run("(() => { let x = 42; const r = n => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; }; const bad = [];"
                + " for (let t = 0; t < 300; t++) { const alphabet = 1 + r(t % 3 === 0 ? 65536 : 40); const len = r(t % 10 === 0 ? 20000 : 300); let s = '';"
                + " for (let k = 0; k < len; k++) s += String.fromCharCode(t % 3 === 0 ? r(alphabet) : 32 + r(alphabet));"
                + " if (CoursegenLmsLogic.decompress(CoursegenLmsLogic.compress(s)) !== s) bad.push(t); } return bad; })()");
        assertEquals("[]", random.toString(), "texts that did not come back");
        JsonNode sizes = run("[CoursegenLmsLogic.compress('ab'.repeat(5000)).length, CoursegenLmsLogic.compress(JSON.stringify(vectors.status)).length,"
                + " JSON.stringify(vectors.status).length]");
        assertTrue(sizes.get(0).asInt() < 300, "10,000 characters of a repeated pair pack small: " + sizes);
        assertTrue(sizes.get(1).asInt() < sizes.get(2).asInt() * 0.6, "JSON packs to well under its length: " + sizes);
        assertTrue(run("(() => { try { CoursegenLmsLogic.decompress('!!'); return false; } catch (e) { return true; } })()").asBoolean(),
                "text it did not make is refused");
        assertEquals("null", run("CoursegenLmsLogic.readSuspend('cg1:AAAA', ['a'])").toString(), "broken suspend_data reads as none");
        assertEquals("null", run("CoursegenLmsLogic.readSuspend('someone else\\'s data', ['a'])").toString());
    }
}
