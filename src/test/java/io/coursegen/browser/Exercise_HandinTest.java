package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import io.coursegen.load.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A hand-in an instructor can grade (issue 21 item 3), made in Chromium as a learner would: a name asked
 * once in a labelled field and kept, two submissions of one scenario with hints between them, a
 * self-check, then the Markdown and JSON exports, each named with the learner and the date and carrying
 * the scenario's text, the approach and whether it is accepted, every submission with its time, the
 * hints used and each rubric point ticked or not; hostile learner text stays text in the Markdown.
 */
class Exercise_HandinTest extends BrowserTestSupport {
    static final String HOSTILE = "```\n# x\n<script>alert(1)</script>[a](javascript:x)";
    private static final String SECOND = "Fine-tuning: the voice is a style, and 2,000 approved clauses show it.";

    @Test
    void aHandInCarriesTheNameDateEverySubmissionHintsAndRubric() throws IOException {
        Instant start = Instant.now().minusSeconds(1);
        ProbedPage opened = open(Exercise_BrowserTest.SOURCE_003, WIDE);
        Page page = opened.page();
        ExerciseDriver ex = new ExerciseDriver(page);
        List<JsonNode> scenarios = ex.scenarios();
        JsonNode s = scenarios.get(0);
        String id = ExerciseDriver.id(s);
        List<String> rubric = ExerciseDriver.strings(s.get("rubric"));
        String accepted = ExerciseDriver.strings(s.get("accepted")).get(0);
        String wrong = ExerciseDriver.wrongChoice(s);

        ex.hint(s);
        ex.pick(s, wrong);
        ex.write(s, HOSTILE);
        ex.submit(s);
        ex.revise(s);
        ex.hint(s);
        ex.pick(s, accepted);
        ex.write(s, SECOND);
        ex.submit(s);
        ex.tick(s, rubric.get(0));
        ex.doneTicking(s);
        ex.pick(scenarios.get(1), "rag");
        ex.write(scenarios.get(1), "A draft: # not a heading");

        // The first export without a name stops and asks for one, in the page, at a labelled field.
        page.locator(".export-markdown").click();
        String status = ExerciseDriver.squash(page.locator(".progress-tools-status").textContent());
        assertTrue(status.startsWith("Type your name in \u201cYour name on hand-ins\u201d"), status);
        assertEquals(true, page.evaluate("() => document.activeElement.matches('[data-cg~=learner-name]')"), "focus goes to the name");
        assertEquals("true", page.locator("#learner-name").getAttribute("aria-invalid"));
        assertEquals("Your name on hand-ins", ExerciseDriver.squash(page.locator("label[for=learner-name]").textContent()));
        Axe.assertNoViolations(page, "exercise page asking for the name");
        screenshotOf(page, "[data-cg~=progress-tools]", "handin-tools-asked-" + WIDE);
        page.keyboard().type("Zoë O'Brien");
        assertNull(page.locator("#learner-name").getAttribute("aria-invalid"), "typing clears the mark");
        assertEquals("Zoë O'Brien", ex.storedAll().path("learner").path("name").textValue(), "kept in the progress");

        String course = page.locator("html").getAttribute("data-course");
        String today = (String) page.evaluate("() => CoursegenHandin.localDate(new Date())");
        Download md = page.waitForDownload(() -> page.locator(".export-markdown").click());
        assertEquals(course + "-zoe-o-brien-" + today + ".md", md.suggestedFilename());
        assertEquals("Your answers were saved as " + md.suggestedFilename() + ".",
                ExerciseDriver.squash(page.locator(".progress-tools-status").textContent()));
        String markdown = Files.readString(md.path(), StandardCharsets.UTF_8);
        screenshotOf(page, "[data-cg~=progress-tools]", "handin-tools-exported-" + WIDE);

        // Asked once: the name is still there after a reload, and editable.
        page.reload();
        assertEquals("Zoë O'Brien", page.locator("#learner-name").inputValue());
        page.locator("#learner-name").fill("Zoë O'Brien-Smith");
        Download jsonDownload = page.waitForDownload(() -> page.locator(".export-json").click());
        assertEquals(course + "-zoe-o-brien-smith-" + today + ".json", jsonDownload.suggestedFilename());
        Path jsonFile = Files.createTempFile("handin", ".json");
        jsonDownload.saveAs(jsonFile);
        JsonNode json = ExerciseDriver.parse(Files.readString(jsonFile, StandardCharsets.UTF_8));
        Instant end = Instant.now().plusSeconds(1);

        JsonNode catalog = ExerciseDriver.parse((String) page.evaluate("() => JSON.stringify(window.coursegenProgressCatalog)"));
        JsonNode catalogScenario = catalog.get("sets").findValues("scenarios").stream().flatMap(a -> java.util.stream.StreamSupport.stream(a.spliterator(), false))
                .filter(n -> n.get("id").textValue().equals(id)).findFirst().orElseThrow();
        String scenarioText = catalogScenario.get("text").textValue();
        String pageText = ExerciseDriver.squash(ex.in(s, ".exercise-scenario").textContent());
        assertTrue(scenarioText.length() > 80 && pageText.startsWith(scenarioText.substring(0, 60)), scenarioText + "\n" + pageText);
        String wrongLabel = catalogScenario.get("choices").get(wrong).textValue();
        String acceptedLabel = catalogScenario.get("choices").get(accepted).textValue();
        int hintsAvailable = catalogScenario.get("hints").intValue();
        assertTrue(hintsAvailable >= 2, "the scenario has hints to use");

        assertJson(json, course, id, scenarioText, wrong, accepted, rubric, hintsAvailable, start, end);
        assertEquals(List.of(), ExportSchema.errors(json), "the export matches its JSON Schema");
        assertFalse(ExportSchema.errors(((com.fasterxml.jackson.databind.node.ObjectNode) json.deepCopy()).put("formatVersion", 3)).isEmpty(),
                "the schema tells a wrong export");
        assertMarkdown(markdown, scenarioText, wrongLabel, acceptedLabel, catalogScenario, rubric, hintsAvailable, today);

        // An import brings the name back with the rest.
        page.evaluate("() => localStorage.clear()");
        page.reload();
        assertEquals("", page.locator("#learner-name").inputValue());
        page.locator(".import-file").setInputFiles(jsonFile);
        page.waitForFunction("() => document.querySelector('[data-cg~=progress-tools-status]').textContent.startsWith('Imported')");
        Files.delete(jsonFile);
        assertEquals("Zoë O'Brien-Smith", page.locator("#learner-name").inputValue());
        assertEquals(2, new ExerciseDriver(page).stored(s).get("history").size(), "the submissions come back too");
        assertNull(page.evaluate("() => window.__xss === undefined ? null : window.__xss"));
        opened.probe().assertClean("hand-in export");
    }

    private static void assertJson(JsonNode json, String course, String id, String scenarioText, String wrong, String accepted,
            List<String> rubric, int hintsAvailable, Instant start, Instant end) {
        assertEquals("coursegen-progress", json.get("format").textValue());
        assertEquals(2, json.get("formatVersion").intValue());
        assertEquals(course, json.get("course").textValue());
        assertEquals("Zoë O'Brien-Smith", json.get("learner").get("name").textValue());
        Instant exported = Instant.parse(json.get("exportedAt").textValue());
        assertTrue(!exported.isBefore(start) && !exported.isAfter(end), exported.toString());
        assertTrue(json.get("date").textValue().matches("\\d{4}-\\d\\d-\\d\\d"));
        assertTrue(json.get("solutions").booleanValue());
        JsonNode sc = null;
        for (JsonNode n : json.get("scenarios")) if (n.get("scenario").textValue().equals(id)) sc = n;
        assertTrue(sc != null, "the scenario is in the hand-in");
        assertEquals(scenarioText, sc.get("text").textValue());
        assertEquals(accepted, sc.get("approach").get("choice").textValue());
        assertTrue(sc.get("approach").get("accepted").booleanValue());
        assertEquals(2, sc.get("submissionCount").intValue());
        JsonNode subs = sc.get("submissions");
        assertEquals(2, subs.size(), "every submission, not only the last");
        assertEquals(wrong, subs.get(0).get("choice").textValue());
        assertFalse(subs.get(0).get("accepted").booleanValue());
        assertEquals(HOSTILE, subs.get(0).get("text").textValue(), "learner text exactly as written");
        assertEquals(1, subs.get(0).get("hintsShown").intValue());
        assertEquals(accepted, subs.get(1).get("choice").textValue());
        assertTrue(subs.get(1).get("accepted").booleanValue());
        assertEquals(SECOND, subs.get(1).get("text").textValue());
        assertEquals(2, subs.get(1).get("hintsShown").intValue());
        Instant first = Instant.parse(subs.get(0).get("at").textValue());
        Instant second = Instant.parse(subs.get(1).get("at").textValue());
        assertTrue(!first.isBefore(start) && !first.isAfter(second) && !second.isAfter(end), first + " " + second);
        assertEquals(2, sc.get("hints").get("used").intValue());
        assertEquals(hintsAvailable, sc.get("hints").get("available").intValue());
        assertTrue(sc.get("selfChecked").booleanValue());
        assertEquals(rubric.size(), sc.get("rubric").size());
        for (JsonNode p : sc.get("rubric")) {
            assertEquals(p.get("id").textValue().equals(rubric.get(0)), p.get("ticked").booleanValue(), p.toString());
            assertFalse(p.get("point").textValue().isBlank());
        }
        assertTrue(sc.get("draft").isNull(), "no draft beside a locked submission");
        assertEquals("Zoë O'Brien-Smith", json.get("progress").get("learner").get("name").textValue(), "the progress keeps the name too");
    }

    private static void assertMarkdown(String markdown, String scenarioText, String wrongLabel, String acceptedLabel, JsonNode catalogScenario,
            List<String> rubric, int hintsAvailable, String today) {
        assertTrue(markdown.startsWith("# My answers: Fine-tune or prompt?\n\n- Learner: Zoë O'Brien\n- Date: " + today + " (exported "), markdown);
        assertTrue(markdown.contains("- Approach: " + acceptedLabel + " (an accepted answer)\n- Hints used: 2 of " + hintsAvailable
                + "\n- Submissions: 2\n- Self-check: 1 of " + rubric.size() + " points covered\n"), markdown);
        assertTrue(markdown.contains("  - [x] covered: " + catalogScenario.get("rubric").get(rubric.get(0)).textValue() + "\n"), markdown);
        for (String p : rubric.subList(1, rubric.size())) {
            assertTrue(markdown.contains("  - [ ] not covered: " + catalogScenario.get("rubric").get(p).textValue() + "\n"), p + ":\n" + markdown);
        }
        assertTrue(markdown.matches("(?s).*\nSubmission 1 of 2, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC: " + java.util.regex.Pattern.quote(wrongLabel)
                + " \\(not an accepted answer\\), 1 hint shown\n.*"), markdown);
        assertTrue(markdown.matches("(?s).*\nSubmission 2 of 2 \\(latest\\), \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC: " + java.util.regex.Pattern.quote(acceptedLabel)
                + " \\(an accepted answer\\), 2 hints shown\n\n> " + java.util.regex.Pattern.quote(SECOND) + "\n.*"), markdown);
        assertTrue(markdown.contains("Draft, not submitted:\n\n> A draft: \\# not a heading"), markdown);

        // Rendered as an instructor's viewer would, the hostile text is text: no fence, heading, script or link.
        Document doc = Jsoup.parseBodyFragment(HtmlRenderer.builder(MarkdownParser.OPTIONS).build()
                .render(Parser.builder(MarkdownParser.OPTIONS).build().parse(markdown)));
        assertEquals(0, doc.select("pre, code, script, a, img, h5, h6").size(), doc.select("pre, code, script, a, img").outerHtml());
        assertEquals(1, doc.select("h1").size());
        assertFalse(doc.select("h1, h2, h3, h4").eachText().contains("x"), "the learner's \"# x\" is no heading");
        assertTrue(doc.select("p + blockquote").stream().anyMatch(q -> q.previousElementSibling().text().equals("Scenario:")
                && q.text().equals(scenarioText)), "the scenario's text is in it, as text");
        Element firstSubmission = after(doc, "Submission 1 of 2");
        assertTrue(firstSubmission != null, doc.html());
        assertEquals(HOSTILE, lines(firstSubmission.selectFirst("p")), firstSubmission.html());
    }

    /** The block quote after the first paragraph starting with {@code start}, or null. */
    private static Element after(Document doc, String start) {
        for (Element p : doc.select("p")) {
            if (p.text().startsWith(start)) {
                Element next = p.nextElementSibling();
                return next != null && next.tagName().equals("blockquote") ? next : null;
            }
        }
        return null;
    }

    /** The text of a rendered paragraph, a line break for each {@code <br>}. */
    private static String lines(Element p) {
        StringBuilder out = new StringBuilder();
        for (org.jsoup.nodes.Node n : p.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t) out.append(t.getWholeText().replaceFirst("^\n", ""));
            else if (n instanceof Element e && e.tagName().equals("br")) out.append('\n');
            else out.append(n.outerHtml());
        }
        return out.toString().strip();
    }

    @Test
    void aLearnerMayHandInWithoutANameAndIsNotAskedAgain() throws IOException {
        ProbedPage opened = open(Exercise_BrowserTest.SOURCE_003, NARROW);
        Page page = opened.page();
        ExerciseDriver ex = new ExerciseDriver(page);
        ex.complete(ex.scenarios().get(2), "Prompting handles five fixed labels.");
        page.locator(".export-json").click();
        assertTrue(ExerciseDriver.squash(page.locator(".progress-tools-status").textContent()).contains("press the export button again"));
        assertEquals(true, page.evaluate("() => { const r = document.querySelector('#learner-name').getBoundingClientRect();"
                + " return r.top >= document.querySelector('header.site-header').getBoundingClientRect().bottom && r.bottom <= innerHeight; }"),
                "the field asked for is in view, not under the sticky header");
        viewportShot(page, "handin-name-asked-view-" + NARROW);
        Download anonymous = page.waitForDownload(() -> page.locator(".export-json").click());
        String course = page.locator("html").getAttribute("data-course");
        String today = (String) page.evaluate("() => CoursegenHandin.localDate(new Date())");
        assertEquals(course + "-anonymous-" + today + ".json", anonymous.suggestedFilename());
        assertTrue(ExerciseDriver.parse(Files.readString(anonymous.path(), StandardCharsets.UTF_8)).get("learner").get("name").isNull());
        page.reload();
        Download again = page.waitForDownload(() -> page.locator(".export-markdown").click());
        assertTrue(Files.readString(again.path(), StandardCharsets.UTF_8).contains("\n- Learner: not given\n"), "asked once only");
        // A name with no ASCII letters still makes a distinct, safe file name.
        page.locator("#learner-name").fill("李雷");
        Download named = page.waitForDownload(() -> page.locator(".export-markdown").click());
        assertTrue(named.suggestedFilename().matches(java.util.regex.Pattern.quote(course) + "-learner-[0-9a-f]{8}-" + today + "\\.md"),
                named.suggestedFilename());
        Axe.assertNoViolations(page, "exercise page at 375 px after a hand-in");
        opened.probe().assertClean("anonymous hand-in");
    }
}
