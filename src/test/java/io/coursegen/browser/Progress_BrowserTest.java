package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.coursegen.cli.Main;
import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The learner's progress across the site (progress.js and progress-ui.js): lessons marked read with
 * marks in the sidebar, quiz best scores and exercises done on the "My progress" page, reset; and
 * every storage case of issue 9 part 6: a corrupt, old-version or huge value is reset with a notice,
 * storage that throws leaves every widget working in memory with a notice, two courses on one origin
 * keep apart, and stored learner text renders as text.
 */
class Progress_BrowserTest extends BrowserTestSupport {
    private static final String RESET_NOTICE = "Your saved progress for this course could not be read";
    private static final String HUGE_NOTICE = "Your saved progress for this course had grown too large to keep";
    private static final String MEMORY_NOTICE = "This browser is not letting the course save progress";

    /** The first module with at least two lessons (a start module may have one). */
    private String module() {
        return site.modules().stream().filter(m -> site.lessonsOf(m).size() >= 2).findFirst().orElseThrow();
    }

    private String lesson(int i) {
        return site.lessonsOf(module()).get(i);
    }

    @Test
    void progressPageReflectsLessonsQuizzesAndExercises() {
        ProbedPage opened = open(lesson(0), WIDE);
        Page page = opened.page();
        int lessons = site.lessonsOf(module()).size();
        String firstKey = null;
        for (int i = 0; i < 2; i++) {
            page.navigate(server.url(lesson(i)));
            page.locator(".lesson-read-button").click();
            assertEquals("true", page.locator(".lesson-read-button").getAttribute("aria-pressed"));
            assertEquals("Marked as read.", page.locator(".lesson-read-status").textContent());
            String key = page.locator(".lesson-read").getAttribute("data-lesson");
            if (firstKey == null) firstKey = key;
            assertEquals("✓ (read)", ExerciseDriver.squash(page.locator("#site-nav li[data-lesson='" + key + "'] .nav-mark").textContent()),
                    "a check mark and words, not colour alone");
        }
        page.reload();
        assertEquals("true", page.locator(".lesson-read-button").getAttribute("aria-pressed"), "kept across a reload");
        assertEquals("2/" + lessons + " (2 of " + lessons + " lessons read)",
                ExerciseDriver.squash(page.locator("#site-nav li.open > a .nav-mark").textContent()), "the module shows its count");

        // A quiz taken to the end.
        page.navigate(server.url(site.path(PageKind.QUIZ)));
        QuizDriver quiz = QuizDriver.first(page).fast();
        Map<String, ObjectNode> plan = quiz.plan();
        for (JsonNode q : quiz.questions()) {
            quiz.answer(q, plan.get(q.get("id").textValue()));
            quiz.check(q);
        }
        double best = quiz.stored().get("best").doubleValue();

        // One exercise scenario done, one only submitted.
        page.navigate(server.url(Exercise_BrowserTest.SOURCE_003));
        ExerciseDriver ex = new ExerciseDriver(page);
        String firstScenario = ExerciseDriver.id(ex.scenarios().get(0));
        ex.complete(ex.scenarios().get(0), "Style, not facts.");
        JsonNode second = ex.scenarios().get(1);
        ex.pick(second, "rag");
        ex.write(second, "Fresh facts.");
        ex.submit(second);

        page.navigate(server.url("progress.html"));
        String moduleRow = ".progress-modules .progress-row[data-module='" + firstKey.substring(0, firstKey.indexOf('/')) + "']";
        assertEquals("2 of " + lessons + " lessons read", ExerciseDriver.squash(page.locator(moduleRow + " .progress-figure").first().textContent()));
        assertEquals(2.0, ((Number) page.locator(moduleRow + " progress").first().evaluate("p => p.value")).doubleValue());
        String quizLine = ExerciseDriver.squash(page.locator(".progress-modules li[data-quiz='" + quiz.id() + "']").first().textContent());
        assertTrue(quizLine.endsWith("best score " + QuizDriver.percent(best) + "% (1 attempt)"), quizLine);
        String setRow = ".progress-sets .progress-row[data-scenarios~='" + firstScenario + "']";
        assertEquals("1 of 3 scenarios done", ExerciseDriver.squash(page.locator(setRow + " .progress-figure").textContent()),
                "done means submitted and self-checked");
        assertEquals(1.0, ((Number) page.locator(setRow + " progress").evaluate("p => p.value")).doubleValue());
        assertTrue(page.locator(".progress-nojs").isHidden());
        Axe.assertNoViolations(page, "progress page with progress");
        screenshot(page, "progress-filled-" + WIDE);

        page.navigate(server.url("exercises/index.html"));
        assertTrue(ExerciseDriver.squash(page.locator(".exercise-list li[data-scenarios~='legal-drafting-voice']").textContent()).contains("3 scenarios · 1 done"));

        page.navigate(server.url("progress.html"));
        page.locator(".reset-progress").click();
        assertEquals(true, page.evaluate("() => document.activeElement.classList.contains('reset-no')"), "the safe answer has focus");
        page.locator(".reset-no").click();
        assertEquals("2 of " + lessons + " lessons read", ExerciseDriver.squash(page.locator(moduleRow + " .progress-figure").first().textContent()));
        page.locator(".reset-progress").click();
        page.locator(".reset-yes").click();
        assertEquals("0 of " + lessons + " lessons read", ExerciseDriver.squash(page.locator(moduleRow + " .progress-figure").first().textContent()));
        assertEquals("not taken yet", page.locator(".progress-modules li[data-quiz='" + quiz.id() + "'] .progress-quiz-best").first().textContent());
        assertEquals("0 of 3 scenarios done", ExerciseDriver.squash(page.locator(setRow + " .progress-figure").textContent()));
        assertEquals(0, page.locator("#site-nav .nav-mark").count(), "no marks left in the sidebar");
        page.reload();
        assertEquals("0 of " + lessons + " lessons read", ExerciseDriver.squash(page.locator(moduleRow + " .progress-figure").first().textContent()), "reset is stored");
        opened.probe().assertClean("progress page");
    }

    /**
     * The attempt log keeps the last {@code logMax} checks, oldest dropped first, tidies what it is
     * given, survives a reload, drops a damaged log silently and takes entries from two tabs.
     */
    @Test
    void theAttemptLogIsBoundedTidiedAndMergedAcrossTabs() {
        ProbedPage opened = open(lesson(0), NARROW);
        Page page = opened.page();
        JsonNode r = ExerciseDriver.parse((String) page.evaluate("() => { const P = CoursegenProgress; const out = {};"
                + " out.bad = [P.logAttempt({quiz: 'q', question: 'a', attempt: 0, score: 1}), P.logAttempt({quiz: 'q', question: 'a', attempt: 1, score: 1.5}),"
                + "   P.logAttempt({question: 'a', attempt: 1, score: 1})];"
                + " for (let i = 0; i < P.logMax + 5; i++) P.logAttempt({quiz: 'q', question: 'n' + i, version: 'v', attempt: 1 + (i % 3),"
                + "   response: {choices: ['a']}, score: i % 2, ms: 1200.7, misconceptions: ['m', 7], extra: 'dropped'});"
                + " P.logAttempt({quiz: 'q', question: 'long', attempt: 1, response: {text: 'x'.repeat(3000)}, score: 0});"
                + " const log = P.attemptLog(); out.length = log.length; out.first = log[0]; out.last = log[log.length - 1];"
                + " out.stored = JSON.parse(localStorage.getItem(P.key)).log.length; return JSON.stringify(out); }"));
        assertEquals("[false,false,false]", r.get("bad").toString(), "entries of the wrong shape are refused");
        int max = ((Number) page.evaluate("() => CoursegenProgress.logMax")).intValue();
        assertEquals(max, r.get("length").intValue());
        assertEquals(max, r.get("stored").intValue());
        JsonNode first = r.get("first");
        assertEquals("n6", first.get("question").textValue(), "the oldest are dropped first: " + first);
        assertEquals("{\"choices\":[\"a\"]}", first.get("response").toString());
        assertEquals(1200, first.get("ms").intValue());
        assertEquals("[\"m\"]", first.get("misconceptions").toString());
        assertTrue(first.get("at").textValue().matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), first.toString());
        assertTrue(!first.has("extra"), first.toString());
        assertTrue(r.get("last").get("response").isNull(), "a response too long to log is kept as null: " + r.get("last"));

        // A damaged log is dropped without a notice; another tab's entries are kept beside this one's.
        page.evaluate("() => { const v = JSON.parse(localStorage.getItem(CoursegenProgress.key)); v.log = 'damaged';"
                + " localStorage.setItem(CoursegenProgress.key, JSON.stringify(v)); }");
        page.reload();
        assertEquals(0, page.locator(".progress-notice p").count(), "a damaged log is tidied, not reported");
        assertEquals(0, ((Number) page.evaluate("() => CoursegenProgress.attemptLog().length")).intValue());
        Page other = page.context().newPage();
        other.navigate(server.url(lesson(0)));
        other.evaluate("() => CoursegenProgress.logAttempt({quiz: 'q', question: 'from-the-other-tab', attempt: 1, score: 1})");
        page.evaluate("() => CoursegenProgress.logAttempt({quiz: 'q', question: 'from-this-tab', attempt: 1, score: 0})");
        JsonNode stored = ExerciseDriver.parse((String) page.evaluate("() => localStorage.getItem(CoursegenProgress.key)"));
        assertEquals("from-the-other-tab,from-this-tab", java.util.stream.StreamSupport.stream(stored.get("log").spliterator(), false)
                .map(e -> e.get("question").textValue()).collect(java.util.stream.Collectors.joining(",")));
        other.close();
        opened.probe().assertClean("attempt log");
    }

    @Test
    void corruptOldOrHugeValuesAreResetWithANoticeAndNeverBreakAPage() {
        ProbedPage opened = open(Exercise_BrowserTest.SOURCE_003, NARROW);
        Page page = opened.page();
        String key = ExerciseDriver.key(page);
        String huge = "{\"version\":1,\"seed\":\"abc\",\"quizzes\":{},\"pad\":\"" + "x".repeat(1_000_001) + "\"}";
        Map<String, String> cases = Map.of(
                "not JSON", "{not json",
                "an old schema", "{\"version\":0,\"seed\":\"abc\",\"quizzes\":{}}",
                "a newer schema", "{\"version\":2,\"seed\":\"abc\",\"quizzes\":{},\"lessons\":{},\"exercises\":{}}",
                "exercises of the wrong type", "{\"version\":1,\"seed\":\"abc\",\"quizzes\":{},\"exercises\":[1]}",
                "a huge value", huge);
        for (Map.Entry<String, String> c : cases.entrySet()) {
            for (String url : List.of(Exercise_BrowserTest.SOURCE_003, lesson(0), "progress.html")) {
                page.evaluate("([k, v]) => localStorage.setItem(k, v)", List.of(key, c.getValue()));
                page.navigate(server.url(url));
                String notice = ExerciseDriver.squash(page.locator(".progress-notice").textContent());
                assertTrue(notice.startsWith(c.getKey().equals("a huge value") ? HUGE_NOTICE : RESET_NOTICE), c.getKey() + " on " + url + ": " + notice);
                assertTrue(page.locator(".progress-notice").isVisible(), c.getKey() + ": the notice shows");
                assertEquals(1, page.locator(".progress-notice p").count(), "one notice");
                if (url.equals(lesson(0))) {
                    page.locator(".lesson-read-button").click();
                    assertTrue(page.locator("#site-nav .nav-mark").count() > 0, c.getKey() + ": marking as read works after a reset");
                } else if (url.equals(Exercise_BrowserTest.SOURCE_003)) {
                    ExerciseDriver ex = new ExerciseDriver(page);
                    ex.complete(ex.scenarios().get(1), "Works after " + c.getKey());
                    assertTrue(ex.verdict(ex.scenarios().get(1)).contains("accepted answer"), c.getKey());
                    JsonNode stored = ex.storedAll();
                    assertEquals(1, stored.get("version").intValue(), "a fresh value is written");
                    assertTrue(stored.toString().length() < 100_000, "the huge value is gone");
                } else {
                    assertEquals("0", page.locator(".progress-read").first().textContent(), "the progress page shows a fresh start");
                }
            }
        }
        page.navigate(server.url(Exercise_BrowserTest.SOURCE_003));
        assertEquals(0, page.locator(".progress-notice p").count(), "no notice once the value is good again");
        opened.probe().assertClean("storage resets");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"setItem throws QuotaExceededError", "localStorage throws SecurityError"})
    void storageThatThrowsLeavesEveryWidgetWorkingInMemory(String how) {
        String script = how.startsWith("setItem")
                ? "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };"
                : "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });";
        BrowserContext context = chromium.newContext(WIDE);
        try {
            context.addInitScript(script);
            Page page = context.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            page.navigate(server.url(Exercise_BrowserTest.SOURCE_003));
            ExerciseDriver ex = new ExerciseDriver(page);
            JsonNode s = ex.scenarios().get(0);
            ex.pick(s, "prompting");
            ex.write(s, "typed while storage fails");
            String notice = ExerciseDriver.squash(page.locator(".progress-notice").textContent());
            assertTrue(notice.startsWith(MEMORY_NOTICE), how + ": " + notice);
            ex.submit(s);
            assertTrue(ex.verdict(s).contains("accepted answer"), how + ": submitting works in memory");
            ex.tick(s, ExerciseDriver.strings(s.get("rubric")).get(0));
            ex.doneTicking(s);
            assertTrue(ex.modelShown(s), how + ": the whole flow works in memory");
            assertEquals(1, page.locator(".progress-notice p").count(), "the notice shows once");

            page.navigate(server.url(lesson(0)));
            assertTrue(ExerciseDriver.squash(page.locator(".progress-notice").textContent()).startsWith(MEMORY_NOTICE));
            page.locator(".lesson-read-button").click();
            assertEquals("true", page.locator(".lesson-read-button").getAttribute("aria-pressed"), how + ": mark as read works in memory");
            assertTrue(page.locator("#site-nav .nav-mark").count() > 0);

            page.navigate(server.url("progress.html"));
            assertTrue(page.locator(".progress-tools").isVisible(), how + ": the tools still show");
            ExerciseDriver.export(page, ".export-json", "In Memory");
            probe.assertClean(how);
        } finally {
            context.close();
        }
    }

    @Test
    void storedLearnerTextRendersAsText() {
        ProbedPage opened = open(Exercise_BrowserTest.SOURCE_003, WIDE);
        Page page = opened.page();
        String hostile = "<img src=x onerror=\"window.__xss=1\"></textarea><svg onload=\"window.__xss=2\">";
        String value = "{\"version\":1,\"seed\":\"s\",\"quizzes\":{},\"lessons\":{\"<img src=x onerror=window.__xss=3>\":true},"
                + "\"exercises\":{\"legal-drafting-voice\":{\"choice\":\"<b>\",\"text\":" + quote(hostile) + ",\"submitted\":{\"choice\":"
                + quote("<img src=x onerror=\"window.__xss=4\">") + ",\"text\":" + quote(hostile) + "},\"ticked\":[\"<i>\"],"
                + "\"selfChecked\":true,\"hints\":\"many\",\"submissions\":-5}}}";
        page.evaluate("([k, v]) => localStorage.setItem(k, v)", List.of(ExerciseDriver.key(page), value));
        page.reload();
        ExerciseDriver ex = new ExerciseDriver(page);
        JsonNode s = ex.scenarios().get(0);
        assertEquals(hostile, ex.text(s), "the stored text is shown as text");
        assertTrue(ex.verdict(s).contains("<img src=x onerror=\"window.__xss=4\">"), "an unknown stored choice is named as text: " + ex.verdict(s));
        for (String url : List.of("progress.html", lesson(0))) {
            page.navigate(server.url(url));
        }
        page.navigate(server.url(Exercise_BrowserTest.SOURCE_003));
        assertNull(page.evaluate("() => window.__xss === undefined ? null : window.__xss"), "no injected script ran");
        assertEquals(0, page.locator("main img, main svg[onload]").count());
        assertEquals(0, page.locator(".progress-notice p").count(), "odd details are tidied without a notice");
        opened.probe().assertClean("stored hostile text");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void twoCoursesOnOneOriginKeepApart(@TempDir Path project) throws IOException {
        // A second course, differing only in its id and title, built into a folder of the same served site.
        copy(Path.of("content"), project.resolve("content"));
        copy(Path.of("quizzes"), project.resolve("quizzes"));
        Path courseYaml = project.resolve("content/course.yaml");
        Files.writeString(courseYaml, Files.readString(courseYaml).replaceFirst("(?m)^title: .*$", "title: Another course")
                .replaceFirst("(?m)^id: .*$", "id: another-course"));
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", site.root().resolve("second").toString()));

        ProbedPage opened = open(Exercise_BrowserTest.SOURCE_003, WIDE);
        Page page = opened.page();
        ExerciseDriver first = new ExerciseDriver(page);
        first.complete(first.scenarios().get(0), "First course answer.");
        String firstKey = ExerciseDriver.key(page);

        page.navigate(server.url("second/" + Exercise_BrowserTest.SOURCE_003));
        ExerciseDriver second = new ExerciseDriver(page);
        String secondKey = ExerciseDriver.key(page);
        assertNotEquals(firstKey, secondKey, "each course has its own key");
        assertEquals("", second.text(second.scenarios().get(0)), "nothing of the first course shows in the second");
        assertEquals("", second.verdict(second.scenarios().get(0)));
        second.pick(second.scenarios().get(0), "rag");
        second.write(second.scenarios().get(0), "Second course draft.");

        page.navigate(server.url(Exercise_BrowserTest.SOURCE_003));
        assertEquals("First course answer.", new ExerciseDriver(page).text(first.scenarios().get(0)), "the first course is untouched");
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('coursegen:')).sort()");
        assertEquals(List.of(secondKey, firstKey).stream().sorted().toList(), keys);
        assertFalse(((String) page.evaluate("k => localStorage.getItem(k)", secondKey)).contains("First course answer."));
        opened.probe().assertClean("two courses on one origin");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else CourseFiles.writeBytes(target.getParent(), target.getFileName().toString(), Files.readAllBytes(p));
            }
        }
    }
}
