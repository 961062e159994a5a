package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.Media;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Printing, in Chromium's print media: an exercise page and the course's print view print as blank
 * worksheets (no accepted answers, rubric, model answer, hints, feedback or quiz answer keys, even after
 * the learner has revealed them on screen), with room to write; "Print with answers" prints the answer
 * key once; a site built with {@code --print-keys} prints the key by default and offers "Print without
 * answers". The course's print view also holds every lesson, leads its contents links to its own
 * anchors, starts each lesson on a new page and hides the site's menus; a module's has no axe violations.
 *
 * <p>The print dialog cannot be driven here: {@code window.print} is replaced by a stand-in that notes
 * how the page would print, and {@code beforeprint}/{@code afterprint} are sent by hand.
 */
class Print_BrowserTest extends BrowserTestSupport {
    private static final String EXERCISES = Exercise_BrowserTest.SOURCE_003;

    @Test
    void anExercisePagePrintsABlankWorksheetAndTheKeyOnlyWhenAsked() {
        ProbedPage opened = open(EXERCISES, WIDE);
        Page page = opened.page();
        ExerciseDriver ex = new ExerciseDriver(page);
        JsonNode first = ex.scenarios().get(0);
        // Reveal everything a learner can on screen: why, rubric, explanations, model answer, a hint.
        ex.pick(first, ExerciseDriver.wrongChoice(first));
        ex.write(first, "My reasons.");
        ex.submit(first);
        ex.tick(first, ExerciseDriver.strings(first.get("rubric")).get(0));
        ex.doneTicking(first);
        if (ex.in(first, ".exercise-hint-button").count() > 0) ex.hint(first);
        assertTrue(ex.modelShown(first), "the model answer shows on screen");
        List<String> problems = new ArrayList<>(Axe.violations(page));

        int scenarios = page.locator("article.exercise").count();
        String secret = ".exercise-why, .exercise-model, .exercise-rubric, .exercise-hint, .exercise-feedback, .exercise-static, main button";
        inPrint(page, () -> {
            assertEquals(0, visible(page.locator(secret)), "a printed exercise page is a worksheet: no answer, rubric, hint, feedback or button");
            assertEquals(scenarios, visible(page.locator(".exercise-choices")), "every scenario's approaches to pick");
            assertEquals(scenarios, visible(page.locator("textarea.exercise-text")), "and room to write");
            double height = page.locator("textarea.exercise-text").nth(1).boundingBox().height;
            assertTrue(height >= 200, "room to write: the box is " + height + " px high");
            assertEquals("page", computed(page, "article.exercise + article.exercise", "break-before"), "a scenario a page");
        });

        Locator printButton = page.locator("[data-cg~=print-other-way]");
        assertEquals("Print with answers", printButton.textContent());
        standInForPrint(page);
        printButton.click();
        assertEquals(true, page.evaluate("() => window.printedWithKeys"), "Print with answers asks for the keys before printing");
        inPrint(page, () -> {
            assertEquals(scenarios, visible(page.locator(".exercise-solution")), "every scenario's answer key");
            assertTrue(page.locator(".exercise-solution").first().innerText().contains("Model answer"));
            assertEquals(page.locator(".exercise-static-hints").count(), visible(page.locator(".exercise-static-hints")), "and its hints");
            assertEquals(0, visible(page.locator(".exercise-feedback, .exercise-rubric, main button")), "still no learner feedback or buttons");
        });
        page.evaluate("() => window.dispatchEvent(new Event('afterprint'))");
        inPrint(page, () -> assertEquals(0, visible(page.locator(".exercise-solution")), "after printing, a worksheet again"));
        problems.addAll(opened.probe().problems());
        assertEquals(List.of(), problems);
    }

    @Test
    void theCoursePrintViewHoldsEveryLessonAndPrintsAsAWorksheetOrWithAnswers() {
        ProbedPage opened = open("print.html", WIDE);
        Page page = opened.page();
        List<String> problems = new ArrayList<>();
        assertEquals(site.lessons().size(), page.locator("article.print-lesson").count(), "every lesson of the course");
        assertEquals(true, page.evaluate("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)"), "every image loads");
        Locator contents = page.locator(".print-contents a").nth(3);
        String anchor = contents.getAttribute("href");
        contents.click();
        page.waitForURL(server.url("print.html") + anchor);
        assertEquals(1, page.locator(anchor).count(), "a contents link leads to its part of the page");

        int keys = page.locator(".quiz .answer-key").count();
        assertTrue(keys > 10, "the course's quizzes are on the page: " + keys + " answer keys");
        inPrint(page, () -> {
            assertEquals(0, visible(page.locator(".site-header, #site-nav, .site-footer, .print-about")),
                    "no menus or print controls in print");
            assertEquals(0, visible(page.locator(".quiz .answer-key")), "quizzes print as blank worksheets");
            assertTrue(visible(page.locator(".quiz li.option")) > 0, "with their options to tick");
            assertEquals("page", computed(page, "article.print-lesson + article.print-lesson", "break-before"), "a lesson a page");
            assertEquals("page", computed(page, "div.print-module", "break-before"), "a module a page");
        });
        standInForPrint(page);
        page.locator("[data-cg~=print-other-way]").click();
        inPrint(page, () -> assertEquals(keys, visible(page.locator(".quiz .answer-key")), "with answers, every answer key prints"));
        page.evaluate("() => window.dispatchEvent(new Event('afterprint'))");
        inPrint(page, () -> assertEquals(0, visible(page.locator(".quiz .answer-key")), "and the next print is a worksheet again"));
        problems.addAll(opened.probe().problems());

        assertEquals(List.of(), problems);
    }

    /**
     * The axe check of the print views runs on a module's (the smallest with a quiz): the course's has the
     * same parts, many times over, and axe takes minutes on it. With {@code --print-keys} (which puts the
     * class on every page, see PrintPages_RenderTest; here the served page gets it) the keys print by default.
     */
    @Test
    void aModulePrintViewIsAxeCleanAndWithPrintKeysPrintsTheKeysByDefault() throws java.io.IOException {
        String path = null;
        long smallest = Long.MAX_VALUE;
        for (String module : site.modules()) {
            String print = module.replace("index.html", "print.html");
            java.nio.file.Path file = site.file(print);
            if (!java.nio.file.Files.isRegularFile(file)) continue; // the nav's other folders (quizzes/, exercises/)
            if (java.nio.file.Files.readString(file).contains("<section class=\"quiz\"") && java.nio.file.Files.size(file) < smallest) {
                smallest = java.nio.file.Files.size(file);
                path = print;
            }
        }
        assertTrue(path != null, "a module print view with a quiz");
        ProbedPage opened = open("index.html", NARROW);
        Page page = opened.page();
        String url = server.url(path);
        page.route(url, (Route route) -> {
            com.microsoft.playwright.APIResponse served = route.fetch();
            route.fulfill(new Route.FulfillOptions().setResponse(served)
                    .setBody(served.text().replaceFirst("<html ", "<html class=\"print-keys\" ")));
        });
        page.navigate(url);
        List<String> problems = new ArrayList<>(Axe.violations(page));
        int keys = page.locator(".quiz .answer-key").count();
        Locator other = page.locator("[data-cg~=print-other-way]");
        assertEquals("Print without answers", other.textContent());
        inPrint(page, () -> assertEquals(keys, visible(page.locator(".quiz .answer-key")), "with --print-keys the keys print by default"));
        standInForPrint(page);
        other.click();
        assertEquals(false, page.evaluate("() => window.printedWithKeys"), "Print without answers prints a worksheet");
        inPrint(page, () -> assertEquals(0, visible(page.locator(".quiz .answer-key"))));
        page.evaluate("() => window.dispatchEvent(new Event('afterprint'))");
        assertEquals(true, page.evaluate("() => document.documentElement.classList.contains('print-keys')"), "then back to the site's default");
        problems.addAll(opened.probe().problems());
        assertEquals(List.of(), problems, path);
    }

    /** Runs {@code check} with the page in print media, then puts it back on screen. */
    private static void inPrint(Page page, Runnable check) {
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        try {
            check.run();
        } finally {
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        }
    }

    /** Replaces the print dialog with a note of whether the page would print its answer keys. */
    private static void standInForPrint(Page page) {
        page.evaluate("() => { window.print = () => { window.printedWithKeys = document.documentElement.classList.contains('print-keys'); }; }");
    }

    private static int visible(Locator locator) {
        return Quiz_BrowserTest.visibleCount(locator);
    }
}
