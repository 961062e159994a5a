package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.coursegen.cli.Main;
import io.coursegen.model.quiz.QuizPolicy;
import io.coursegen.quiz.PolicyLogic;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A learner meets each quiz policy of the fixture course {@code src/test/resources/fixtures/quiz-policies}
 * in Chromium with the keyboard alone (Tab, arrow keys, Space, Enter, typing): a second try that shows
 * the feedback written for the anticipated wrong answer and not the right answer; answers only at the
 * end, one question at a time; answers only on request; two questions drawn from five, graded as a quiz
 * of two and the same after a reload. The "Report a problem" links name the quiz, the question and the
 * page; without JavaScript the answer keys stay in closed boxes. axe finds nothing with feedback showing;
 * the lessons showing them are valid for the Nu Html Checker. Five page loads in all.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
class QuizPolicies_BrowserTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/quiz-policies");
    private static final String SECOND_TRIES = "policies/second-tries.html";
    private static final String ANSWERS_LATER = "policies/answers-later.html";
    private static final String DRAWN = "policies/drawn.html";

    private BuiltSite site;
    private StaticServer server;
    private Chromium chromium;

    @BeforeAll
    void buildServeAndUseTheSharedBrowser(Chromium shared) throws IOException {
        Path out = Path.of("target", "browser-site", getClass().getSimpleName());
        if (Files.exists(out)) io.coursegen.testing.Trees.delete(out);
        assertEquals(0, Main.run("build", "--project", FIXTURE.toString(), "--out", out.toString()), "the fixture course builds");
        site = BuiltSite.open(out);
        server = StaticServer.start(site.root());
        chromium = shared;
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void aWrongFirstTryGetsItsFeedbackAndASecondTryNotTheAnswer() {
        BrowserContext context = chromium.newContext(BrowserTestSupport.WIDE);
        try {
            Page page = context.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            page.navigate(server.url(SECOND_TRIES));

            // Numeric: the value you get by leaving out the prompt tokens.
            tabTo(page, "#q-tokens-bill input", "the numeric field");
            page.keyboard().type("50");
            page.keyboard().press("Enter");
            String feedback = feedback(page, "tokens-bill");
            assertTrue(feedback.startsWith("✗ Not correct. Try again: 1 try left."), feedback);
            assertTrue(feedback.contains("That counts the output tokens only; the prompt tokens are billed too."), feedback);
            assertFalse(feedback.contains("150") || feedback.contains("1,500 tokens"), "no right answer, no explanation: " + feedback);
            assertFalse(visible(page, "#q-tokens-bill [data-cg=answer-key]"), "the answer key stays hidden before the last try");
            assertEquals(true, page.evaluate("() => document.activeElement.matches('#q-tokens-bill [data-cg=question-feedback]')"),
                    "focus goes to the feedback");
            tabTo(page, "#q-tokens-bill input", "the numeric field again");
            page.keyboard().press("Control+A");
            page.keyboard().type("150");
            page.keyboard().press("Enter");
            feedback = feedback(page, "tokens-bill");
            assertTrue(feedback.startsWith("✓ Correct.") && feedback.contains("1,500 tokens at $1 per 1,000 tokens is $1.50."), feedback);

            // Short: an anticipated slip, then a wrong answer with the last try: now the answer shows.
            tabTo(page, "#q-adapter-name input", "the short-answer field");
            page.keyboard().type("Fine-tuning");
            page.keyboard().press("Enter");
            feedback = feedback(page, "adapter-name");
            assertTrue(feedback.contains("Try again: 1 try left.") && feedback.contains("Every such method is fine-tuning"), feedback);
            tabTo(page, "#q-adapter-name input", "the short-answer field again");
            page.keyboard().press("Control+A");
            page.keyboard().type("adapters");
            page.keyboard().press("Enter");
            feedback = feedback(page, "adapter-name");
            assertTrue(feedback.startsWith("✗ Not correct. The answer: LoRA") && feedback.contains("LoRA, low-rank adaptation."), feedback);
            assertTrue(visible(page, "#q-adapter-name [data-cg=answer-key]"), "the answer key shows after the last try");

            // Single choice: the wrong option's own feedback, and the right option is not marked.
            tabTo(page, "#q-first-step input[type=radio]", "the first radio");
            page.keyboard().press("ArrowDown"); // to the second option, "Training a model from scratch", which it also selects
            pressCheck(page, "first-step");
            feedback = feedback(page, "first-step");
            assertTrue(feedback.startsWith("✗ Not correct. Try again: 1 try left.") && feedback.contains("That is the most expensive step there is."), feedback);
            assertEquals(0L, ((Number) page.evaluate("() => document.querySelectorAll('#q-first-step [data-cg~=quiz-mark]').length")).longValue(),
                    "no option is marked before the last try");
            tabTo(page, "#q-first-step input[type=radio]:checked", "the chosen radio");
            page.keyboard().press("ArrowUp");
            pressCheck(page, "first-step");
            assertTrue(feedback(page, "first-step").startsWith("✓ Correct."), feedback(page, "first-step"));
            assertTrue(text(page, "[data-cg=quiz-summary]").contains("You scored 67%"), text(page, "[data-cg=quiz-summary]"));
            Axe.assertNoViolations(page, "second tries, with feedback showing");

            // The report links name the quiz, the question and the page.
            String href = (String) page.evaluate("() => document.querySelector('#q-tokens-bill [data-cg=question-report]').href");
            String decoded = URLDecoder.decode(href, StandardCharsets.UTF_8);
            assertTrue(href.startsWith("https://example.org/course/issues/new?title="), href);
            assertTrue(decoded.contains("Problem with question tokens-bill in quiz second-try")
                    && decoded.contains("Page: " + SECOND_TRIES), decoded);

            // Tries and outcomes are kept across a reload.
            page.reload();
            assertTrue(feedback(page, "adapter-name").startsWith("✗ Not correct. The answer: LoRA"), feedback(page, "adapter-name"));
            assertTrue(feedback(page, "tokens-bill").startsWith("✓ Correct."), feedback(page, "tokens-bill"));
            probe.assertClean("second tries");
        } finally {
            context.close();
        }
    }

    @Test
    void answersAtTheEndOneQuestionAtATimeAndAnswersOnRequest() {
        BrowserContext context = chromium.newContext(BrowserTestSupport.NARROW);
        try {
            Page page = context.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            page.navigate(server.url(ANSWERS_LATER));
            String quiz = "[data-quiz=at-the-end]";
            assertEquals(List.of("end-rag"), visibleQuestions(page, quiz), "one question at a time");
            assertEquals("Question 1 of 3", text(page, quiz + " .quiz-pager-status"));
            assertFalse(buttonVisible(page, quiz, "Show answers") || buttonVisible(page, quiz, "Print with answers"),
                    "no way to see the answers before the end");

            tabTo(page, "#q-end-rag input[type=radio]", "the True radio");
            page.keyboard().press("ArrowDown"); // False: wrong
            pressCheck(page, "end-rag");
            String feedback = feedback(page, "end-rag");
            assertEquals("✗ Not correct.", feedback, "a verdict, no answer and no explanation before the end");

            tabToButton(page, quiz, "Next question");
            page.keyboard().press("Enter");
            assertEquals(List.of("end-weights"), visibleQuestions(page, quiz));
            assertEquals(true, page.evaluate("() => document.activeElement.matches('#q-end-weights input')"), "focus moves into the question shown");
            page.keyboard().type("weights");
            page.keyboard().press("Enter");
            assertEquals("✓ Correct.", feedback(page, "end-weights"), "no explanation before the end");

            tabToButton(page, quiz, "Next question");
            page.keyboard().press("Enter");
            page.keyboard().press("Space"); // the focused first radio, the right answer
            pressCheck(page, "end-cheapest");
            assertEquals(List.of("end-rag", "end-weights", "end-cheapest"), visibleQuestions(page, quiz), "done: every question shows");
            assertTrue(feedback(page, "end-rag").contains("The right answer: True") && feedback(page, "end-rag").contains("Retrieved passages go into the prompt."),
                    feedback(page, "end-rag"));
            assertTrue(feedback(page, "end-weights").contains("Fine-tuning changes the weights."), feedback(page, "end-weights"));
            assertTrue(text(page, quiz + " [data-cg=quiz-summary]").contains("You scored 67%"));
            assertTrue(buttonVisible(page, quiz, "Show answers"), "Show answers once the quiz is done");
            Axe.assertNoViolations(page, "answers at the end, done, at 375 px");

            // Retry wrong questions is a real second try: the answers hide again until the quiz is done.
            tabToButton(page, quiz, "Retry wrong questions");
            page.keyboard().press("Enter");
            assertEquals(List.of("end-rag"), visibleQuestions(page, quiz));
            assertEquals("", feedback(page, "end-rag"));
            assertEquals("✓ Correct.", feedback(page, "end-weights"), "the explanations hide again");
            assertFalse(visible(page, "#q-end-rag [data-cg=answer-key]"));

            // On request: nothing until "Show answers".
            tabTo(page, "#q-request-context input[type=radio]", "the on-request radio");
            page.keyboard().press("ArrowDown");
            pressCheck(page, "request-context");
            assertEquals("✗ Not correct.", feedback(page, "request-context"));
            tabToButton(page, "[data-quiz=on-request]", "Show answers");
            page.keyboard().press("Enter");
            feedback = feedback(page, "request-context");
            assertTrue(feedback.contains("The right answer: Into the prompt") && feedback.contains("Retrieval puts passages into the prompt"), feedback);
            assertTrue(visible(page, "#q-request-context [data-cg=answer-key]"));
            // Finishing after the answers were shown is an attempt, not a best score.
            tabTo(page, "#q-request-update input[type=radio]", "the second on-request question");
            page.keyboard().press("ArrowDown");
            pressCheck(page, "request-update");
            String summary = text(page, "[data-quiz=on-request] [data-cg~=quiz-summary]");
            assertTrue(summary.contains("Not counted as a best score: the answers were shown before you finished.")
                    && summary.contains("Best score so far: none counted yet (1 completed attempt)."), summary);
            assertEquals(null, page.evaluate("() => CoursegenProgress.quizBest('on-request')"), "no best score stored");
            Axe.assertNoViolations(page, "answers on request, shown, at 375 px");
            probe.assertClean("answers later");
        } finally {
            context.close();
        }
    }

    @Test
    void twoOfFiveQuestionsAreDrawnPerLearnerGradedAsTheirOwnQuizAndKept() {
        BrowserContext context = chromium.newContext(BrowserTestSupport.WIDE);
        try {
            Page page = context.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            page.navigate(server.url(DRAWN));
            String seed = (String) page.evaluate("() => CoursegenProgress.seed()");
            List<String> expected = PolicyLogic.shown(new QuizPolicy(QuizPolicy.Reveal.AFTER_CHECK, 1, true, 2, false), seed + "/drawn",
                    List.of("pool-1", "pool-2", "pool-3", "pool-4", "pool-5"));
            List<String> shown = visibleQuestions(page, "[data-quiz=drawn]");
            assertEquals(expected, shown, "the page draws what Java draws for this learner");
            assertEquals("2 questions, drawn for you from 5 · pass mark 70%", text(page, "[data-quiz=drawn] [data-cg=quiz-meta]"));
            page.navigate(server.url("quizzes/index.html"));
            assertTrue(text(page, "main").contains("2 questions, drawn for each learner from 5"), "the quiz index counts the draw: " + text(page, "main"));
            page.navigate(server.url(DRAWN));
            assertEquals("Question 1 of 2", page.textContent("#q-" + shown.get(0) + " legend"));
            assertEquals("Question 2 of 2", page.textContent("#q-" + shown.get(1) + " legend"));
            for (String id : shown) {
                tabTo(page, "#q-" + id + " input", id);
                page.keyboard().type(text(page, "#q-" + id + " .question-prompt").replace("Type ", "").replace(".", ""));
                page.keyboard().press("Enter");
            }
            assertTrue(text(page, "[data-quiz=drawn] [data-cg=quiz-summary]").contains("You scored 100%"),
                    "graded as a quiz of the two questions given: " + text(page, "[data-quiz=drawn] [data-cg=quiz-summary]"));
            page.reload();
            assertEquals(shown, visibleQuestions(page, "[data-quiz=drawn]"), "the same questions after a reload");
            assertTrue(text(page, "[data-quiz=drawn] [data-cg=quiz-summary]").contains("You scored 100%"));
            probe.assertClean("drawn questions");
        } finally {
            context.close();
        }
    }

    @Test
    void withoutJavaScriptAnswersStayInClosedBoxesAndReportLinksAreOrdinaryLinks() throws IOException {
        Document doc = Jsoup.parse(site.file(ANSWERS_LATER).toFile(), "UTF-8");
        for (Element key : doc.select("[data-cg=answer-key]")) {
            assertEquals("details", key.tagName());
            assertFalse(key.hasAttr("open"), "an answer key is a closed box a learner opens on purpose");
        }
        Document tries = Jsoup.parse(site.file(SECOND_TRIES).toFile(), "UTF-8");
        Element bill = tries.selectFirst("#q-tokens-bill");
        assertTrue(bill.select("[data-cg=mistake-feedback]").stream().allMatch(e -> e.hasAttr("hidden")), "mistake feedback is hidden in the page");
        assertTrue(bill.selectFirst("[data-cg=answer-key] .answer-mistakes").text().startsWith("50 cents: That counts the output tokens only"),
                bill.selectFirst("[data-cg=answer-key] .answer-mistakes").text());
        assertEquals(3, tries.select("a[data-cg=question-report]").size(), "one report link a question");
        assertEquals("5 questions in the pool, 2 drawn for each learner · pass mark 70%",
                Jsoup.parse(site.file(DRAWN).toFile(), "UTF-8").selectFirst("[data-cg=quiz-meta]").text());
    }

    /** The pages that show the policies' markup (the lessons; quiz pages render the same partial). */
    @Test
    void thePolicyPagesAreValidHtml() {
        new NuHtml().assertValid(List.of(site.file(SECOND_TRIES), site.file(ANSWERS_LATER), site.file(DRAWN)));
    }

    // ---- Helpers ----

    private static void tabTo(Page page, String selector, String what) {
        String condition = "document.activeElement && document.activeElement.matches(\"" + selector.replace("\"", "\\\"") + "\")";
        for (int i = 0; i < 120; i++) {
            if (Boolean.TRUE.equals(page.evaluate("() => !!(" + condition + ")"))) return;
            page.keyboard().press("Tab");
        }
        fail("Tab never reached " + what);
    }

    private static void tabToButton(Page page, String quiz, String label) {
        String condition = "document.activeElement && document.activeElement.matches(\"" + quiz.replace("\"", "\\\"") + " button\")"
                + " && document.activeElement.textContent === \"" + label + "\"";
        for (int i = 0; i < 120; i++) {
            if (Boolean.TRUE.equals(page.evaluate("() => !!(" + condition + ")"))) return;
            page.keyboard().press("Tab");
        }
        fail("Tab never reached the button " + label);
    }

    private static void pressCheck(Page page, String questionId) {
        tabTo(page, "#q-" + questionId + " [data-cg=check-button]", questionId + " Check answer");
        page.keyboard().press("Enter");
    }

    private static String feedback(Page page, String questionId) {
        return text(page, "#q-" + questionId + " [data-cg=question-feedback]");
    }

    private static String text(Page page, String selector) {
        return ((String) page.evaluate("s => document.querySelector(s).innerText", selector)).replaceAll("\\s+", " ").strip();
    }

    private static boolean visible(Page page, String selector) {
        return page.locator(selector).isVisible();
    }

    private static boolean buttonVisible(Page page, String quiz, String label) {
        return page.locator(quiz + " button:text-is('" + label + "')").isVisible();
    }

    @SuppressWarnings("unchecked")
    private static List<String> visibleQuestions(Page page, String quiz) {
        return (List<String>) page.evaluate("s => Array.from(document.querySelectorAll(s + ' li[data-question]'))"
                + ".filter(li => !li.hidden).map(li => li.getAttribute('data-question'))", quiz);
    }
}
