package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.coursegen.cli.Main;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fill-in-the-blanks ({@code cloze}) and {@code matching} questions of the fixture course
 * {@code src/test/resources/fixtures/question-kinds}, used in Chromium as a learner would: nothing
 * graded before "Check answer", a prompt for empty blanks and open pairs, partial credit per blank and
 * per pair with marks in text, the summary's score held to the page's grader, answers kept across a
 * reload; without JavaScript every input shows with its answer key in a closed {@code <details>}; axe
 * with zero violations at both widths with feedback showing; every page valid for the Nu Html Checker.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
class QuestionKinds_BrowserTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/question-kinds");
    private static final String QUIZ = "quizzes/blanks-and-pairs.html";
    private static final String CODE_QUIZ = "quizzes/code-options.html";

    private BuiltSite site;
    private StaticServer server;
    private Chromium chromium;

    @BeforeAll
    void buildServeAndUseTheSharedBrowser(Chromium shared) throws IOException {
        Path out = Path.of("target", "browser-site", getClass().getSimpleName());
        if (java.nio.file.Files.exists(out)) io.coursegen.testing.Trees.delete(out);
        assertEquals(0, Main.run("build", "--project", FIXTURE.toString(), "--out", out.toString()), "the fixture course builds");
        site = BuiltSite.open(out);
        server = StaticServer.start(site.root());
        // The test JVM's one Chromium (SharedBrowser), not a second browser of its own; contexts stay per test.
        chromium = shared;
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void blanksAndPairsAreCheckedWithPartialCreditAndKeptAcrossAReload() {
        BrowserContext context = chromium.newContext(BrowserTestSupport.WIDE);
        try {
            Page page = context.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            page.navigate(server.url(QUIZ));
            Locator cloze = page.locator("#q-what-changes");
            Locator matching = page.locator("#q-need-to-approach");

            cloze.locator(".check-button").click();
            assertTrue(text(cloze.locator(".question-feedback")).contains("Fill in the blanks, then check them."),
                    "empty blanks are asked for, not graded");
            assertFalse(cloze.locator(".answer-key").isVisible(), "no answer key before checking");

            cloze.getByLabel("Blank 1 of 3").fill("  WEIGHTS ");
            cloze.getByLabel("Blank 2 of 3").fill("training time");
            cloze.getByLabel("Blank 3 of 3").fill("55");
            assertEquals("", text(cloze.locator(".question-feedback")), "nothing is graded before Check answer");
            cloze.locator(".check-button").click();
            String feedback = text(cloze.locator(".question-feedback"));
            assertTrue(feedback.contains("Partly correct: 67%. You filled 2 of the 3 blanks correctly."), feedback);
            assertTrue(feedback.contains("The right answers: Blank 1: weights"), feedback);
            assertEquals(List.of("✓ Blank 1 correct", "✗ Blank 2 not correct", "✓ Blank 3 correct"),
                    cloze.locator(".cloze-blank .quiz-mark").allTextContents().stream().map(String::strip).toList());
            assertTrue(cloze.getByLabel("Blank 1 of 3").isDisabled(), "a checked question is locked");

            // A pair left open is asked for; then two of three pairs right.
            matching.getByLabel("Answers must cite this week's documents").selectOption("fresh");
            matching.locator(".check-button").click();
            assertTrue(text(matching.locator(".question-feedback")).contains("Pick a match for every item (2 still open)"));
            matching.getByLabel("Every answer must follow the house style exactly").selectOption("quick");
            matching.getByLabel("A first version is needed by tomorrow").selectOption("style");
            page.reload();
            matching = page.locator("#q-need-to-approach");
            cloze = page.locator("#q-what-changes");
            assertEquals("style", matching.getByLabel("A first version is needed by tomorrow").inputValue(), "answers survive a reload");
            assertTrue(cloze.locator(".question-feedback").textContent().contains("Partly correct"), "a checked question stays checked");
            matching.getByLabel("A first version is needed by tomorrow").selectOption("quick");
            matching.getByLabel("Every answer must follow the house style exactly").selectOption("style");
            matching.locator(".check-button").click();
            assertTrue(text(matching.locator(".question-feedback")).startsWith("✓ Correct."), text(matching.locator(".question-feedback")));
            assertEquals(3, matching.locator(".matching-pair.is-right").count());

            String summary = text(page.locator(".quiz-summary"));
            Object graded = page.evaluate("() => { const s = document.querySelector('section.quiz');"
                    + " const data = JSON.parse(s.querySelector('script.quiz-data').textContent);"
                    + " const cloze = {parts: {what: 'WEIGHTS', when: 'training time', cost: '55'}};"
                    + " const matching = {parts: {fresh: 'fresh', style: 'style', quick: 'quick'}};"
                    + " return CoursegenGrading.gradeQuiz(data, {'what-changes': cloze, 'need-to-approach': matching}).score; }");
            assertEquals(5.0 / 6, ((Number) graded).doubleValue(), 1e-9);
            assertTrue(summary.contains("You scored 83%."), summary);
            assertTrue(summary.contains("Passed"), summary);

            for (int width : BrowserTestSupport.WIDTHS) {
                page.setViewportSize(width, Chromium.VIEWPORT_HEIGHT);
                page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
                Axe.assertNoViolations(page, "quiz with cloze and matching, checked, at " + width + " px");
                BrowserTestSupport.screenshot(page, "question-kinds-checked-" + width);
            }
            probe.assertClean("taking the cloze and matching quiz");
        } finally {
            context.close();
        }
    }

    @Test
    void beforeCheckingBothWidthsHaveNoAxeViolations() {
        for (int width : BrowserTestSupport.WIDTHS) {
            BrowserContext context = chromium.newContext(width);
            try {
                Page page = context.newPage();
                PageProbe probe = PageProbe.http(page, server.origin());
                for (String path : List.of(QUIZ, CODE_QUIZ, site.lessons().get(0))) {
                    page.navigate(server.url(path));
                    Axe.assertNoViolations(page, path + " at " + width + " px");
                }
                BrowserTestSupport.screenshot(page, "question-kinds-lesson-" + width);
                probe.assertClean("pages with cloze and matching at " + width + " px");
            } finally {
                context.close();
            }
        }
    }

    @Test
    void withoutJavaScriptEveryInputShowsWithAClosedAnswerKey() {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setViewportSize(BrowserTestSupport.NARROW, Chromium.VIEWPORT_HEIGHT));
        try {
            Page page = context.newPage();
            page.navigate(server.url(QUIZ));
            Locator cloze = page.locator("#q-what-changes");
            Locator matching = page.locator("#q-need-to-approach");
            assertEquals(3, cloze.locator("input.cloze-input:visible").count(), "every blank shows");
            assertEquals(3, matching.locator("select.matching-select:visible").count(), "every pair shows");
            assertEquals(5, matching.locator("select.matching-select").first().locator("option").count(), "a placeholder and four right-hand items");
            assertEquals(0, page.locator("section.quiz button:visible").count(), "no buttons that could do nothing");
            assertFalse(cloze.locator(".answer-blanks").isVisible(), "the answer key starts closed");
            cloze.locator("details.answer-key > summary").click();
            assertTrue(text(cloze.locator(".answer-blanks")).contains("Blank 3: 50 (± 10)"));
            matching.locator("details.answer-key > summary").click();
            assertTrue(text(matching.locator(".answer-pairs")).contains("A first version is needed by tomorrow → Prompting"));
            BrowserTestSupport.screenshot(page, "question-kinds-no-javascript-" + BrowserTestSupport.NARROW);
        } finally {
            context.close();
        }
    }

    /**
     * An option whose text holds a code block shows it as a real code block beside its label, named by the
     * input's {@code aria-describedby}; an option that is only code keeps a name for screen readers.
     * Checked with the marks added, axe finds nothing on the quiz page or the lesson showing it.
     */
    @Test
    void codeInAnOptionIsACodeBlockDescribingItsInput() {
        BrowserContext context = chromium.newContext(BrowserTestSupport.WIDE);
        try {
            Page page = context.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            for (String path : List.of(CODE_QUIZ, site.lessons().get(0))) {
                page.navigate(server.url(path));
                Locator q = page.locator("#q-which-request").first();
                Locator withLead = q.locator("li.option[data-option=a]");
                assertEquals("This one:", text(withLead.locator("label")));
                assertTrue(withLead.locator(".option-blocks pre > code").textContent().contains("\"messages\""), "the code is a code block");
                Locator input = q.getByRole(com.microsoft.playwright.options.AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName("This one:"));
                assertEquals(withLead.locator(".option-blocks").getAttribute("id"), input.getAttribute("aria-describedby"));
                assertEquals(1, q.locator("li.option[data-option=b] .option-blocks pre").count());
                assertTrue(q.locator("li.option[data-option=b] label").textContent().contains("POST /fine-tunes"), "a name from the code's text");
                assertTrue(q.locator(".answer-key pre").count() >= 2, "the option's and the explanation's code blocks in the answer key");
                q.locator("li.option[data-option=b] label").click();
                q.locator(".check-button").click();
                assertTrue(text(q.locator(".question-feedback")).contains("Not correct"), text(q.locator(".question-feedback")));
                Axe.assertNoViolations(page, path + " with code in options, checked");
                page.evaluate("() => localStorage.clear()");
            }
            probe.assertClean("a quiz with code in its options");
        } finally {
            context.close();
        }
    }

    @Test
    void everyPageIsValidHtml() {
        new NuHtml().assertValid(site.htmlFiles());
    }

    private static String text(Locator l) {
        return l.textContent().replaceAll("\\s+", " ").strip();
    }
}
