package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.coursegen.exercise.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A learner working through the exercise sets in Chromium: with the mouse (wrong pick, why, rubric,
 * model answer after the self-check, reload, revise and resubmit), keyboard-only through a whole set,
 * a hostile justification that must stay text, and export, clear and import of the answers.
 */
class Exercise_BrowserTest extends BrowserTestSupport {
    static final String SOURCE_003 = "exercises/source-003-three-projects.html";
    static final String SEVEN = "exercises/choosing-an-approach.html";
    static final String HOSTILE = "<img src=x onerror=\"window.__xss=1\"> </textarea><script>window.__xss=2</script> the voice drifts";

    @Test
    void aLearnerCompletesRevisesAndFindsEverythingAfterAReload() {
        ProbedPage opened = open(SOURCE_003, WIDE);
        Page page = opened.page();
        ExerciseDriver ex = new ExerciseDriver(page);
        List<JsonNode> scenarios = ex.scenarios();
        assertEquals(3, scenarios.size());
        List<String> verdicts = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            JsonNode s = scenarios.get(i);
            assertTrue(ex.in(s, ".exercise-solution").isHidden(), "the no-JS answer is hidden when the widget runs");
            assertFalse(ex.modelShown(s), "no model answer before submitting");
            String text = i == 0 ? HOSTILE : "Reason number " + i + " \uD83D\uDC4D\nsecond line";
            String pick = i == 0 ? ExerciseDriver.wrongChoice(s) : ExerciseDriver.strings(s.get("accepted")).get(0);
            ex.pick(s, pick);
            ex.write(s, text);
            int n = Submission.characters(text);
            assertEquals(n + " characters", ex.count(s), "the live count is Java's count");
            ex.submit(s);
            String verdict = ex.verdict(s);
            List<String> accepted = ExerciseDriver.strings(s.get("accepted"));
            if (i == 0) {
                assertTrue(verdict.contains("is not the accepted answer"), verdict);
                for (String a : accepted) assertTrue(ex.in(s, ".exercise-why[data-choice='" + a + "']").isVisible(), "why " + a + " shows");
            } else {
                assertTrue(verdict.contains(accepted.size() > 1 ? "is one of the accepted answers" : "is the accepted answer"), verdict);
                assertTrue(ex.in(s, ".exercise-why[data-choice='" + pick + "']").isVisible(), "why of the pick shows");
            }
            assertEquals("after-self-check", s.get("reveal").textValue());
            assertFalse(ex.modelShown(s), "the model answer waits for the self-check");
            assertTrue(ex.in(s, ".exercise-rubric").isVisible(), "the rubric shows after submitting");
            assertFalse(ex.in(s, ".exercise-rubric-explanation").first().isVisible(), "explanations wait for the self-check");
            List<String> rubric = ExerciseDriver.strings(s.get("rubric"));
            ex.tick(s, rubric.get(rubric.size() - 1));
            ex.doneTicking(s);
            assertEquals("Your justification covers 1 of " + rubric.size() + " points."
                    + (rubric.size() > 1 ? " Read the explanations of the others, then revise if you like." : ""), ex.coverage(s));
            assertTrue(ex.modelShown(s), "the model answer after the self-check");
            assertTrue(ex.in(s, ".exercise-rubric-explanation").first().isVisible());
            verdicts.add(verdict);
        }
        JsonNode first = scenarios.get(0);
        assertHostileTextIsText(page, ex, first, "after typing");

        page.reload();
        ExerciseDriver again = new ExerciseDriver(page);
        for (int i = 0; i < scenarios.size(); i++) {
            JsonNode s = scenarios.get(i);
            assertEquals(verdicts.get(i), again.verdict(s), "verdict restored");
            assertTrue(again.modelShown(s), "model answer restored");
            assertTrue(again.coverage(s).startsWith("Your justification covers 1 of"), "self-check restored");
            assertTrue(again.in(s, "textarea").evaluate("t => t.readOnly").equals(true), "a submitted answer is locked until revised");
        }
        assertHostileTextIsText(page, again, first, "after a reload");

        // Revise the wrong one: pick an accepted answer, resubmit; the model answer waits for a new self-check.
        again.in(first, ".exercise-revise").click();
        assertEquals(true, page.evaluate("() => document.activeElement.classList.contains('exercise-text')"), "focus goes to the text");
        String accepted = ExerciseDriver.strings(first.get("accepted")).get(0);
        again.pick(first, accepted);
        again.write(first, "It is a style problem: the facts arrive with each request.");
        again.submit(first);
        assertTrue(again.verdict(first).contains("accepted answer"), again.verdict(first));
        assertFalse(again.verdict(first).contains("not the accepted"), again.verdict(first));
        assertFalse(again.modelShown(first), "a resubmission needs a new self-check before the model answer");
        assertEquals("", again.coverage(first));
        JsonNode stored = again.stored(first);
        assertEquals(2, stored.get("submissions").intValue());
        assertEquals(accepted, stored.path("submitted").get("choice").textValue());
        assertFalse(stored.get("selfChecked").booleanValue());
        opened.probe().assertClean("exercise flow");
    }

    private static void assertHostileTextIsText(Page page, ExerciseDriver ex, JsonNode s, String when) {
        assertEquals(HOSTILE, ex.text(s), when + ": the text is kept exactly");
        assertNull(page.evaluate("() => window.__xss === undefined ? null : window.__xss"), when + ": no injected script ran");
        assertEquals(0, page.locator("main img[src='x']").count(), when + ": no image element was made from the text");
        assertEquals(0, page.locator("main script:not([type='application/json'])").count(), when + ": no script element in the content");
    }

    @Test
    void aWholeSetKeyboardOnly() {
        ProbedPage opened = open(SEVEN, NARROW);
        Page page = opened.page();
        ExerciseDriver ex = new ExerciseDriver(page);
        List<JsonNode> scenarios = ex.scenarios();
        assertEquals(7, scenarios.size());
        boolean sawAfterSubmit = false;
        for (JsonNode s : scenarios) {
            String id = ExerciseDriver.id(s);
            String scope = "#ex-" + id + " ";
            List<String> choices = ExerciseDriver.strings(s.get("choices"));
            String target = ExerciseDriver.strings(s.get("accepted")).get(0);
            tabTo(page, scope + "input[type=radio]");
            page.keyboard().press("Space");
            for (int k = 0; k < choices.indexOf(target); k++) page.keyboard().press("ArrowDown");
            assertEquals(target, page.evaluate("s => document.querySelector(s + 'input[type=radio]:checked').value", scope));
            page.keyboard().press("Tab");
            assertEquals(true, page.evaluate("() => document.activeElement.tagName === 'TEXTAREA'"), "Tab leads from the choices to the text");
            page.keyboard().type("Keyboard answer for " + id + ".");
            int hints = ex.in(s, ".exercise-hint").count();
            if (hints > 0) {
                tabTo(page, scope + ".exercise-hint-button");
                page.keyboard().press("Enter");
                assertTrue(ex.in(s, ".exercise-hint").first().isVisible(), "the first hint shows");
                if (hints > 1) assertTrue(ex.in(s, ".exercise-hint").nth(1).isHidden(), "one hint at a time");
                assertEquals(true, page.evaluate("s => document.activeElement === document.querySelector(s + '.exercise-hint')", scope),
                        "focus moves to the hint just shown");
            }
            tabTo(page, scope + ".exercise-submit");
            page.keyboard().press("Enter");
            assertTrue(ex.verdict(s).contains("accepted answer"), id + ": " + ex.verdict(s));
            if (s.get("reveal").textValue().equals("after-submit")) {
                assertTrue(ex.modelShown(s), id + ": reveal after-submit shows the model answer at once");
                sawAfterSubmit = true;
            }
            tabTo(page, scope + ".exercise-rubric input[type=checkbox]");
            page.keyboard().press("Space");
            tabTo(page, scope + ".exercise-self-check");
            page.keyboard().press("Enter");
            assertTrue(ex.coverage(s).startsWith("Your justification covers 1 of "), id + ": " + ex.coverage(s));
            assertTrue(ex.modelShown(s), id + ": model answer after the self-check");
            assertTrue(ex.stored(s).get("selfChecked").booleanValue(), id + ": done is stored");
        }
        assertTrue(sawAfterSubmit, "the set has a scenario with reveal: after-submit");
        opened.probe().assertClean("keyboard-only exercise set");
    }

    /** Presses Tab (at most 400 times) until the focused element matches {@code selector}. */
    static void tabTo(Page page, String selector) {
        for (int i = 0; i < 400; i++) {
            if (Boolean.TRUE.equals(page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector))) return;
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    @Test
    void exportClearAndImportRestoreTheAnswers() throws IOException {
        ProbedPage opened = open(SOURCE_003, WIDE);
        Page page = opened.page();
        ExerciseDriver ex = new ExerciseDriver(page);
        List<JsonNode> scenarios = ex.scenarios();
        ex.complete(scenarios.get(0), HOSTILE);
        ex.pick(scenarios.get(1), "rag");
        ex.write(scenarios.get(1), "A draft, not submitted.");

        Download json = ExerciseDriver.export(page, ".export-json", "Ada Lovelace");
        String course = page.locator("html").getAttribute("data-course");
        String today = (String) page.evaluate("() => CoursegenHandin.localDate(new Date())");
        assertEquals(course + "-ada-lovelace-" + today + ".json", json.suggestedFilename());
        Path jsonFile = Files.createTempFile("answers", ".json");
        json.saveAs(jsonFile);
        JsonNode exported = ExerciseDriver.parse(Files.readString(jsonFile, StandardCharsets.UTF_8));
        Files.delete(jsonFile);
        assertEquals("coursegen-progress", exported.get("format").textValue());
        assertEquals(course, exported.get("course").textValue());
        assertEquals(HOSTILE, exported.path("progress").path("exercises").path(ExerciseDriver.id(scenarios.get(0))).path("submitted").get("text").textValue());

        Download md = ExerciseDriver.export(page, ".export-markdown", "Ada Lovelace");
        assertEquals(course + "-ada-lovelace-" + today + ".md", md.suggestedFilename());
        Path mdFile = Files.createTempFile("answers", ".md");
        md.saveAs(mdFile);
        String markdown = Files.readString(mdFile, StandardCharsets.UTF_8);
        Files.delete(mdFile);
        assertTrue(markdown.startsWith("# My answers: Fine-tune or prompt?\n"), markdown);
        assertTrue(markdown.contains("#### A law firm's drafting assistant"), markdown);
        assertTrue(markdown.contains("\n> \\<img src=x onerror=\"window.\\_\\_xss=1\"\\> \\</textarea\\>\\<script\\>window.\\_\\_xss=2\\</script\\> the voice drifts\n"),
                "the justification is quoted, escaped: " + markdown);
        assertTrue(markdown.contains("- Approach: Fine-tuning (an accepted answer)"), markdown);
        assertTrue(markdown.contains("Draft, not submitted:\n\n> A draft, not submitted."), markdown);

        page.evaluate("() => localStorage.clear()");
        page.reload();
        ex = new ExerciseDriver(page);
        assertEquals("", ex.text(scenarios.get(0)), "cleared");
        assertEquals("", ex.verdict(scenarios.get(0)));

        // A bad file changes nothing and says why.
        for (String[] bad : List.of(new String[] {"{not json", "it is not a JSON file"},
                new String[] {"{\"format\":\"other\"}", "it is not a coursegen export"},
                new String[] {exported.toString().replace("\"course\":\"" + course + "\"", "\"course\":\"another-course\""), "another course"},
                new String[] {exported.toString().replace("\"version\":1", "\"version\":7"), "its progress cannot be read: it is of version 7"})) {
            page.locator(".import-file").setInputFiles(new FilePayload("bad.json", "application/json", bad[0].getBytes(StandardCharsets.UTF_8)));
            page.waitForFunction("() => document.querySelector('.progress-tools-status').textContent !== ''");
            String status = ExerciseDriver.squash(page.locator(".progress-tools-status").textContent());
            assertTrue(status.startsWith("Nothing was imported: bad.json cannot be used, because") && status.contains(bad[1]), status);
            assertTrue(page.locator(".progress-tools-status.is-error").isVisible());
            assertEquals("", ex.text(scenarios.get(0)), "nothing changed");
            page.evaluate("() => document.querySelector('.progress-tools-status').textContent = ''");
        }

        page.locator(".import-file").setInputFiles(jsonFile);
        page.waitForFunction("() => document.querySelector('.progress-tools-status').textContent.startsWith('Imported')");
        assertEquals(HOSTILE, ex.text(scenarios.get(0)), "restored on the page at once");
        assertTrue(ex.modelShown(scenarios.get(0)));
        assertEquals("A draft, not submitted.", ex.text(scenarios.get(1)), "the draft too");
        page.reload();
        ex = new ExerciseDriver(page);
        assertEquals(HOSTILE, ex.text(scenarios.get(0)), "and kept across a reload");
        assertTrue(ex.verdict(scenarios.get(0)).contains("accepted answer"));
        assertNull(page.evaluate("() => window.__xss === undefined ? null : window.__xss"), "no injected script ran");
        opened.probe().assertClean("export and import");
    }

    @Test
    void withoutJavaScriptTheScenarioAndAnswersShow() {
        var context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setViewportSize(WIDE, Chromium.VIEWPORT_HEIGHT));
        try {
            Page page = context.newPage();
            page.navigate(server.url(SOURCE_003));
            assertTrue(page.locator("#ex-legal-drafting-voice .exercise-scenario").isVisible());
            assertTrue(page.locator("#ex-legal-drafting-voice .exercise-work").isHidden(), "no dead controls without JavaScript");
            page.locator("#ex-legal-drafting-voice .exercise-solution summary").click();
            assertTrue(page.locator("#ex-legal-drafting-voice .exercise-solution").textContent().contains("Model answer"));
            assertTrue(page.locator("#ex-legal-drafting-voice .exercise-static-hints").isVisible());
        } finally {
            context.close();
        }
    }

    @Test
    void pagesPassAxeInBothThemesAtBothWidths() {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            for (String url : List.of(SOURCE_003, "exercises/index.html", "progress.html")) {
                ProbedPage opened = open(url, width);
                Page page = opened.page();
                if (url.equals(SOURCE_003)) {
                    ExerciseDriver ex = new ExerciseDriver(page);
                    JsonNode s = ex.scenarios().get(0);
                    ex.pick(s, ExerciseDriver.wrongChoice(s));
                    ex.write(s, HOSTILE);
                    ex.submit(s);
                    ex.tick(s, ExerciseDriver.strings(s.get("rubric")).get(0));
                    ex.doneTicking(s);
                    ex.in(ex.scenarios().get(1), ".exercise-submit").click(); // a refused submission shows its problems
                }
                for (int i = 0; i < 2; i++) {
                    waitForAnimations(page);
                    String name = "exercise-" + url.replace('/', '-').replace(".html", "") + "-" + width + "-" + theme(page);
                    screenshot(page, name);
                    Axe.violations(page).forEach(v -> problems.add(name + ":\n" + v));
                    page.locator("#theme-toggle").click();
                }
                problems.addAll(opened.probe().problems());
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s)\n" + String.join("\n", problems));
    }
}
