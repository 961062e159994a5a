package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quiz progress in localStorage, under {@code coursegen:<course>:v1}: responses, checked state and
 * best score survive a reload (and show on another page with the same quiz); the option order is the
 * learner's own and stable; a corrupt or old value is reset with a notice; storage that throws falls
 * back to memory with a notice (shown once at the top of the page by progress.js); and all of it works from file://.
 */
class Quiz_StorageTest extends BrowserTestSupport {

    private static final String RESET_NOTICE = "Your saved progress for this course could not be read";
    private static final String MEMORY_NOTICE = "This browser is not letting the course save progress";

    @Test
    void progressSurvivesReloadsAndIsSharedWithTheLesson() {
        ProbedPage opened = open(site.path(PageKind.QUIZ), WIDE);
        Page page = opened.page();
        QuizDriver quiz = QuizDriver.first(page).fast();
        assertShuffledBySeed(quiz);
        Map<String, ObjectNode> plan = quiz.plan();
        for (JsonNode q : quiz.questions()) {
            quiz.answer(q, plan.get(q.get("id").textValue()));
            quiz.check(q);
        }
        Map<String, List<String>> orderBefore = shownOrders(quiz);
        String summary = QuizDriver.squash(quiz.summary().textContent());
        Map<String, String> feedback = feedbackById(quiz);

        page.reload();
        QuizDriver reloaded = QuizDriver.first(page).fast();
        assertEquals(true, page.evaluate("() => document.activeElement === document.body"), "no focus moved on load");
        assertEquals(orderBefore, shownOrders(reloaded), "options and items keep their order across a reload");
        assertEquals(feedback, feedbackById(reloaded), "every question is checked again, with the same feedback");
        assertEquals(summary, QuizDriver.squash(reloaded.summary().textContent()), "the summary is restored");
        assertEquals(1, reloaded.stored().get("attempts").intValue(), "a reload is not an attempt");
        // Each check went into the attempt log, a first try each, with the score the grader gave.
        JsonNode log = QuizDriver.parse((String) page.evaluate("() => JSON.stringify(CoursegenProgress.attemptLog())"));
        assertEquals(quiz.questions().size(), log.size(), "one log entry per check, none for a reload: " + log);
        for (JsonNode e : log) {
            String what = e.toString();
            assertEquals(quiz.data().get("id").textValue(), e.get("quiz").textValue(), what);
            assertEquals(1, e.get("attempt").intValue(), what);
            assertTrue(e.get("version").textValue().matches("[0-9a-f]{8}"), what);
            assertEquals(page.evaluate("id => document.querySelector('li[data-question=\"' + id + '\"]').getAttribute('data-version')",
                    e.get("question").textValue()), e.get("version").textValue(), "the version the build wrote (QuestionVersion): " + what);
            assertTrue(e.get("score").doubleValue() >= 0 && e.get("score").doubleValue() <= 1, what);
            assertTrue(e.get("response").isObject(), what);
        }

        // Retry the wrong ones, answer one of them (an ordering question if one was wrong) without checking, reload.
        double best = reloaded.stored().get("best").doubleValue();
        reloaded.quizButton("Retry wrong questions").click();
        List<JsonNode> open = reloaded.questions().stream().filter(q -> !isChecked(reloaded, q)).toList();
        JsonNode pending = open.stream().filter(q -> q.has("items")).findFirst().orElse(open.get(0));
        JsonNode pendingAnswer = QuizDriver.plannedResponse(pending, true);
        reloaded.answer(pending, pendingAnswer);
        List<String> pendingShown = pending.has("items") ? reloaded.shownOrder(pending) : chosen(reloaded.snapshot(pending));
        page.reload();
        QuizDriver again = QuizDriver.first(page);
        assertFalse(isChecked(again, pending), "an unchecked answer stays unchecked");
        assertEquals(pendingShown, pending.has("items") ? again.shownOrder(pending) : chosen(again.snapshot(pending)),
                "an unchecked answer is restored: " + pendingAnswer);
        assertEquals("", again.summary().textContent().strip(), "no summary while questions are open");
        assertTrue(QuizDriver.squash(again.section().locator(".quiz-progress").textContent())
                .endsWith("best score so far " + QuizDriver.percent(best, again.data().get("pass").doubleValue()) + "%."), "best score kept");
        Map<String, Boolean> checked = new LinkedHashMap<>();
        again.questions().forEach(q -> checked.put(q.get("id").textValue(), isChecked(again, q)));

        // The lesson embedding the same quiz shows the same progress, in the same order.
        String lesson = site.lessonsWithQuiz().stream()
                .filter(l -> read(l).contains("data-quiz=\"" + again.id() + "\""))
                .findFirst().orElse(null);
        assertNotNull(lesson, "a lesson embeds " + again.id());
        page.navigate(server.url(lesson));
        QuizDriver embedded = QuizDriver.of(page, again.id());
        Map<String, Boolean> embeddedChecked = new LinkedHashMap<>();
        embedded.questions().forEach(q -> embeddedChecked.put(q.get("id").textValue(), isChecked(embedded, q)));
        assertEquals(checked, embeddedChecked, "same checked questions in the lesson");
        Map<String, List<String>> orderInLesson = shownOrders(embedded);
        orderInLesson.remove(pending.get("id").textValue());
        Map<String, List<String>> expectedOrder = new LinkedHashMap<>(orderBefore);
        expectedOrder.remove(pending.get("id").textValue());
        assertEquals(expectedOrder, orderInLesson, "same option order in the lesson");
        opened.probe().assertClean("reloading the quiz");
    }

    /** Shown option order is CoursegenGrading.shuffle(seed/quiz/question) with the stored seed. */
    private static void assertShuffledBySeed(QuizDriver quiz) {
        String seed = quiz.storedAll().get("seed").textValue();
        assertTrue(seed.length() >= 8, "a random per-learner seed is stored: " + seed);
        assertTrue(quiz.data().get("shuffle").booleanValue(), quiz.id() + " shuffles");
        for (JsonNode q : quiz.questions()) {
            if (q.has("options")) {
                Object expected = quiz.page().evaluate("([seed, q]) => CoursegenGrading.shuffle(seed, JSON.parse(q).options).map(o => o.id)",
                        List.of(seed + "/" + quiz.id() + "/" + q.get("id").textValue(), q.toString()));
                assertEquals(expected, quiz.shownOptions(q), q.get("id") + ": option order from the learner's seed");
            } else if (q.has("items")) {
                assertNotEquals(toList(q.get("items")), quiz.shownOrder(q), q.get("id") + ": items never start in the right order");
            }
        }
    }

    /** Not JSON, an old version, not an object, JSON null: each is reset with a notice, and the quiz works. */
    @Test
    void corruptOrOldProgressIsResetWithANotice() {
        ProbedPage opened = open(site.path(PageKind.QUIZ), NARROW);
        Page page = opened.page();
        String key = QuizDriver.storageKey(page);
        boolean axeDone = false;
        for (String value : List.of("{not json", "{\"version\":0,\"seed\":\"abc\",\"quizzes\":{}}", "[1,2]", "null")) {
            page.evaluate("([k, v]) => localStorage.setItem(k, v)", List.of(key, value));
            page.reload();
            QuizDriver quiz = QuizDriver.first(page).fast();
            String notice = QuizDriver.squash(page.locator(".progress-notice").textContent());
            assertTrue(notice.startsWith(RESET_NOTICE), value + ": notice, was: " + notice);
            assertTrue(page.locator(".progress-notice").isVisible(), value + ": the notice shows");

            JsonNode q = quiz.questions().get(0);
            quiz.answer(q, QuizDriver.plannedResponse(q, true));
            quiz.check(q);
            assertTrue(quiz.feedbackText(q).contains("Correct."), value + ": the quiz works after a reset");
            JsonNode stored = quiz.storedAll();
            assertEquals(1, stored.get("version").intValue(), value + ": a fresh value is written");
            assertTrue(stored.path("quizzes").path(quiz.id()).path("checked").toString().contains(q.get("id").textValue()),
                    value + ": the check is saved");
            if (!axeDone) {
                Axe.assertNoViolations(page, "quiz page with a storage notice");
                axeDone = true;
            }
        }
        page.reload();
        assertEquals(0, page.locator(".progress-notice p").count(), "no notice once the value is good again");
        opened.probe().assertClean("quiz with corrupt storage");
    }

    /** Responses that no longer fit the quiz are dropped without a notice; the rest of the value is kept. */
    @Test
    void staleProgressForAChangedQuizIsDroppedQuietly() {
        ProbedPage opened = open(site.path(PageKind.QUIZ), WIDE);
        Page page = opened.page();
        QuizDriver quiz = QuizDriver.first(page);
        JsonNode first = quiz.questions().get(0);
        String firstId = first.get("id").textValue();
        String stale = "{\"version\":1,\"seed\":\"s33d\",\"quizzes\":{\"" + quiz.id() + "\":{"
                + "\"responses\":{\"" + firstId + "\":{\"choices\":[\"no-such-option\"]},\"gone\":{\"text\":\"x\"}},"
                + "\"checked\":[\"" + firstId + "\",\"gone\",7],\"best\":\"high\",\"attempts\":-3}},"
                + "\"lessons\":{\"read\":[\"intro\"]}}";
        page.evaluate("([k, v]) => localStorage.setItem(k, v)", List.of(QuizDriver.storageKey(page), stale));
        page.reload();
        quiz = QuizDriver.first(page);
        assertEquals(0, page.locator(".progress-notice p").count(), "no notice for details of one quiz");
        JsonNode snap = quiz.snapshot(first);
        assertFalse(snap.get("classes").textValue().contains("is-checked"), "a response that no longer fits is not checked");
        assertEquals(List.of(), chosen(snap), "and not restored");
        assertEquals("Checked 0 of " + quiz.questions().size() + " questions.",
                QuizDriver.squash(quiz.section().locator(".quiz-progress").textContent()), "no bogus best score");
        quiz.answer(first, QuizDriver.plannedResponse(first, true));
        quiz.check(first);
        JsonNode stored = quiz.storedAll();
        assertEquals("s33d", stored.get("seed").textValue(), "the learner's seed is kept");
        assertEquals("{\"read\":[\"intro\"]}", stored.get("lessons").toString(), "other progress under the key is kept");
        assertEquals("[\"" + firstId + "\"]", stored.path("quizzes").path(quiz.id()).get("checked").toString(), "stale ids are gone");
        opened.probe().assertClean("quiz with stale progress");
    }

    /** setItem throwing (quota) and localStorage itself throwing (storage disabled). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"setItem throws QuotaExceededError", "localStorage throws SecurityError"})
    void storageThatThrowsFallsBackToMemoryWithANotice(String how) {
        String script = how.startsWith("setItem")
                ? "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };"
                : "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });";
        BrowserContext context = chromium.newContext(WIDE);
        try {
            context.addInitScript(script);
            Page page = context.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            page.navigate(server.url(site.path(PageKind.QUIZ)));
            takeQuizWithoutStorage(page, how);
            probe.assertClean(how);
        } finally {
            context.close();
        }
    }

    private static void takeQuizWithoutStorage(Page page, String how) {
        QuizDriver quiz = QuizDriver.first(page).fast();
        String notice = QuizDriver.squash(page.locator(".progress-notice").textContent());
        assertTrue(notice.startsWith(MEMORY_NOTICE), how + ": notice, was: " + notice);
        Map<String, ObjectNode> plan = quiz.plan();
        for (JsonNode q : quiz.questions()) {
            quiz.answer(q, plan.get(q.get("id").textValue()));
            quiz.check(q);
        }
        assertTrue(QuizDriver.squash(quiz.summary().textContent()).contains("You scored"),
                how + ": the quiz still works to the end");
        quiz.quizButton("Retry wrong questions").click();
        assertTrue(QuizDriver.squash(quiz.section().locator(".quiz-progress").textContent()).contains("best score so far"),
                how + ": the best score is kept in memory");
        assertEquals(1, quiz.page().locator(".progress-notice p").count(), "the notice shows once");
        page.locator("#theme-toggle").click();
    }

    @Test
    void progressWorksFromFileUrls() {
        ProbedPage opened = openFile(site.path(PageKind.QUIZ), WIDE);
        Page page = opened.page();
        QuizDriver quiz = QuizDriver.first(page);
        List<JsonNode> questions = quiz.questions();
        Map<String, ObjectNode> plan = quiz.plan();
        for (JsonNode q : questions.subList(0, Math.min(3, questions.size()))) {
            quiz.answer(q, plan.get(q.get("id").textValue()));
            quiz.check(q);
        }
        Map<String, String> feedback = feedbackById(quiz);
        assertFalse(feedback.values().stream().allMatch(String::isEmpty), "feedback shows from file://");
        page.reload();
        assertEquals(feedback, feedbackById(QuizDriver.first(page)), "progress survives a reload from file://");
        opened.probe().assertClean("quiz from file://");
    }

    private static boolean isChecked(QuizDriver quiz, JsonNode q) {
        return quiz.snapshot(q).get("classes").textValue().contains("is-checked");
    }

    private static Map<String, List<String>> shownOrders(QuizDriver quiz) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode q : quiz.questions()) {
            out.put(q.get("id").textValue(), q.has("items") ? quiz.shownOrder(q) : quiz.shownOptions(q));
        }
        return out;
    }

    private static Map<String, String> feedbackById(QuizDriver quiz) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode q : quiz.questions()) {
            out.put(q.get("id").textValue(), quiz.feedbackText(q));
        }
        return out;
    }

    private static List<String> chosen(JsonNode snapshot) {
        List<String> out = new ArrayList<>();
        snapshot.get("options").forEach(o -> {
            if (o.get("checked").booleanValue()) {
                out.add(o.get("id").textValue());
            }
        });
        return out;
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }

    private String read(String relPath) {
        try {
            return java.nio.file.Files.readString(site.file(relPath));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
