package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import io.coursegen.lms.LmsTestCourse;
import io.coursegen.lms.ScormPackage;
import io.coursegen.lms.ScormStandard;
import io.coursegen.pipeline.BuildOptions;
import io.coursegen.pipeline.BuildResult;
import io.coursegen.pipeline.SiteBuilder;
import io.coursegen.render.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SCORM packages under a real SCORM run-time: scorm-again 3.4.3 (src/test/resources/io/coursegen/lms/scorm-again)
 * in the harness page's top frame, as an LMS, and the package's launch page in a frame below it. A learner opens
 * a lesson, answers its quiz and marks two lessons read with the keyboard only (the test moves focus to a
 * control, then presses keys; nothing is clicked); the test then reads every value the run-time received, for
 * SCORM 1.2 and 2004, relaunches in a fresh browser (no local storage) from the saved data model, and finds the
 * bookmark and progress back. A learner whose progress would overflow SCORM 1.2's 4,096 characters still commits
 * valid suspend_data.
 */
@ExtendWith(SharedBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Lms_ScormAgainTest {
    /** Mastery 50%, only the basics quiz counts, half the lessons read completes. */
    private static final String SETTINGS = "lms:\n  mastery: 50\n  quizzes: [basics]\n  completed:\n    lessons: 50\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path tmp;

    private StaticServer server;
    private Chromium chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    void buildAndServe(Chromium chromium) throws IOException {
        this.chromium = chromium;
        tmp = Files.createTempDirectory("coursegen-lms-test");
        Path root = LmsTestCourse.write(tmp.resolve("course"), SETTINGS);
        Path served = Files.createDirectories(tmp.resolve("served"));
        for (ScormStandard s : ScormStandard.values()) {
            Path zip = tmp.resolve(s.format() + ".zip");
            BuildResult r = new SiteBuilder(new BuildOptions(root, zip, Optional.empty(), true, true, new ScormPackage(s)),
                    Templates.precompiled()).build();
            assertEquals(List.of(), r.diagnostics().lines());
            unzip(zip, served.resolve(s.format()));
        }
        // The same course with one SCO per module, in SCORM 2004.
        Path modules = LmsTestCourse.write(tmp.resolve("course-modules"), "lms:\n  sco: module\n  mastery: 50\n");
        Path zip = tmp.resolve("modules.zip");
        BuildResult r = new SiteBuilder(new BuildOptions(modules, zip, Optional.empty(), true, true, new ScormPackage(ScormStandard.SCORM_2004)),
                Templates.precompiled()).build();
        assertEquals(List.of(), r.diagnostics().lines());
        unzip(zip, served.resolve("modules"));
        for (String f : List.of("harness/harness.html", "harness/harness.js", "harness/harness.css", "scorm-again/scorm-again.min.js")) {
            try (InputStream in = getClass().getResourceAsStream("/io/coursegen/lms/" + f)) {
                Files.write(served.resolve(Path.of(f).getFileName().toString()), in.readAllBytes());
            }
        }
        server = StaticServer.start(served);
    }

    @AfterAll
    void stop() {
        contexts.forEach(BrowserContext::close);
        if (server != null) server.close();
        try {
            io.coursegen.write.SiteWriter.deleteTree(tmp);
        } catch (IOException e) {
            // A temporary folder left behind is the system's to clear.
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                Path dest = into.resolve(e.getName());
                Files.createDirectories(dest.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.write(dest, in.readAllBytes());
                }
            }
        }
    }

    /** One learner's launch: the harness page, its probe, and what the LMS starts the SCO with. */
    private record Launch(Page page, PageProbe probe, String std, String folder) {
        String pkg() {
            return folder;
        }

        /** The site's page in the launch page's frame, once it is {@code path} and loaded. */
        Frame site(String path) {
            String url = "/" + pkg() + "/" + path;
            try {
                page.waitForCondition(() -> page.frames().stream().anyMatch(f -> f.url().endsWith(url)),
                        new Page.WaitForConditionOptions().setTimeout(10_000));
            } catch (com.microsoft.playwright.TimeoutError e) {
                throw new AssertionError("the frame never showed " + path + "; frames: "
                        + page.frames().stream().map(Frame::url).toList() + "; calls: " + calls(), e);
            }
            Frame f = page.frames().stream().filter(x -> x.url().endsWith(url)).findFirst().orElseThrow();
            f.waitForLoadState();
            f.waitForFunction("() => document.readyState === 'complete' && window.CoursegenProgress");
            return f;
        }

        Frame launchFrame() {
            return page.frames().stream().filter(x -> x.url().contains("/lms/launch.html")).findFirst().orElseThrow();
        }

        /** Focus on the first element {@code selector} finds in {@code frame}, then {@code key}. */
        void press(Frame frame, String selector, String key) {
            frame.locator(selector).first().focus();
            page.keyboard().press(key);
        }

        /** Every call the package made: name, arguments, result, error code. */
        JsonNode calls() {
            try {
                return JSON.readTree((String) page.evaluate("() => JSON.stringify(window.harness.calls)"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The LMS closes the SCO; returns once the package has finished its session. */
        JsonNode close() {
            String finish = std.equals("1.2") ? "LMSFinish" : "Terminate";
            page.evaluate("() => window.harness.close()");
            page.waitForCondition(() -> count(calls(), finish) > 0, new Page.WaitForConditionOptions().setTimeout(10_000));
            return calls();
        }
    }

    private Launch launch(String std, Map<String, String> start, String localProgress) {
        return launch(std, std.equals("1.2") ? "scorm12" : "scorm2004", "course", start, localProgress);
    }

    private Launch launch(String std, String folder, String sco, Map<String, String> start, String localProgress) {
        BrowserContext context = chromium.newContext(1280);
        contexts.add(context);
        Page page = context.newPage();
        PageProbe probe = PageProbe.http(page, server.origin());
        try {
            page.addInitScript("window.harnessStart = " + JSON.writeValueAsString(start) + ";"
                    + (localProgress == null ? "" : "if (!localStorage.getItem('coursegen:lms-demo:v1')) {"
                    + " localStorage.setItem('coursegen:lms-demo:v1', " + JSON.writeValueAsString(localProgress) + ");"
                    + " localStorage.setItem('coursegen:lms-demo:lms-learner', 'learner-1'); }"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        page.navigate(server.url("harness.html?std=" + std + "&pkg=" + folder + "&sco=" + sco));
        return new Launch(page, probe, std, folder);
    }

    private static int count(JsonNode calls, String name) {
        int n = 0;
        for (JsonNode c : calls) if (c.get("call").asText().equals(name)) n++;
        return n;
    }

    /** The last value set for each element, and every set that the run-time refused. */
    private static Map<String, String> lastSet(JsonNode calls, String setter, List<String> refused) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode c : calls) {
            if (!c.get("call").asText().equals(setter)) continue;
            String element = c.get("args").get(0).asText();
            if (!c.get("error").asText().equals("0")) refused.add(element + " = " + c.get("args").get(1).asText() + ": error " + c.get("error").asText());
            out.put(element, c.get("args").get(1).asText());
        }
        return out;
    }

    @Test
    void scorm12() {
        learnerSessionAndRelaunch("1.2");
    }

    @Test
    void scorm2004() {
        learnerSessionAndRelaunch("2004");
    }

    private void learnerSessionAndRelaunch(String std) {
        boolean v12 = std.equals("1.2");
        String setter = v12 ? "LMSSetValue" : "SetValue";
        String learnerKey = v12 ? "cmi.core.student_id" : "cmi.learner_id";
        Launch first = launch(std, Map.of(learnerKey, "learner-1"), null);
        Frame home = first.site("index.html");
        first.press(home, "a[href='basics/start.html']", "Enter");
        Frame lesson = first.site("basics/start.html");
        first.press(lesson, "li[data-question=sure] input[value=true]", "Space");
        first.press(lesson, "li[data-question=sure] [data-cg~=check-button]", "Enter");
        first.press(lesson, "li[data-question=pick] input[value=b]", "Space");
        first.press(lesson, "li[data-question=pick] [data-cg~=check-button]", "Enter");
        first.press(lesson, "[data-cg~=lesson-read-button]", "Enter");
        first.press(lesson, "a[href='more.html']", "Enter");
        Frame more = first.site("basics/more.html");
        first.press(more, "[data-cg~=lesson-read-button]", "Enter");
        assertEquals("true", more.locator("[data-cg~=lesson-read-button]").getAttribute("aria-pressed"));
        JsonNode calls = first.close();

        assertEquals(1, count(calls, v12 ? "LMSInitialize" : "Initialize"), "initialised once");
        assertEquals(1, count(calls, v12 ? "LMSFinish" : "Terminate"), "finished once");
        assertTrue(count(calls, v12 ? "LMSCommit" : "Commit") >= 2, "committed on quiz completion and at the end: " + calls);
        List<String> refused = new ArrayList<>();
        Map<String, String> set = lastSet(calls, setter, refused);
        assertEquals(List.of(), refused, "every value the package set was accepted");
        String p = "cmi.interactions.";
        if (v12) {
            assertEquals("passed", set.get("cmi.core.lesson_status"), "half the lessons read, 50% against a mastery of 50%");
            assertEquals("50", set.get("cmi.core.score.raw"));
            assertEquals("0", set.get("cmi.core.score.min"));
            assertEquals("100", set.get("cmi.core.score.max"));
            assertEquals("basics/more.html", set.get("cmi.core.lesson_location"));
            assertEquals("suspend", set.get("cmi.core.exit"));
            assertTrue(set.get("cmi.core.session_time").matches("\\d{4}:\\d{2}:\\d{2}\\.\\d{2}"), set.get("cmi.core.session_time"));
            assertEquals("basics.sure", set.get(p + "0.id"));
            assertEquals("true-false", set.get(p + "0.type"));
            assertEquals("t", set.get(p + "0.student_response"));
            assertEquals("t", set.get(p + "0.correct_responses.0.pattern"));
            assertEquals("correct", set.get(p + "0.result"));
            assertTrue(set.get(p + "0.time").matches("\\d{2}:\\d{2}:\\d{2}"), set.get(p + "0.time"));
            assertEquals("basics.pick", set.get(p + "1.id"));
            assertEquals("choice", set.get(p + "1.type"));
            assertEquals("b", set.get(p + "1.student_response"));
            assertEquals("a", set.get(p + "1.correct_responses.0.pattern"));
            assertEquals("wrong", set.get(p + "1.result"));
            assertTrue(set.get(p + "1.latency").matches("\\d{4}:\\d{2}:\\d{2}\\.\\d{2}"), set.get(p + "1.latency"));
        } else {
            assertEquals("completed", set.get("cmi.completion_status"));
            assertEquals("passed", set.get("cmi.success_status"));
            assertEquals("0.5", set.get("cmi.progress_measure"), "2 of 4 lessons read");
            assertEquals("50", set.get("cmi.score.raw"));
            assertEquals("0.5", set.get("cmi.score.scaled"));
            assertEquals("basics/more.html", set.get("cmi.location"));
            assertEquals("suspend", set.get("cmi.exit"));
            assertTrue(set.get("cmi.session_time").matches("PT(\\d+H)?(\\d+M)?\\d+(\\.\\d{1,2})?S"), set.get("cmi.session_time"));
            assertEquals("urn:coursegen:lms-demo:basics:sure", set.get(p + "0.id"));
            assertEquals("true-false", set.get(p + "0.type"));
            assertEquals("true", set.get(p + "0.learner_response"));
            assertEquals("correct", set.get(p + "0.result"));
            assertEquals("choice", set.get(p + "1.type"));
            assertEquals("b", set.get(p + "1.learner_response"));
            assertEquals("a", set.get(p + "1.correct_responses.0.pattern"));
            assertEquals("incorrect", set.get(p + "1.result"));
            assertTrue(set.get(p + "1.latency").matches("PT(\\d+M)?\\d+(\\.\\d{1,2})?S"), set.get(p + "1.latency"));
            assertTrue(set.get(p + "1.timestamp").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"), set.get(p + "1.timestamp"));
        }
        assertTrue(!set.containsKey(p + "2.id"), "one entry per answered question");
        String suspend = set.get("cmi.suspend_data");
        assertTrue(suspend.startsWith("cg1:") && suspend.length() <= (v12 ? 4096 : 64000), suspend);
        first.probe().assertClean("the first launch under scorm-again " + std);

        // Relaunch in a fresh browser: only what the LMS kept comes back.
        Map<String, String> saved = new LinkedHashMap<>();
        saved.put(learnerKey, "learner-1");
        saved.put("cmi.suspend_data", suspend);
        saved.put(v12 ? "cmi.core.lesson_location" : "cmi.location", set.get(v12 ? "cmi.core.lesson_location" : "cmi.location"));
        Launch again = launch(std, saved, null);
        Frame resumed = again.site("basics/more.html");
        assertEquals(true, resumed.evaluate("() => CoursegenProgress.lessonRead('basics/start') && CoursegenProgress.lessonRead('basics/more')"));
        assertEquals(false, resumed.evaluate("() => CoursegenProgress.lessonRead('next/then')"));
        assertEquals(0.5, ((Number) resumed.evaluate("() => CoursegenProgress.quizBest('basics')")).doubleValue());
        assertEquals(1, ((Number) resumed.evaluate("() => CoursegenProgress.quizAttempts('basics')")).intValue());
        assertEquals("true", resumed.locator("[data-cg~=lesson-read-button]").getAttribute("aria-pressed"), "shown as read");
        Map<String, String> reported = lastSet(again.close(), setter, refused);
        assertEquals(List.of(), refused);
        assertEquals("50", reported.get(v12 ? "cmi.core.score.raw" : "cmi.score.raw"), "the restored progress is reported again");
        again.probe().assertClean("the relaunch under scorm-again " + std);
    }

    @Test
    void aModuleScoReportsItsOwnLessonsAndQuizzes() {
        // The learner has read the whole course elsewhere and scored 50% on the next module's quiz: the basics
        // SCO reports only its two lessons and its own quiz, which is not taken yet.
        String local = "{\"version\":1,\"seed\":\"s\",\"quizzes\":{\"final\":{\"responses\":{},\"checked\":[],\"best\":0.5,\"attempts\":1}},"
                + "\"lessons\":{\"basics/start\":true,\"next/then\":true,\"next/last\":true},\"exercises\":{},\"widgets\":{}}";
        Launch basics = launch("2004", "modules", "module-basics", Map.of("cmi.learner_id", "learner-1"), local);
        basics.site("basics/index.html");
        List<String> refused = new ArrayList<>();
        Map<String, String> set = lastSet(basics.close(), "SetValue", refused);
        assertEquals(List.of(), refused);
        assertEquals("0.5", set.get("cmi.progress_measure"), "one of the module's two lessons");
        assertEquals("incomplete", set.get("cmi.completion_status"));
        assertEquals("unknown", set.get("cmi.success_status"), "its quiz is not taken; the other module's does not count");
        assertTrue(!set.containsKey("cmi.score.raw"), "no score yet: " + set);
        assertEquals("basics/index.html", set.get("cmi.location"), "a module's SCO opens on its module page");
        Launch next = launch("2004", "modules", "module-next", Map.of("cmi.learner_id", "learner-1"), local);
        next.site("next/index.html");
        Map<String, String> nextSet = lastSet(next.close(), "SetValue", refused);
        assertEquals(List.of(), refused);
        assertEquals("completed", nextSet.get("cmi.completion_status"), "both of its lessons read");
        assertEquals("passed", nextSet.get("cmi.success_status"), "50% against a mastery of 50%");
        assertEquals("0.5", nextSet.get("cmi.score.scaled"));
        basics.probe().assertClean("the basics module's SCO");
        next.probe().assertClean("the next module's SCO");
    }

    @Test
    void aModuleScoKeepsItsProgressAndBookmarkAcrossARelaunch() {
        // One SCO per module: the learner opens the basics module's SCO, goes to its first lesson, answers its quiz
        // and marks the lesson read, keyboard only; the LMS closes it. Relaunched in a fresh browser (nothing in
        // local storage) from what the LMS kept, the SCO opens that lesson again with the progress back.
        Launch first = launch("2004", "modules", "module-basics", Map.of("cmi.learner_id", "learner-2"), null);
        Frame module = first.site("basics/index.html");
        first.press(module, "main a[href='start.html']", "Enter");
        Frame lesson = first.site("basics/start.html");
        first.press(lesson, "li[data-question=sure] input[value=true]", "Space");
        first.press(lesson, "li[data-question=sure] [data-cg~=check-button]", "Enter");
        first.press(lesson, "li[data-question=pick] input[value=b]", "Space");
        first.press(lesson, "li[data-question=pick] [data-cg~=check-button]", "Enter");
        first.press(lesson, "[data-cg~=lesson-read-button]", "Enter");
        assertEquals("true", lesson.locator("[data-cg~=lesson-read-button]").getAttribute("aria-pressed"));
        List<String> refused = new ArrayList<>();
        Map<String, String> set = lastSet(first.close(), "SetValue", refused);
        assertEquals(List.of(), refused);
        assertEquals("basics/start.html", set.get("cmi.location"));
        assertEquals("0.5", set.get("cmi.progress_measure"), "one of the module's two lessons");
        assertEquals("incomplete", set.get("cmi.completion_status"), "sco: module without a share asks for all its lessons");
        assertEquals("0.5", set.get("cmi.score.scaled"), "its own quiz, one of two right");
        assertEquals("passed", set.get("cmi.success_status"));
        String suspend = set.get("cmi.suspend_data");
        assertTrue(suspend.startsWith("cg1:"), suspend);
        first.probe().assertClean("the basics module's SCO, first launch");

        Launch again = launch("2004", "modules", "module-basics",
                Map.of("cmi.learner_id", "learner-2", "cmi.suspend_data", suspend, "cmi.location", set.get("cmi.location")), null);
        Frame resumed = again.site("basics/start.html");
        assertEquals(true, resumed.evaluate("() => CoursegenProgress.lessonRead('basics/start')"));
        assertEquals(false, resumed.evaluate("() => CoursegenProgress.lessonRead('basics/more')"));
        assertEquals(0.5, ((Number) resumed.evaluate("() => CoursegenProgress.quizBest('basics')")).doubleValue());
        assertEquals(1, ((Number) resumed.evaluate("() => CoursegenProgress.quizAttempts('basics')")).intValue());
        assertEquals("true", resumed.locator("[data-cg~=lesson-read-button]").getAttribute("aria-pressed"), "shown as read");
        Map<String, String> reported = lastSet(again.close(), "SetValue", refused);
        assertEquals(List.of(), refused);
        assertEquals("0.5", reported.get("cmi.progress_measure"), "the restored progress is reported again");
        assertEquals("0.5", reported.get("cmi.score.scaled"));
        assertEquals("basics/start.html", reported.get("cmi.location"));
        again.probe().assertClean("the basics module's SCO, relaunched");
    }

    @Test
    void progressPastWhatScorm12HoldsStillCommitsValidSuspendData() throws IOException {
        // Forty exercise answers of 2,000 characters of random letters: far more than 4,096 characters even compressed.
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("version", 1);
        progress.put("seed", "5eed5eed");
        progress.put("quizzes", Map.of("basics", Map.of("responses", Map.of(), "checked", List.of(), "best", 0.5, "attempts", 3)));
        progress.put("lessons", Map.of("basics/start", true, "basics/more", true, "next/then", true, "next/last", true));
        Map<String, Object> exercises = new LinkedHashMap<>();
        Random random = new Random(17);
        for (int i = 0; i < 40; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 2000; k++) text.append((char) ('a' + random.nextInt(26)));
            exercises.put("scenario-" + i, Map.of("choice", "rag", "text", text.toString(), "submitted", Map.of("choice", "rag", "text", text.toString()),
                    "history", List.of(Map.of("choice", "rag", "text", text.toString(), "at", "2026-01-0" + (i % 9 + 1) + "T10:00:00.000Z", "hints", 0))));
        }
        progress.put("exercises", exercises);
        progress.put("widgets", Map.of());
        String local = JSON.writeValueAsString(progress);
        assertTrue(local.length() > 200_000);
        Launch l = launch("1.2", Map.of("cmi.core.student_id", "learner-1"), local);
        l.site("index.html");
        JsonNode calls = l.close();
        List<String> refused = new ArrayList<>();
        List<String> suspends = new ArrayList<>();
        for (JsonNode c : calls) {
            if (c.get("call").asText().equals("LMSSetValue") && c.get("args").get(0).asText().equals("cmi.suspend_data")) {
                suspends.add(c.get("args").get(1).asText());
                if (!c.get("error").asText().equals("0")) refused.add("error " + c.get("error").asText());
            }
        }
        assertEquals(List.of(), refused);
        assertTrue(!suspends.isEmpty());
        for (String s : suspends) assertTrue(s.length() <= 4096 && s.length() > 100, "suspend_data of " + s.length() + " characters");
        String last = suspends.get(suspends.size() - 1);
        // The package's own reader, in the harness page now that the launch page is gone.
        l.page().addScriptTag(new Page.AddScriptTagOptions().setUrl(server.url("scorm12/lms/lms-logic.js")));
        JsonNode restored = JSON.readTree((String) l.page().evaluate("s => JSON.stringify(CoursegenLmsLogic.readSuspend(s,"
                + " ['basics/start', 'basics/more', 'next/then', 'next/last']))", last));
        assertEquals(4, restored.get("lessons").size(), "lessons read are never dropped: " + restored.get("lessons"));
        assertEquals(0.5, restored.at("/quizzes/basics/best").asDouble());
        assertEquals(3, restored.at("/quizzes/basics/attempts").asInt());
        int kept = restored.get("exercises").size();
        assertTrue(kept < 40, "some exercise work had to go: " + kept + " kept");
        l.probe().assertClean("an overflowing progress under scorm-again 1.2");
    }
}
