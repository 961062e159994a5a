package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import io.coursegen.lms.Cmi5Package;
import io.coursegen.lms.LmsTestCourse;
import io.coursegen.pipeline.BuildOptions;
import io.coursegen.pipeline.BuildResult;
import io.coursegen.pipeline.SiteBuilder;
import io.coursegen.render.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cmi5 package launched as an LMS launches it: the package served by {@link StaticServer}, a {@link LoopbackLrs} on
 * another origin as the LMS's LRS (the fetch URL, the LMS.LaunchData state document it wrote before the launch, and
 * /statements). A learner reads two lessons and answers the counted quiz with the keyboard in the frame, the LMS
 * closes the AU, and the test checks every statement the LRS took against the cmi5 rules: order (initialized first,
 * terminated last, by timestamp), each cmi5 defined verb once, the context template kept (publisher id, session id),
 * registration, the cmi5 and moveon categories where they belong, results (completion, success, scaled and raw score,
 * durations), the mastery score, the answered questions as cmi5 allowed statements with their interaction
 * definitions, the auth token fetched once and sent on every request. In Browse mode the AU sends only initialized and
 * terminated, whatever the learner's progress; without launch parameters the launch page is the site.
 */
@ExtendWith(SharedBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Cmi5_LaunchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SETTINGS = "lms:\n  mastery: 50\n  quizzes: [basics]\n  completed:\n    lessons: 50\n";
    private static final String ACTOR = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lms.example.org\",\"name\":\"learner-7\"}}";
    private static final String ACTIVITY = "https://lms.example.org/activities/au-1";
    private static final String PUBLISHER = "urn:coursegen:lms-demo/course";
    private static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    private static final String MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    private static final String SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";

    private Path tmp;
    private StaticServer server;
    private LoopbackLrs lrs;
    private Chromium chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    void buildAndServe(Chromium chromium) throws IOException {
        this.chromium = chromium;
        tmp = Files.createTempDirectory("coursegen-cmi5-test");
        Path root = LmsTestCourse.write(tmp.resolve("course"), SETTINGS);
        Path zip = tmp.resolve("cmi5.zip");
        BuildResult r = new SiteBuilder(new BuildOptions(root, zip, Optional.empty(), true, true, new Cmi5Package()), Templates.precompiled()).build();
        assertEquals(List.of(), r.diagnostics().lines());
        Path served = Files.createDirectories(tmp.resolve("served"));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                Path dest = served.resolve("cmi5").resolve(e.getName());
                Files.createDirectories(dest.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.write(dest, in.readAllBytes());
                }
            }
        }
        new NuHtml().assertValid(List.of(served.resolve("cmi5/lms/cmi5.html")));
        server = StaticServer.start(served);
        lrs = LoopbackLrs.start();
    }

    @AfterAll
    void stop() {
        contexts.forEach(BrowserContext::close);
        if (server != null) server.close();
        if (lrs != null) lrs.close();
        try {
            io.coursegen.write.SiteWriter.deleteTree(tmp);
        } catch (IOException e) {
            // A temporary folder left behind is the system's to clear.
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The LMS's side of a launch: LMS.LaunchData written, a one-time fetch URL, the launch URL. */
    /** Launches so far per registration: the n-th launch's session id is {@code session-REGISTRATION-n}. */
    private final java.util.Map<String, Integer> launches = new java.util.HashMap<>();

    private String prepare(String registration, String launchMode) {
        return prepare(registration, launchMode, null);
    }

    private String prepare(String registration, String launchMode, String returnUrl) {
        String session = "session-" + registration + "-" + launches.merge(registration, 1, Integer::sum);
        String launchData = "{\"contextTemplate\": {\"contextActivities\": {\"grouping\": [{\"objectType\": \"Activity\", \"id\": \"" + PUBLISHER + "\"}]},"
                + " \"extensions\": {\"" + SESSION + "\": \"" + session + "\"}},"
                + " \"launchMode\": \"" + launchMode + "\", \"moveOn\": \"CompletedAndPassed\", \"masteryScore\": 0.5, \"launchMethod\": \"AnyWindow\""
                + (returnUrl == null ? "" : ", \"returnURL\": \"" + returnUrl + "\"") + "}";
        lrs.putState("LMS.LaunchData", ACTIVITY, ACTOR, registration, launchData);
        String fetch = lrs.fetchUrl("k-" + session, "dG9rZW4tMQ==");
        return server.url("cmi5/lms/cmi5.html") + "?au=course&endpoint=" + enc(lrs.endpoint()) + "&fetch=" + enc(fetch)
                + "&actor=" + enc(ACTOR) + "&registration=" + registration + "&activityId=" + enc(ACTIVITY);
    }

    private Page open(String url, String localProgress) {
        BrowserContext context = chromium.newContext(1280);
        contexts.add(context);
        Page page = context.newPage();
        if (localProgress != null) {
            page.addInitScript("if (!localStorage.getItem('coursegen:lms-demo:v1')) { localStorage.setItem('coursegen:lms-demo:v1', "
                    + JSON.valueToTree(localProgress) + "); localStorage.setItem('coursegen:lms-demo:lms-learner', " + JSON.valueToTree(ACTOR) + "); }");
        }
        page.navigate(url);
        return page;
    }

    private static Frame site(Page page, String path) {
        String url = "/cmi5/" + path;
        page.waitForCondition(() -> page.frames().stream().anyMatch(f -> f.url().endsWith(url)), new Page.WaitForConditionOptions().setTimeout(10_000));
        Frame f = page.frames().stream().filter(x -> x.url().endsWith(url)).findFirst().orElseThrow();
        f.waitForLoadState();
        f.waitForFunction("() => document.readyState === 'complete' && window.CoursegenProgress");
        return f;
    }

    private static void press(Page page, Frame frame, String selector, String key) {
        frame.locator(selector).first().focus();
        page.keyboard().press(key);
    }

    /** The statements of one registration, in timestamp order (ties kept in arrival order). */
    private List<JsonNode> statements(String registration) {
        List<JsonNode> out = new ArrayList<>(lrs.statements().stream().filter(s -> s.at("/context/registration").asText().equals(registration)).toList());
        out.sort(Comparator.comparing(s -> s.path("timestamp").asText()));
        return out;
    }

    private static String verb(JsonNode s) {
        return s.at("/verb/id").asText().replace("http://adlnet.gov/expapi/verbs/", "");
    }

    private static boolean inCategory(JsonNode s, String id) {
        for (JsonNode a : s.at("/context/contextActivities/category")) if (a.path("id").asText().equals(id)) return true;
        return false;
    }

    private void closeAndWait(Page page, String registration) {
        closeAndWait(page, registration, null);
    }

    /** The LMS closes the AU; returns once the session's (any session's, for null) terminated statement is in. */
    private void closeAndWait(Page page, String registration, String session) {
        page.navigate("about:blank");
        page.waitForCondition(() -> statements(registration).stream().anyMatch(s -> verb(s).equals("terminated")
                && (session == null || s.at("/context/extensions").path(SESSION).asText().equals(session))),
                new Page.WaitForConditionOptions().setTimeout(10_000));
    }

    @Test
    void aLearnerSessionReportsByTheCmi5Rules() {
        String reg = "6f1c2a7e-0d4b-4c5e-9a1b-2c3d4e5f6a70";
        Page page = open(prepare(reg, "Normal"), null);
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.onConsoleMessage(m -> {
            // A first launch asks for the AU's own state document, which is not there yet: xAPI's answer is a 404,
            // which Chromium logs.
            boolean noState = m.text().contains("404") && m.location().contains("/xapi/activities/state");
            if (m.type().equals("error") && !noState) errors.add(m.text() + " at " + m.location());
        });
        Frame home = site(page, "index.html");
        press(page, home, "a[href='basics/start.html']", "Enter");
        Frame lesson = site(page, "basics/start.html");
        press(page, lesson, "li[data-question=sure] input[value=true]", "Space");
        press(page, lesson, "li[data-question=sure] [data-cg~=check-button]", "Enter");
        press(page, lesson, "li[data-question=pick] input[value=a]", "Space");
        press(page, lesson, "li[data-question=pick] [data-cg~=check-button]", "Enter");
        press(page, lesson, "[data-cg~=lesson-read-button]", "Enter");
        press(page, lesson, "a[href='more.html']", "Enter");
        Frame more = site(page, "basics/more.html");
        press(page, more, "[data-cg~=lesson-read-button]", "Enter");
        try {
            page.waitForCondition(() -> statements(reg).stream().anyMatch(s -> verb(s).equals("completed")), new Page.WaitForConditionOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("no completed statement; the LRS has " + statements(reg).stream().map(Cmi5_LaunchTest::verb).toList()
                    + ", requests " + lrs.requests().stream().map(q -> q.method() + " " + q.path() + " " + q.query()).toList(), e);
        }
        closeAndWait(page, reg);

        List<JsonNode> all = statements(reg);
        assertTrue(all.stream().allMatch(x -> x.at("/context/extensions").path(SESSION).asText().equals("session-" + reg + "-1")));
        List<String> verbs = all.stream().map(Cmi5_LaunchTest::verb).toList();
        assertEquals("initialized", verbs.get(0), "initialized first: " + verbs);
        assertEquals("terminated", verbs.get(verbs.size() - 1), "terminated last: " + verbs);
        List<JsonNode> defined = all.stream().filter(s -> inCategory(s, CMI5)).toList();
        assertEquals(List.of("initialized", "passed", "completed", "terminated"), defined.stream().map(Cmi5_LaunchTest::verb).toList(),
                "each cmi5 defined verb once, passed when the quiz was done, completed at the second lesson read");
        assertEquals(2, verbs.stream().filter(v -> v.equals("answered")).count(), "one answered statement per check: " + verbs);
        assertEquals(6, all.size(), "nothing else: " + verbs);

        JsonNode actor = JSON.valueToTree(null);
        try {
            actor = JSON.readTree(ACTOR);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HashSet<String> ids = new HashSet<>();
        for (JsonNode s : all) {
            String what = verb(s) + " " + s;
            assertTrue(s.path("id").asText().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), "a UUID: " + what);
            assertTrue(ids.add(s.path("id").asText()), "ids are unique");
            assertEquals(actor, s.get("actor"), "the launch's actor: " + what);
            assertTrue(s.path("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), "a UTC timestamp: " + what);
            assertEquals("session-" + reg + "-1", s.at("/context/extensions").path(SESSION).asText(), "the session id from the template: " + what);
            assertEquals(PUBLISHER, s.at("/context/contextActivities/grouping/0/id").asText(), "the publisher id from the template: " + what);
            boolean isDefined = inCategory(s, CMI5);
            if (isDefined) assertEquals(ACTIVITY, s.at("/object/id").asText(), "a cmi5 defined statement is about the AU: " + what);
            boolean judged = s.at("/result/success").isBoolean() || s.at("/result/completion").isBoolean();
            if (isDefined) assertEquals(judged, inCategory(s, MOVEON), "the moveon category exactly on those with success or completion: " + what);
            if (isDefined && !verb(s).equals("passed") && !verb(s).equals("failed")) assertTrue(s.at("/result/score").isMissingNode(), "score only on passed or failed: " + what);
        }
        JsonNode completed = defined.get(2);
        assertEquals(true, completed.at("/result/completion").asBoolean());
        assertTrue(completed.at("/result/success").isMissingNode());
        assertTrue(completed.at("/result/duration").asText().matches("PT(\\d+H)?(\\d+M)?\\d+(\\.\\d{1,2})?S"), completed.toString());
        JsonNode passed = defined.get(1);
        assertEquals(true, passed.at("/result/success").asBoolean());
        assertEquals(1.0, passed.at("/result/score/scaled").asDouble(), "both basics questions right");
        assertTrue(passed.at("/result/score/scaled").asDouble() >= 0.5, "at or over the mastery score");
        assertEquals(100, passed.at("/result/score/raw").asInt());
        assertEquals(0.5, passed.at("/context/extensions").path("https://w3id.org/xapi/cmi5/context/extensions/masteryscore").asDouble(),
                "judged by the launch data's masteryScore");
        assertTrue(passed.at("/result/completion").isMissingNode());
        assertTrue(defined.get(0).path("result").isMissingNode(), "initialized has no result");
        assertTrue(defined.get(3).at("/result/duration").asText().startsWith("PT"), "terminated has the session's duration");

        List<JsonNode> answered = all.stream().filter(s -> verb(s).equals("answered")).toList();
        JsonNode sure = answered.get(0);
        assertFalse(inCategory(sure, CMI5), "an answered statement is cmi5 allowed, not defined");
        assertEquals("urn:coursegen:lms-demo:basics:sure", sure.at("/object/id").asText());
        assertEquals("true-false", sure.at("/object/definition/interactionType").asText());
        assertEquals("Is it true?", sure.at("/object/definition/description/en").asText());
        assertEquals("true", sure.at("/result/response").asText());
        assertEquals("[\"true\"]", sure.at("/object/definition/correctResponsesPattern").toString());
        assertEquals(ACTIVITY, sure.at("/context/contextActivities/parent/0/id").asText(), "the AU is the question's parent");
        JsonNode pick = answered.get(1);
        assertEquals("choice", pick.at("/object/definition/interactionType").asText());
        assertEquals("a", pick.at("/result/response").asText());
        assertEquals(true, pick.at("/result/success").asBoolean());
        assertEquals("[{\"id\":\"a\",\"description\":{\"en\":\"A\"}},{\"id\":\"b\",\"description\":{\"en\":\"B\"}}]",
                pick.at("/object/definition/choices").toString());

        List<LoopbackLrs.Request> mine = lrs.requests().stream().filter(q -> q.path().startsWith("/fetch/k-session-" + reg)
                || reg.equals(q.query().get("registration")) || q.body().contains(reg)).toList();
        assertEquals(1, mine.stream().filter(q -> q.path().startsWith("/fetch/")).count(), "the auth token is fetched once");
        assertEquals("POST", mine.stream().filter(q -> q.path().startsWith("/fetch/")).findFirst().orElseThrow().method(), "with POST");
        for (LoopbackLrs.Request q : mine) {
            if (q.path().startsWith("/fetch/")) continue;
            assertEquals("Basic dG9rZW4tMQ==", q.headers().get("authorization"), "the token on " + q.method() + " " + q.path());
            assertEquals("1.0.3", q.headers().get("x-experience-api-version"), q.method() + " " + q.path());
        }
        assertTrue(mine.stream().noneMatch(q -> q.method().equals("PUT") && "LMS.LaunchData".equals(q.query().get("stateId"))),
                "the AU never writes LMS.LaunchData");
        String auState = lrs.state("coursegen.au-state", ACTIVITY, ACTOR, reg);
        assertTrue(auState != null && auState.contains("\"completed\":true") && auState.contains("\"passed\":true"),
                "the AU keeps what this registration reported: " + auState);
        assertEquals(List.of(), errors, "no errors in the page");

        // The LMS launches the AU again in the same registration, on another machine (no local storage): the learner's
        // progress and last page come back from the AU's state document, and completed and passed are not sent again.
        // This time the LMS gives a returnURL: the learner leaves with Exit, by keyboard, and lands there.
        String back = server.url("cmi5/404.html");
        Page again = open(prepare(reg, "Normal", back), null);
        Frame resumed = site(again, "basics/more.html");
        assertEquals(true, resumed.evaluate("() => CoursegenProgress.lessonRead('basics/start') && CoursegenProgress.lessonRead('basics/more')"));
        assertEquals(1.0, ((Number) resumed.evaluate("() => CoursegenProgress.quizBest('basics')")).doubleValue());
        again.locator("[data-cg~=lms-exit]").focus();
        again.keyboard().press("Enter");
        again.waitForURL(back, new Page.WaitForURLOptions().setTimeout(10_000));
        again.waitForCondition(() -> statements(reg).stream().anyMatch(x -> verb(x).equals("terminated")
                && x.at("/context/extensions").path(SESSION).asText().equals("session-" + reg + "-2")), new Page.WaitForConditionOptions().setTimeout(10_000));
        assertEquals(List.of("initialized", "terminated"), statements(reg).stream()
                .filter(x -> x.at("/context/extensions").path(SESSION).asText().equals("session-" + reg + "-2")).map(Cmi5_LaunchTest::verb).toList(),
                "completed and passed once per registration");
    }

    @Test
    void browseModeSendsOnlyInitializedAndTerminated() {
        String reg = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d";
        // The learner has read everything and passed before: in Normal mode that would be completed and passed at once.
        String progress = "{\"version\":1,\"seed\":\"s\",\"quizzes\":{\"basics\":{\"responses\":{},\"checked\":[],\"best\":1,\"attempts\":1}},"
                + "\"lessons\":{\"basics/start\":true,\"basics/more\":true,\"next/then\":true,\"next/last\":true}}";
        Page page = open(prepare(reg, "Browse"), progress);
        site(page, "index.html");
        closeAndWait(page, reg);
        assertEquals(List.of("initialized", "terminated"), statements(reg).stream().map(Cmi5_LaunchTest::verb).toList());

        // Without launch parameters the launch page forwards to the site, which works as anywhere and asks nothing of the LRS.
        int before = lrs.requests().size();
        Page plain = open(server.url("cmi5/lms/cmi5.html?au=course"), null);
        plain.waitForURL(u -> u.endsWith("/cmi5/index.html"), new Page.WaitForURLOptions().setTimeout(10_000));
        plain.waitForFunction("() => document.readyState === 'complete' && window.CoursegenProgress");
        assertEquals(before, lrs.requests().size(), "no request to the LRS");
    }
}
