package io.coursegen.browser;

import static io.coursegen.browser.Calculator_BrowserTest.assertMatchesJava;
import static io.coursegen.browser.Calculator_BrowserTest.calculatorLesson;
import static io.coursegen.browser.Calculator_BrowserTest.fields;
import static io.coursegen.browser.Calculator_BrowserTest.out;
import static io.coursegen.browser.Calculator_BrowserTest.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.coursegen.widget.calculator.CalculatorViews;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The calculator while the learner types: an invalid value marks the results out of date and leaves
 * the figures of the last settled valid form (never those of a number half-typed on the way); an
 * edit turns the scenario "Custom" and takes the preset out of the URL; a scenario without training
 * cost states its break-even volume in words; at 1280 px the figures stay in view beside the fields;
 * at 375 px no chart text is drawn below 12 px.
 */
class Calculator_StaleAndLayoutTest extends BrowserTestSupport {

    private static final String STALE = "Out of date: the results are out of date until the form is valid";

    private ProbedPage openOn(String preset, int width) {
        return open(calculatorLesson(site) + "?calc=" + preset, width);
    }

    private static boolean stale(Page page) {
        return (Boolean) page.evaluate("() => document.querySelector('section[data-cg~=calculator]').classList.contains('calc-stale')");
    }

    private static String status(Page page) {
        return page.locator(".calc-status").textContent();
    }

    @Test
    void anInvalidValueLeavesTheLastSettledFiguresMarkedOutOfDate() {
        ProbedPage opened = openOn("source-003-example", WIDE);
        Page page = opened.page();
        type(page, "requests-per-day", "25000");
        page.keyboard().press("Tab"); // leaving the field settles it
        Map<String, String> valid = fields(page);
        assertMatchesJava(page, "25,000 requests a day");
        assertFalse(stale(page));

        // Typing 1e308 passes through the valid 1e3 (1,000 requests a day, $3.50 a day) on the way.
        Locator requests = page.locator("#calc-requests-per-day");
        requests.focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("1e308");
        assertEquals("true", requests.getAttribute("aria-invalid"));
        assertTrue(stale(page), "the results are marked out of date");
        assertTrue(page.locator(".calc-status").isVisible());
        assertTrue(status(page).startsWith(STALE + " (one value needs fixing)"), status(page));
        assertEquals("status", page.locator(".calc-status").getAttribute("role"));
        assertEquals("polite", page.locator(".calc-status").getAttribute("aria-live"));
        assertEquals("$87.50", out(page, "prompted.perDay"), "25,000 a day, not the 1e3 typed on the way");
        assertNotEquals("$3.50", out(page, "prompted.perDay"));
        screenshotOf(page, "#calculator", "calculator-stale-" + WIDE);
        // Every figure shown is Java's for the last settled form.
        Map<String, Object> shownWhileStale = shown(page);
        fill(page, valid);
        assertMatchesJava(page, "the last settled form");
        assertEquals(shown(page), shownWhileStale, "the out-of-date figures are those of the last settled form");

        // A valid form that stands a moment settles too: 3,000, left for longer than a keystroke takes.
        type(page, "requests-per-day", "3000");
        assertFalse(stale(page));
        assertEquals("$10.50", out(page, "prompted.perDay"));
        page.waitForTimeout(1500);
        for (int i = 0; i < 4; i++) page.keyboard().press("Backspace");
        assertTrue(stale(page), "an empty field is invalid");
        assertEquals("$10.50", out(page, "prompted.perDay"), "3,000 stood long enough to count");
        type(page, "requests-per-day", "2000");
        assertFalse(stale(page), "valid again");
        assertFalse(status(page).contains("out of date"), status(page));
        assertMatchesJava(page, "2,000 requests a day");
        opened.probe().assertClean("typing invalid values");
    }

    /** Every figure, the cumulative table and the chart's description, as shown. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> shown(Page page) {
        return (Map<String, Object>) page.evaluate("() => ({outs: [...document.querySelectorAll('[data-out]')].map(e => e.textContent),"
                + " table: [...document.querySelectorAll('table.calc-cumulative tbody tr')].map(tr => tr.textContent),"
                + " chart: document.querySelector('.calc-chart svg desc').textContent})");
    }

    /** Sets the form to {@code values} in one go per field (no keystrokes), so nothing half-typed is seen. */
    private static void fill(Page page, Map<String, String> values) {
        values.forEach((name, value) -> page.locator("input[name='" + name + "']").fill(value));
    }

    @Test
    void anEditAfterChoosingAPresetIsCustomAndTheUrlStopsNamingThePreset() {
        ProbedPage opened = openOn("source-003-example", WIDE);
        Page page = opened.page();
        Locator select = page.locator("#calc-preset");
        select.selectOption("source-003-low-volume");
        assertTrue(page.url().contains("calc=source-003-low-volume"), page.url());
        assertFalse(page.url().contains("requests-per-day="), "a preset is named, its figures implied: " + page.url());

        type(page, "horizon-months", "36");
        assertEquals("", select.inputValue());
        assertEquals("Custom (your own figures)", page.evaluate("() => { const s = document.querySelector('#calc-preset');"
                + " return s.options[s.selectedIndex].textContent; }"));
        assertFalse(page.url().contains("calc="), "the URL no longer names the preset: " + page.url());
        assertTrue(page.url().contains("horizon-months=36") && page.url().contains("requests-per-day=1000"), page.url());
        assertTrue(page.locator("[data-about='']").isVisible(), "the note for own figures");
        assertTrue(page.locator("[data-about='source-003-low-volume']").isHidden());
        Map<String, String> custom = fields(page);

        page.reload();
        assertEquals("", select.inputValue(), "still Custom after a reload");
        assertEquals(custom, fields(page));
        assertMatchesJava(page, "the custom scenario after a reload");

        // An old link naming a preset and a changed figure opens as Custom.
        ProbedPage old = open(calculatorLesson(site) + "?calc=source-003-low-volume&horizon-months=12", WIDE);
        assertEquals("", old.page().locator("#calc-preset").inputValue());
        assertEquals("12", old.page().locator("#calc-horizon-months").inputValue());
        // ... and one whose figures are the preset's own names the preset.
        ProbedPage same = open(calculatorLesson(site) + "?calc=source-003-low-volume&horizon-months=24", WIDE);
        assertEquals("source-003-low-volume", same.page().locator("#calc-preset").inputValue());

        select.selectOption("same-model-mini");
        assertTrue(page.url().contains("calc=same-model-mini") && !page.url().contains("horizon-months="), page.url());
        assertEquals("24", page.locator("#calc-horizon-months").inputValue(), "the preset's own figures");
        opened.probe().assertClean("presets and custom figures");
    }

    @Test
    void withoutTrainingCostTheBreakEvenVolumeIsInWords() {
        ProbedPage opened = openOn("source-003-example", NARROW);
        Page page = opened.page();
        String words = "any volume: fine-tuning costs no more a month, however few the requests";
        assertEquals(words, CalculatorViews.breakEvenVolume(OptionalDouble.of(0), Locale.ENGLISH));
        assertEquals(words, out(page, "breakEvenRequestsPerDay"));
        assertMatchesJava(page, "source 003, no training");
        // The same words in the build-time table for readers without JavaScript.
        assertTrue(page.locator("#calc-static-source-003-example ~ dl.calc-summary").textContent().contains(words));
        // A training bill brings a volume back.
        type(page, "training-cost", "2000");
        assertEquals("1,623 requests a day", out(page, "breakEvenRequestsPerDay"));
        opened.probe().assertClean("break-even volume in words");
    }

    @Test
    void at1280TheFiguresStayInViewWhileEachFieldIsTypedIn() {
        ProbedPage opened = openOn("support-triage", WIDE);
        Page page = opened.page();
        page.locator("#calc-preset").focus();
        List<String> problems = new ArrayList<>();
        int n = page.locator("input[data-field]").count();
        for (int i = 0; i < n; i++) {
            // Tab past anything else focusable (a link in a preset's description) to the next field.
            for (int k = 0; k < 6; k++) {
                page.keyboard().press("Tab");
                if ((Boolean) page.evaluate("() => document.activeElement.matches('input[data-field]')")) break;
            }
            page.keyboard().press("End");
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) page.evaluate("() => {"
                    + " const r = e => e.getBoundingClientRect();"
                    + " const input = document.activeElement, box = document.querySelector('.calc-results');"
                    + " const header = r(document.querySelector('.site-header')).bottom;"
                    + " const i = r(input), b = r(box);"
                    + " return {name: input.name, inputIn: i.top >= header && i.bottom <= innerHeight,"
                    + "   boxIn: b.top >= header - 1 && b.bottom <= innerHeight + 1 && b.left >= 0 && b.right <= innerWidth,"
                    + "   box: [b.top, b.bottom].map(Math.round).join('..'), input: [i.top, i.bottom].map(Math.round).join('..'),"
                    + "   header: Math.round(header), height: innerHeight}; }");
            assertEquals(true, m.get("inputIn"), "the focused field is in view: " + m);
            if (!Boolean.TRUE.equals(m.get("boxIn"))) problems.add(m.toString());
            if (i == 0 || i == 12 || i == n - 1) {
                // What the learner sees: the viewport, not the whole page.
                viewportShot(page, "calculator-typing-" + m.get("name") + "-" + WIDE);
            }
        }
        assertEquals(List.of(), problems, "the results are in view while these fields are typed in");
        opened.probe().assertClean("tabbing through the fields");
    }

    @Test
    void at375EveryChartTextIsAtLeast12PxAsRendered() {
        for (String preset : List.of("source-003-low-volume", "self-hosted")) {
            ProbedPage opened = openOn(preset, NARROW);
            Page page = opened.page();
            page.locator(".calc-chart").scrollIntoViewIfNeeded();
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) page.evaluate("() => [...document.querySelectorAll('.calc-chart svg text')]"
                    + ".map(t => { const css = parseFloat(getComputedStyle(t).fontSize);"
                    + "  const m = t.getScreenCTM(), shown = css * Math.hypot(m.a, m.b);" // rotated text too
                    + "  return {t: t.textContent, css, shown}; })"
                    + ".filter(x => x.css < 12 || x.shown < 11.95).map(x => x.t + ': ' + x.css + 'px, shown ' + x.shown.toFixed(2) + 'px')");
            int texts = page.locator(".calc-chart svg text").count();
            assertTrue(texts > 5, "the chart has its ticks and labels: " + texts);
            assertEquals(List.of(), small, preset + ": chart text below 12 px at " + NARROW + " px");
            screenshotOf(page, "#calculator", "calculator-chart-" + preset + "-" + NARROW);
            opened.probe().assertClean("the chart at 375 px");
        }
    }
}
