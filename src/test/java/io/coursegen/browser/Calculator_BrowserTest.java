package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.coursegen.cost.CostModel;
import io.coursegen.cost.CostResult;
import io.coursegen.model.cost.CostInputs;
import io.coursegen.model.cost.OptionInputs;
import io.coursegen.model.cost.Training;
import io.coursegen.widget.calculator.CalculatorViews;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cost calculator as a learner uses it, with the keyboard: two scenarios typed in, every figure
 * on the page held to the Java {@link CostModel} for the same inputs, formatted by the same rules as
 * the build-time tables; the scenario kept in the URL across a reload; a wrong value explained next
 * to its field; axe at both widths in both themes; the page working from file://.
 */
class Calculator_BrowserTest extends BrowserTestSupport {

    private static final Locale EN = Locale.forLanguageTag("en");

    private String lesson() {
        return calculatorLesson(site);
    }

    /** The first lesson that shows the calculator. */
    static String calculatorLesson(BuiltSite site) {
        return site.lessons().stream().filter(l -> {
            try {
                return Files.readString(site.file(l)).contains("<section class=\"calculator\"");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no lesson shows the calculator"));
    }

    @Test
    void twoScenariosTypedByKeyboardMatchJavaAndSurviveAReload() {
        ProbedPage opened = open(lesson(), WIDE);
        Page page = opened.page();
        assertEquals("source-003-example", page.locator("#calc-preset").inputValue());
        assertTrue(page.locator(".calc-static").isHidden(), "the build-time tables give way to the widget");
        assertMatchesJava(page, "source 003 as given");
        assertEquals("$1,027.50", out(page, "monthlySaving"), "source 003's monthly saving");

        // Scenario 1: source 003 with output tokens, a training run and more traffic.
        type(page, "requests-per-day", "25000");
        type(page, "output-tokens", "120");
        type(page, "prompted-output-price", "15");
        type(page, "fine-tuned-output-price", "1.2");
        type(page, "training-cost", "2500");
        assertMatchesJava(page, "scenario 1");

        // Scenario 2: another preset, chosen with the keyboard, then edited.
        page.locator("#calc-preset").focus();
        page.keyboard().press("End");
        // The last preset in content/widgets/cost-presets.yaml, whichever it is, so adding presets keeps this test valid.
        String last = page.locator("#calc-preset option").last().getAttribute("value");
        assertEquals(last, page.locator("#calc-preset").inputValue(), "End picks the last preset");
        type(page, "horizon-months", "36");
        type(page, "retrain-every-months", "6");
        type(page, "retrain-cost", "750.5");
        type(page, "days-per-month", "30.4375");
        Map<String, String> before = fields(page);
        assertMatchesJava(page, "scenario 2");
        screenshot(page, "calculator-scenario-" + WIDE);

        String url = page.url();
        assertTrue(!url.contains("calc=") && url.contains("horizon-months=36"), "the URL holds the edited scenario, no preset: " + url);
        page.reload();
        assertEquals(before, fields(page), "every field is restored from the URL");
        assertEquals("", page.locator("#calc-preset").inputValue(), "an edited scenario is Custom");
        assertMatchesJava(page, "scenario 2 after a reload");

        // A wrong value: the model's message next to the field, tied to it for assistive technology.
        type(page, "requests-per-day", "-5");
        Locator input = page.locator("#calc-requests-per-day");
        assertEquals("true", input.getAttribute("aria-invalid"));
        assertEquals("calc-requests-per-day-unit calc-requests-per-day-error", input.getAttribute("aria-describedby"));
        assertEquals("Requests per day must be a number from 0 to 1,000,000,000 requests per day.",
                page.locator("#calc-requests-per-day-error").textContent());
        assertTrue(page.locator(".calc-status").textContent().startsWith(
                "Out of date: the results are out of date until the form is valid (one value needs fixing)."),
                page.locator(".calc-status").textContent());
        type(page, "requests-per-day", "50000");
        assertEquals(null, input.getAttribute("aria-invalid"));
        assertTrue(page.locator("#calc-requests-per-day-error").isHidden());
        opened.probe().assertClean("using the calculator");
    }

    @Test
    void accessibleAtBothWidthsInBothThemesAndWorksFromFile() {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            // Narrow: restored from the URL with a wrong value showing its message; wide: a valid scenario with its chart.
            ProbedPage opened = open(lesson() + (width == NARROW ? "?calc=support-triage&requests-per-day=-1" : "?calc=support-triage"), width);
            Page page = opened.page();
            page.locator("details.calc-table-details > summary").click();
            page.locator("#calculator").scrollIntoViewIfNeeded();
            // One theme per width, light at 375 and dark at 1280: the colours are the same at both widths,
            // and Site_BrowserTest runs every page kind in both themes at both widths.
            if (width != NARROW) page.locator("#theme-toggle").click();
            waitForAnimations(page);
            String name = "calculator-" + width + "-" + theme(page);
            assertEquals(width == NARROW ? "light" : "dark", theme(page), "the theme this width checks");
            screenshotOf(page, "#calculator", name);
            Axe.violations(page).forEach(v -> problems.add(name + ":\n" + v));
            problems.addAll(opened.probe().problems());
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s)\n" + String.join("\n", problems));

        ProbedPage file = openFile(lesson(), NARROW);
        assertFalse(file.page().locator(".calc-status").textContent().isBlank(), "results from file://");
        assertMatchesJava(file.page(), "from file://");
        file.probe().assertClean("the calculator from file://");
    }

    static void type(Page page, String name, String value) {
        page.locator("#calc-" + name).focus();
        page.keyboard().press("Control+A");
        page.keyboard().type(value);
    }

    static Map<String, String> fields(Page page) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Locator input : page.locator("input[data-field]").all()) out.put(input.getAttribute("name"), input.inputValue());
        return out;
    }

    static String out(Page page, String name) {
        return page.locator("[data-out='" + name + "']").textContent();
    }

    /** Every figure of the widget against Java's model for the inputs now in the form. */
    static void assertMatchesJava(Page page, String what) {
        Map<String, String> f = fields(page);
        CostInputs in = new CostInputs(d(f, "requests-per-day"), d(f, "input-tokens"), d(f, "output-tokens"),
                new OptionInputs(d(f, "prompted-prompt-tokens"), d(f, "prompted-input-price"), d(f, "prompted-output-price"), d(f, "prompted-monthly-fixed")),
                new OptionInputs(d(f, "fine-tuned-prompt-tokens"), d(f, "fine-tuned-input-price"), d(f, "fine-tuned-output-price"), d(f, "fine-tuned-monthly-fixed")),
                new Training.Direct(d(f, "training-cost")), d(f, "retrain-every-months"), d(f, "retrain-cost"),
                d(f, "horizon-months"), d(f, "days-per-month"));
        CostResult r = CostModel.compute(in);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("prompted.perRequest", CalculatorViews.micros(r.prompted().perRequest(), EN));
        expected.put("prompted.perDay", CalculatorViews.money(r.prompted().perDay(), EN));
        expected.put("prompted.perMonth", CalculatorViews.money(r.prompted().perMonth(), EN));
        expected.put("fineTuned.perRequest", CalculatorViews.micros(r.fineTuned().perRequest(), EN));
        expected.put("fineTuned.perDay", CalculatorViews.money(r.fineTuned().perDay(), EN));
        expected.put("fineTuned.perMonth", CalculatorViews.money(r.fineTuned().perMonth(), EN));
        expected.put("trainingCost", CalculatorViews.money(r.trainingCost(), EN));
        expected.put("monthlySaving", CalculatorViews.money(r.monthlySaving(), EN));
        expected.put("breakEven", CalculatorViews.breakEven(r.breakEven(), (int) in.horizonMonths()));
        expected.put("breakEvenRequestsPerDay", CalculatorViews.breakEvenVolume(r.breakEvenRequestsPerDay(), EN));
        Map<String, String> shown = new LinkedHashMap<>();
        for (String k : expected.keySet()) shown.put(k, out(page, k));
        assertEquals(expected, shown, what + ": every result");

        List<String> rows = new ArrayList<>();
        for (int m = 0; m < r.cumulativePrompted().size(); m++) {
            rows.add(m + " " + CalculatorViews.money(r.cumulativePrompted().get(m), EN) + " " + CalculatorViews.money(r.cumulativeFineTuned().get(m), EN));
        }
        @SuppressWarnings("unchecked")
        List<String> table = (List<String>) page.evaluate("() => [...document.querySelectorAll('table.calc-cumulative tbody tr')]"
                + ".map(tr => [...tr.children].map(c => c.textContent).join(' '))");
        assertEquals(rows, table, what + ": the cumulative table");
        assertEquals(1, page.locator(".calc-chart svg title").count(), what + ": the chart has a title");
        assertEquals(r.breakEven().status() == io.coursegen.cost.BreakEven.Status.WITHIN_HORIZON ? 1 : 0,
                page.locator(".calc-chart .calc-marker").count(), what + ": break-even marker");
    }

    private static double d(Map<String, String> f, String name) {
        return Double.parseDouble(f.get(name));
    }
}
