package io.coursegen.tree;

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
 * Runs the shared vectors {@code tree-walk.json} against {@code widget/tree/tree-walk.js} in Debian's
 * Chromium and compares with the expected results, as {@link Tree_VectorsTest} does for Java. Each
 * test lists every mismatch, not only the first.
 *
 * <p>The script is loaded into a blank page by itself: it must work alone, as a classic script. The
 * vector file goes in as text and is parsed in the page, as a page parses its embedded JSON.
 */
@Tag("browser")
@ExtendWith(SharedBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Tree_BrowserVectorsTest {

    private ScriptPage script;
    private Page page;

    @BeforeAll
    void openPageWithTheScript(Chromium chromium) throws IOException {
        script = ScriptPage.open(chromium, "tree-walk.js");
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
    void walkVectors() {
        assertNoMismatch(TreeVectors.walkCases(), run("cases", "c => CoursegenTree.walk(c.tree, c.answers)"));
    }

    @Test
    void pathVectors() {
        assertNoMismatch(TreeVectors.pathCases(), run("paths", "c => CoursegenTree.paths(c.tree)"));
    }

    @Test
    void whatJsonVectorsCannotSayInJava() {
        // Values a page could pass that Java's Choice cannot hold: none of them names an answer.
        String results = (String) page.evaluate("() => { const t = {id: 't', start: 'q', nodes: [{id: 'q', kind: 'question',"
                + " answers: [{label: 'Yes', next: 'a'}, {label: 'No', next: 'a2'}]}, {id: 'a', kind: 'outcome', verdict: 'rag'},"
                + " {id: 'a2', kind: 'outcome', verdict: 'rag'}]};"
                + " return JSON.stringify([0.5, 1e300, NaN, Infinity, null, undefined, true, [0], {}, -0].map(x => CoursegenTree.walk(t, [x]).error || 'ok')"
                + ".concat([CoursegenTree.walk(t, undefined).node, CoursegenTree.walk(t, null).node])); }");
        // -0 is the number 0, a valid position, as Java's 0.
        assertEquals("[\"no-such-answer\",\"no-such-answer\",\"no-such-answer\",\"no-such-answer\",\"no-such-answer\","
                + "\"no-such-answer\",\"no-such-answer\",\"no-such-answer\",\"no-such-answer\",\"ok\",\"q\",\"q\"]", results);
    }

    @Test
    void aLongChainNeitherOverflowsNorLoops() {
        // 100,000 questions in a row; the last one leads to the outcome, or back to the first.
        String result = (String) page.evaluate("() => { const n = 100000, nodes = [];"
                + " for (let i = 0; i + 1 < n; i++) nodes.push({id: 'q' + i, kind: 'question', answers: [{label: 'On', next: 'q' + (i + 1)}]});"
                + " nodes.push({id: 'q' + (n - 1), kind: 'question', answers: [{label: 'Back', next: 'q0'}, {label: 'Stop', next: 'end'}]});"
                + " nodes.push({id: 'end', kind: 'outcome', verdict: 'prompting'});"
                + " const t = {id: 't', start: 'q0', nodes}; const all = CoursegenTree.paths(t);"
                + " return all.length + ' ' + all[0].steps.length + ' ' + CoursegenTree.walk(t, new Array(n + 1).fill(0)).node; }");
        assertEquals("1 100000 q1", result);
    }

    @Test
    void exposesOneFrozenGlobal() {
        assertEquals("paths,walk,true",
                page.evaluate("() => Object.keys(CoursegenTree).sort().join(',') + ',' + Object.isFrozen(CoursegenTree)"));
    }

    /** Applies {@code function} (JavaScript, taking a case) to every case of one list of the vector file in the page. */
    private JsonNode run(String list, String function) {
        // A case that throws becomes a mismatch of its own instead of hiding the others.
        String json = (String) page.evaluate("text => JSON.stringify(JSON.parse(text)." + list + ".map("
                + "c => { try { return (" + function + ")(c); } catch (e) { return 'threw: ' + e; } }))", TreeVectors.text());
        return TreeVectors.parse(json);
    }

    private static void assertNoMismatch(List<JsonNode> cases, JsonNode actual) {
        assertEquals(cases.size(), actual.size(), "one result per case");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            List<String> d = TreeVectors.differences(cases.get(i).get("expected"), actual.get(i));
            if (!d.isEmpty()) {
                mismatches.add(cases.get(i).get("name").textValue() + ": " + String.join("; ", d));
            }
        }
        assertEquals(List.of(), mismatches, mismatches.size() + " of " + cases.size() + " cases differ in tree-walk.json");
    }
}
