package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import io.coursegen.quiz.Misconception;
import io.coursegen.quiz.QuizResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quiz widget used with the mouse, as a learner would: every quiz of the course answered
 * question by question (right, wrong and partly right answers of every type, reordering included),
 * each checked; the feedback, the marks on options and the summary asserted, and the summary's
 * score held to both {@code CoursegenGrading.gradeQuiz} in the page and the Java
 * {@link io.coursegen.quiz.Grader}. Then "Retry wrong questions", "Start over", print and "Show
 * answers". And axe-core on a quiz page and on a lesson with an embedded quiz, feedback showing, at
 * both widths in both themes, with screenshots for people to look at.
 */
class Quiz_BrowserTest extends BrowserTestSupport {

    /**
     * The representative quiz page with real mouse clicks, through a first attempt, "Retry wrong
     * questions", a second attempt, "Start over", print and "Show answers"; every other quiz page
     * through a first attempt (with DOM click events, which is quicker and the same to the widget).
     */
    @Test
    void everyQuizTakenWithTheMouseMatchesBothGraders() {
        List<String> pages = site.quizPages();
        assertFalse(pages.isEmpty(), "the course has no quiz pages");
        Set<String> typesSeen = new TreeSet<>();
        for (String path : pages) {
            ProbedPage opened = open(path, WIDE);
            QuizDriver quiz = QuizDriver.first(opened.page());
            quiz.questions().forEach(q -> typesSeen.add(q.get("type").textValue()));
            if (path.equals(site.path(PageKind.QUIZ))) {
                takeQuiz(quiz);
                retryWrongQuestions(quiz);
                printShowsAnswers(quiz);
                showAnswersOpensEveryKey(quiz);
            } else {
                takeQuiz(quiz.fast());
            }
            opened.probe().assertClean("taking the quiz on " + path);
        }
        assertEquals(new TreeSet<>(List.of("multiple", "numeric", "ordering", "scenario", "short", "single", "true-false")),
                typesSeen, "question types covered by the course's quizzes");
    }

    /**
     * With JavaScript off, every question of every quiz (on quiz pages and in lessons) shows all its
     * options, items or answer field, no button that could do nothing, and a closed answer key that
     * opens.
     */
    @Test
    void withoutJavaScriptEveryQuestionShowsItsOptionsAndAWorkingAnswerKey() {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setViewportSize(NARROW, Chromium.VIEWPORT_HEIGHT));
        try {
            Page page = context.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            List<String> pages = new ArrayList<>(site.quizPages());
            pages.addAll(site.lessonsWithQuiz());
            for (String path : pages) {
                page.navigate(server.url(path));
                assertFalse(page.locator("html").getAttribute("class") != null
                        && page.locator("html").getAttribute("class").contains("js"), "scripts must not run");
                for (Locator section : page.locator("section.quiz").all()) {
                    QuizDriver quiz = QuizDriver.of(page, section.getAttribute("data-quiz"));
                    // What each question shows, read in one round trip.
                    JsonNode shown = QuizDriver.parse((String) section.evaluate("s => JSON.stringify([...s.querySelectorAll('li.question')].map(li => {"
                            + " const n = sel => [...li.querySelectorAll(sel)].filter(e => e.checkVisibility()).length;"
                            + " return {id: li.dataset.question, inputs: n('li.option input'), items: n('.ordering-item'),"
                            + "   fields: n('.answer-field input'), buttons: n('button'), summaries: n('details.answer-key > summary'),"
                            + "   keyBodies: n('.answer-key-body')}; }))"));
                    assertEquals(quiz.questions().size(), shown.size(), path + ": every question is on the page");
                    for (int i = 0; i < shown.size(); i++) {
                        JsonNode q = quiz.questions().get(i);
                        JsonNode seen = shown.get(i);
                        String what = path + " " + q.get("id").textValue();
                        assertEquals(q.get("id").textValue(), seen.get("id").textValue(), what + ": in quiz order");
                        assertEquals(q.has("options") ? q.get("options").size() : 0, seen.get("inputs").intValue(), what + ": every option shows");
                        assertEquals(q.has("items") ? q.get("items").size() : 0, seen.get("items").intValue(), what + ": every item shows");
                        assertEquals(q.has("options") || q.has("items") ? 0 : 1, seen.get("fields").intValue(), what + ": the answer field shows");
                        assertEquals(0, seen.get("buttons").intValue(), what + ": no buttons without JavaScript");
                        assertEquals(1, seen.get("summaries").intValue(), what + ": Show answer");
                        assertEquals(0, seen.get("keyBodies").intValue(), what + ": the answer key starts closed");
                    }
                    assertEquals(0, visibleCount(section.locator(".quiz-actions button")), path + ": no quiz buttons");
                    JsonNode first = quiz.questions().get(0);
                    quiz.question(first).locator("details.answer-key > summary").click();
                    assertTrue(quiz.question(first).locator(".answer-key .explanation").isVisible(), path + ": the answer key opens");
                }
            }
            screenshot(page, "quiz-no-javascript-" + NARROW);
            probe.assertClean("quiz pages without JavaScript");
        } finally {
            context.close();
        }
    }

    /** Answers and checks every question per {@link QuizDriver#plan()}, then checks the summary. */
    private static void takeQuiz(QuizDriver quiz) {
        Page page = quiz.page();
        Map<String, ObjectNode> plan = quiz.plan();
        List<JsonNode> questions = quiz.questions();
        assertTrue(quiz.section().locator(".quiz-actions").isVisible(), "quiz actions are shown with JavaScript");
        assertEquals("", quiz.summary().textContent().strip(), "no summary before anything is checked");
        for (int i = 0; i < questions.size(); i++) {
            JsonNode q = questions.get(i);
            String id = q.get("id").textValue();
            JsonNode before = quiz.snapshot(q);
            assertFalse(before.get("keyShown").booleanValue(), id + ": the answer key must not show before checking");
            assertTrue(before.get("checkShown").booleanValue(), id + ": Check answer shows");
            quiz.answer(q, plan.get(id));
            assertEquals("", quiz.feedbackText(q), id + ": nothing is graded before Check answer");
            quiz.check(q);

            JsonNode after = quiz.snapshot(q);
            double score = quiz.javaGrade(q, QuizDriver.graded(plan.get(id)));
            String feedback = after.get("feedback").textValue();
            assertTrue(feedback.contains(QuizDriver.verdict(score)), id + ": feedback should give the verdict "
                    + QuizDriver.verdict(score) + ", was: " + feedback);
            String explanation = QuizDriver.squash(quiz.question(q).locator(".answer-key .explanation").textContent());
            assertTrue(feedback.contains(explanation), id + ": feedback should include the explanation, was: " + feedback);
            assertMarks(q, plan.get(id), score, after);
            assertFalse(after.get("checkShown").booleanValue(), id + ": Check answer goes once checked");
            assertTrue(after.get("keyShown").booleanValue(), id + ": the answer key shows once checked");
            assertFalse(after.get("keyOpen").booleanValue(), id + ": the answer key stays closed");
            if (i < questions.size() - 1) {
                assertTrue(after.get("feedbackFocused").booleanValue(), id + ": focus should move to the feedback after checking");
            }
        }
        assertEquals("status", quiz.feedback(questions.get(0)).getAttribute("role"), "feedback is a live region");

        JsonNode stored = quiz.stored();
        JsonNode responses = stored.get("responses");
        for (JsonNode q : questions) {
            String id = q.get("id").textValue();
            assertEquals(quiz.javaGrade(q, QuizDriver.graded(plan.get(id))), quiz.javaGrade(q, responses.get(id)),
                    id + ": the stored response grades as the planned one; stored " + responses.get(id));
        }
        QuizResult java = quiz.javaGrade(responses);
        JsonNode js = quiz.pageGrade(responses);
        assertEquals(java.score(), js.get("score").doubleValue(), "CoursegenGrading and Grader agree on the score");
        assertEquals(java.passed(), js.get("passed").booleanValue(), "CoursegenGrading and Grader agree on passing");
        assertEquals(questions.size(), stored.get("checked").size(), "every question is stored as checked");
        assertEquals(1, stored.get("attempts").intValue(), "one completed attempt");
        assertEquals(java.score(), stored.get("best").doubleValue(), "best score so far");

        String summary = QuizDriver.squash(quiz.summary().textContent());
        long percent = QuizDriver.percent(java.score(), quiz.data().get("pass").doubleValue());
        long pass = Math.round(quiz.data().get("pass").doubleValue() * 100);
        assertTrue(summary.contains("You scored " + percent + "%."), "summary score, was: " + summary);
        assertTrue(summary.contains(java.passed() ? "Passed: the pass mark is " + pass + "%."
                : "Not passed yet: the pass mark is " + pass + "%."), "pass or fail in words, was: " + summary);
        assertTrue(summary.contains("Best score so far: " + percent + "% (1 completed attempt)."), "best score, was: " + summary);
        assertFalse(java.diagnosis().isEmpty(), "the plan picks wrong options with misconceptions");
        List<Locator> entries = quiz.summary().locator(".quiz-diagnosis > li").all();
        assertEquals(java.diagnosis().size(), entries.size(), "one diagnosis entry per misconception");
        for (int i = 0; i < entries.size(); i++) {
            Misconception m = java.diagnosis().get(i);
            String text = QuizDriver.squash(entries.get(i).textContent());
            assertTrue(text.startsWith(QuizDriver.readableTag(m.tag()) + " — "), "diagnosis entry " + i + ": " + text);
            List<String> links = entries.get(i).locator("a:not(.quiz-review-link)").all().stream().map(a -> a.getAttribute("href")).toList();
            assertEquals(m.questionIds().stream().map(id -> "#q-" + id).toList(), links, "links of " + m.tag());
            // The quiz's `review:` map sends each misconception to a lesson section (both course quizzes map every tag).
            Locator review = entries.get(i).locator("a.quiz-review-link");
            assertEquals(1, review.count(), "a review link for " + m.tag());
            assertTrue(review.getAttribute("href").matches("\\.\\./[a-z0-9-]+/[a-z0-9-]+\\.html#[a-z0-9-]+"), "review href of " + m.tag() + ": " + review.getAttribute("href"));
            assertTrue(text.contains(". Read again: "), "diagnosis entry " + i + ": " + text);
        }
        assertEquals(true, quiz.summary().locator(".quiz-summary-title").evaluate("e => e === document.activeElement"),
                "focus moves to the summary after the last check");

        // A diagnosis link leads to its question.
        entries.get(0).locator("a").first().click();
        assertTrue(page.url().endsWith("#q-" + java.diagnosis().get(0).questionIds().get(0)), "diagnosis link, url: " + page.url());
    }

    /** The marks on options or items, or beside the field, after checking; from a snapshot. */
    private static void assertMarks(JsonNode q, JsonNode planned, double score, JsonNode snapshot) {
        String id = q.get("id").textValue();
        String type = q.get("type").textValue();
        if (planned.has("choices")) {
            List<String> chosen = new ArrayList<>();
            planned.get("choices").forEach(c -> chosen.add(c.textValue()));
            List<String> right = new ArrayList<>();
            q.get("options").forEach(o -> {
                if (o.get("correct").booleanValue()) {
                    right.add(o.get("id").textValue());
                }
            });
            for (JsonNode o : snapshot.get("options")) {
                String optionId = o.get("id").textValue();
                boolean isRight = right.contains(optionId);
                boolean picked = chosen.contains(optionId);
                String expected = picked && isRight ? "✓ Your choice — correct"
                        : picked ? "✗ Your choice — not correct"
                        : isRight ? (type.equals("multiple") ? "✓ Correct answer — not chosen" : "✓ Correct answer")
                        : null;
                assertEquals(expected, o.get("mark").textValue(), id + "/" + optionId + " mark");
                if (o.get("hasFeedback").booleanValue()) {
                    assertEquals(picked, o.get("feedbackShown").booleanValue(), id + "/" + optionId + ": feedback shows for chosen options only");
                }
                assertEquals(picked, o.get("checked").booleanValue(), id + "/" + optionId + " chosen");
                assertTrue(o.get("disabled").booleanValue(), id + "/" + optionId + " is locked once checked");
            }
        } else if (planned.has("order")) {
            List<String> items = new ArrayList<>();
            q.get("items").forEach(i -> items.add(i.textValue()));
            JsonNode shown = snapshot.get("items");
            for (int k = 0; k < shown.size(); k++) {
                int right = items.indexOf(shown.get(k).get("id").textValue());
                String expected = right == k ? "✓ In the right place" : "✗ Belongs at position " + (right + 1);
                assertEquals(expected, shown.get(k).get("mark").textValue(), id + "/" + shown.get(k).get("id") + " mark");
                assertFalse(shown.get(k).get("moveShown").booleanValue(), id + ": move buttons go once checked");
            }
        } else {
            assertEquals(score >= 1 ? "✓ Correct" : "✗ Not correct", snapshot.get("fieldMark").textValue(), id + " mark");
        }
    }

    /** "Retry wrong questions" resets exactly the questions scored below 1, then a right attempt gives 100%. */
    private static void retryWrongQuestions(QuizDriver quiz) {
        Page page = quiz.page();
        JsonNode before = quiz.stored();
        double firstScore = before.get("best").doubleValue();
        List<JsonNode> wrong = new ArrayList<>();
        List<JsonNode> right = new ArrayList<>();
        for (JsonNode q : quiz.questions()) {
            double s = quiz.javaGrade(q, before.get("responses").get(q.get("id").textValue()));
            (s < 1 ? wrong : right).add(q);
        }
        assertFalse(wrong.isEmpty(), "the plan gets some questions wrong");
        quiz.quizButton("Retry wrong questions").click();

        for (JsonNode q : wrong) {
            String id = q.get("id").textValue();
            JsonNode snap = quiz.snapshot(q);
            assertFalse(snap.get("classes").textValue().contains("is-checked"), id + " is reset");
            assertEquals("", snap.get("feedback").textValue(), id + ": feedback cleared");
            assertTrue(snap.get("checkShown").booleanValue(), id + ": Check answer is back");
            assertFalse(snap.get("keyShown").booleanValue(), id + ": answer key hidden again");
            snap.get("options").forEach(o -> {
                assertTrue(o.get("mark").isNull() && !o.get("checked").booleanValue() && !o.get("disabled").booleanValue(),
                        id + ": option reset: " + o);
            });
            snap.get("items").forEach(i -> assertTrue(i.get("mark").isNull() && i.get("moveShown").booleanValue(), id + ": item reset: " + i));
            if (snap.get("fieldValue").isTextual()) {
                assertEquals("", snap.get("fieldValue").textValue(), id + ": field cleared");
            }
        }
        for (JsonNode q : right) {
            String id = q.get("id").textValue();
            JsonNode snap = quiz.snapshot(q);
            assertTrue(snap.get("classes").textValue().contains("is-checked"), id + " (right) stays checked");
            assertTrue(snap.get("feedback").textValue().contains("Correct."), id + " (right) keeps its feedback");
        }
        JsonNode first = wrong.get(0);
        assertEquals(true, quiz.question(first).evaluate("li => li.contains(document.activeElement) && document.activeElement.matches('input, button')"),
                "focus moves to the first question to retry");
        assertEquals("", quiz.summary().textContent().strip(), "no summary while questions are open");
        JsonNode after = quiz.stored();
        assertEquals(right.size(), after.get("checked").size(), "only right questions stay checked");
        for (JsonNode q : wrong) {
            assertFalse(after.get("responses").has(q.get("id").textValue()), q.get("id") + ": stored response cleared");
        }
        String progress = QuizDriver.squash(quiz.section().locator(".quiz-progress").textContent());
        assertEquals("Checked " + right.size() + " of " + quiz.questions().size() + " questions · best score so far "
                + QuizDriver.percent(firstScore, quiz.data().get("pass").doubleValue()) + "%.", progress);
        assertTrue(quiz.quizButton("Retry wrong questions").isHidden(), "nothing left to retry");

        for (JsonNode q : wrong) {
            quiz.answer(q, QuizDriver.plannedResponse(q, true));
            quiz.check(q);
            assertTrue(quiz.feedbackText(q).contains("Correct."), q.get("id") + " right on the second try");
        }
        String summary = QuizDriver.squash(quiz.summary().textContent());
        assertTrue(summary.contains("You scored 100%.") && summary.contains("Best score so far: 100% (2 completed attempts)."),
                "second attempt summary, was: " + summary);
        assertEquals(0, quiz.summary().locator(".quiz-diagnosis").count(), "no diagnosis when everything is right");
        page.evaluate("() => window.scrollTo(0, 0)");
    }

    /**
     * Printed, a quiz is a blank worksheet: no answer key, no verdict, no button (issue 21, item 6).
     * "Print with answers" prints every answer key, checked or not.
     */
    private static void printShowsAnswers(QuizDriver quiz) {
        Page page = quiz.page();
        quiz.quizButton("Start over").click();
        assertEquals(0, quiz.section().locator("li.question.is-checked").count(), "Start over clears every question");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        try {
            assertEquals(0, visibleCount(quiz.section().locator(".answer-key")), "a printed quiz is a worksheet: no answer key");
            assertEquals(0, visibleCount(quiz.section().locator("button")), "no button shows in print");
        } finally {
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        }
        // The browser's print dialog cannot be driven here: stand in for it, and see what it would print.
        page.evaluate("() => { window.print = () => { window.printedWithKeys = document.documentElement.classList.contains('print-keys'); }; }");
        quiz.quizButton("Print with answers").click();
        assertEquals(true, page.evaluate("() => window.printedWithKeys"), "Print with answers asks for the keys before printing");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        try {
            assertEquals(quiz.questions().size(), visibleCount(quiz.section().locator(".answer-key .explanation")),
                    "with answers, every answer and explanation shows in print");
        } finally {
            page.evaluate("() => window.dispatchEvent(new Event('afterprint'))");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        }
        assertEquals(false, page.evaluate("() => document.documentElement.classList.contains('print-keys')"),
                "after printing, the next print is a worksheet again");
    }

    /** "Show answers" opens every answer key, checked or not; pressed again it closes them. */
    private static void showAnswersOpensEveryKey(QuizDriver quiz) {
        Locator keys = quiz.section().locator("details.answer-key");
        Locator bodies = quiz.section().locator("details.answer-key .answer-key-body");
        assertEquals(0, visibleCount(keys), "answer keys hidden before anything is checked");
        quiz.quizButton("Show answers").click();
        assertEquals(quiz.questions().size(), keys.count());
        assertEquals(keys.count(), visibleCount(bodies), "every answer key open, its content visible");
        quiz.quizButton("Hide answers").click();
        assertEquals(0, visibleCount(keys), "Hide answers hides the keys of unchecked questions again");
    }

    /** How many elements match and are rendered; one round trip. */
    static int visibleCount(Locator locator) {
        return ((Number) locator.evaluateAll("els => els.filter(e => e.checkVisibility()).length")).intValue();
    }

    /**
     * A quiz page and a lesson with an embedded quiz, mid-way (feedback of every kind showing: right,
     * wrong, partly right, and a "choose an answer" prompt) at 375 px in the light theme, then finished
     * (summary, diagnosis, all answer keys open) at 1280 px in the dark theme: no axe violations, no
     * console errors. Screenshots of the mid-way state at both widths go to target/screenshots/.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quiz page", "lesson with quiz"})
    void quizWithFeedbackIsAccessibleAtBothWidthsInBothThemes(String kind) {
        String path = kind.equals("quiz page") ? site.path(PageKind.QUIZ) : lessonWithAnotherQuiz();
        ProbedPage opened = open(path, NARROW);
        Page page = opened.page();
        QuizDriver quiz = QuizDriver.first(page).fast();
        Map<String, ObjectNode> plan = quiz.plan();
        List<JsonNode> questions = quiz.questions();
        String name = "quiz-" + kind.replace(' ', '-');
        List<String> problems = new ArrayList<>();

        int half = Math.max(1, questions.size() / 2);
        for (int i = 0; i < questions.size(); i++) {
            if (i == half) {
                // Mid-way: the next question checked with nothing chosen shows a prompt instead.
                quiz.check(questions.get(i));
                String prompt = quiz.feedbackText(questions.get(i));
                assertTrue(prompt.startsWith("Choose") || prompt.startsWith("Type"), "an unanswered question asks for an answer: " + prompt);
                quiz.question(questions.get(half - 1)).scrollIntoViewIfNeeded();
                // Each state in one theme (mid-way light at 375, finished dark at 1280): the colours do not
                // change with the width, and Site_BrowserTest runs each page kind in both themes at both widths.
                problems.addAll(axe(page, name + "-midway-" + NARROW));
                toggleTheme(page);
                resize(page, WIDE);
                quiz.question(questions.get(half - 1)).scrollIntoViewIfNeeded();
                viewportShot(page, name + "-midway-" + WIDE + "-" + theme(page));
            }
            quiz.answer(questions.get(i), plan.get(questions.get(i).get("id").textValue()));
            quiz.check(questions.get(i));
        }
        quiz.quizButton("Show answers").click();
        quiz.summary().scrollIntoViewIfNeeded();
        problems.addAll(axe(page, name + "-done-" + WIDE));
        problems.addAll(opened.probe().problems());
        assertTrue(problems.isEmpty(), path + ": " + problems.size() + " problem(s)\n" + String.join("\n", problems));
    }

    private static void resize(Page page, int width) {
        page.setViewportSize(width, Chromium.VIEWPORT_HEIGHT);
        waitForAnimations(page);
    }

    /** Axe violations on the page in its current theme, after a screenshot of the viewport. */
    private static List<String> axe(Page page, String name) {
        waitForAnimations(page);
        String theme = theme(page);
        viewportShot(page, name + "-" + theme);
        return Axe.violations(page).stream().map(v -> name + ", " + theme + " theme:\n" + v).toList();
    }

    private static void toggleTheme(Page page) {
        String before = theme(page);
        page.locator("#theme-toggle").click();
        assertNotEquals(before, theme(page), "#theme-toggle should change the theme");
        waitForAnimations(page);
    }

    /** A lesson that embeds a quiz other than the one of the representative quiz page, if there is one. */
    private String lessonWithAnotherQuiz() {
        List<String> lessons = site.lessonsWithQuiz();
        assertFalse(lessons.isEmpty(), "no lesson embeds a quiz");
        String quizPage = site.path(PageKind.QUIZ);
        String quizId = quizPage.substring(quizPage.lastIndexOf('/') + 1, quizPage.length() - ".html".length());
        return lessons.stream().filter(l -> {
            try {
                return !java.nio.file.Files.readString(site.file(l)).contains("data-quiz=\"" + quizId + "\"");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).findFirst().orElse(lessons.get(0));
    }
}
