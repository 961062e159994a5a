package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.coursegen.lms.LmsTestCourse;
import io.coursegen.pipeline.BuildOptions;
import io.coursegen.pipeline.BuildResult;
import io.coursegen.pipeline.SiteBuilder;
import io.coursegen.render.Templates;
import io.coursegen.write.FolderOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Optional xAPI reporting (course.yaml {@code xapi:}) in Chromium, against a {@link LoopbackLrs} on another origin. A
 * learner agrees in the consent banner with the keyboard, answers the quiz, part of it offline: every answer arrives
 * as an answered statement with its interaction definition and response, the finished quiz as completed and passed,
 * under an anonymous account (the progress store's seed) with the configured key, the offline ones once the browser is
 * back online, and the choice is remembered. A learner who declines sends nothing; a site without {@code xapi:} makes
 * no request at all after its page has loaded, and its CSP connects nowhere but to itself.
 */
@ExtendWith(SharedBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Xapi_ReportingTest {
    private static final String AUTH = "Basic bHJzLWtleTpzZWNyZXQ=";

    private Path tmp;
    private StaticServer server;
    private LoopbackLrs lrs;
    private Chromium chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    void buildAndServe(Chromium chromium) throws IOException {
        this.chromium = chromium;
        tmp = Files.createTempDirectory("coursegen-xapi-test");
        lrs = LoopbackLrs.start();
        Path served = Files.createDirectories(tmp.resolve("served"));
        build("xapi:\n  endpoint: " + lrs.endpoint() + "\n  auth: " + AUTH + "\n", "reporting", served.resolve("reporting"));
        build("", "plain", served.resolve("plain"));
        new NuHtml().assertValid(List.of(served.resolve("reporting/basics/start.html")));
        server = StaticServer.start(served);
    }

    private void build(String yaml, String name, Path out) {
        Path root = LmsTestCourse.write(tmp.resolve("course-" + name), yaml);
        BuildResult r = new SiteBuilder(new BuildOptions(root, out, Optional.empty(), true, true, new FolderOutput()), Templates.precompiled()).build();
        assertEquals(List.of(), r.diagnostics().lines());
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

    private record Opened(BrowserContext context, Page page, PageProbe probe, List<String> requests) {}

    private Opened open(String path) {
        BrowserContext context = chromium.newContext(375);
        contexts.add(context);
        Page page = context.newPage();
        PageProbe probe = PageProbe.http(page, server.origin());
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        page.onRequest(r -> requests.add(r.method() + " " + r.url()));
        page.navigate(server.url(path));
        page.waitForFunction("() => document.readyState === 'complete' && window.CoursegenProgress");
        return new Opened(context, page, probe, requests);
    }

    private static void press(Page page, String selector, String key) {
        page.locator(selector).first().focus();
        page.keyboard().press(key);
    }

    private List<JsonNode> statementsOf(String seed) {
        return lrs.statements().stream().filter(s -> s.at("/actor/account/name").asText().equals(seed)).toList();
    }

    private static String verb(JsonNode s) {
        return s.at("/verb/id").asText().replace("http://adlnet.gov/expapi/verbs/", "");
    }

    @Test
    void consentedAnswersReachTheLrsQueuedOfflineAndRetried() {
        Opened o = open("reporting/basics/start.html");
        Page page = o.page();
        String csp = page.locator("meta[http-equiv=Content-Security-Policy]").getAttribute("content");
        assertTrue(csp.contains("connect-src 'self' " + lrs.origin() + ";"), "connect-src allows exactly the LRS: " + csp);
        assertTrue(page.locator("[data-cg~=xapi-consent]").isVisible(), "the learner is asked");
        assertTrue(page.locator("[data-cg~=xapi-consent]").textContent().contains(lrs.origin()), "the banner names where answers go");
        Axe.assertNoViolations(page, "a page with the consent banner");
        assertTrue(o.requests().stream().noneMatch(r -> r.contains(lrs.origin())), "nothing sent before the learner agrees");

        press(page, "[data-cg~=xapi-consent-yes]", "Enter");
        assertFalse(page.locator("[data-cg~=xapi-consent]").isVisible(), "the banner goes once answered");
        assertEquals("main", page.evaluate("() => document.activeElement.id"), "focus moves to the content, not to nowhere");
        assertEquals("Your answers will be sent to the course team.", page.locator("[data-cg~=xapi-consent-status]").textContent(), "and it is said");
        String seed = (String) page.evaluate("() => CoursegenProgress.snapshot().seed");

        press(page, "li[data-question=sure] input[value=true]", "Space");
        press(page, "li[data-question=sure] [data-cg~=check-button]", "Enter");
        page.waitForCondition(() -> statementsOf(seed).size() == 1, new Page.WaitForConditionOptions().setTimeout(10_000));

        o.context().setOffline(true);
        press(page, "li[data-question=pick] input[value=b]", "Space");
        press(page, "li[data-question=pick] [data-cg~=check-button]", "Enter");
        page.waitForCondition(() -> ((Number) page.evaluate("() => JSON.parse(localStorage.getItem('coursegen:lms-demo:xapi-queue') || '[]').length"))
                .intValue() == 3, new Page.WaitForConditionOptions().setTimeout(10_000));
        assertEquals(1, statementsOf(seed).size(), "offline: answered, completed and passed wait in the queue");
        o.context().setOffline(false);
        page.waitForCondition(() -> statementsOf(seed).size() == 4, new Page.WaitForConditionOptions().setTimeout(15_000));
        page.waitForCondition(() -> page.evaluate("() => localStorage.getItem('coursegen:lms-demo:xapi-queue')") == null,
                new Page.WaitForConditionOptions().setTimeout(10_000));

        List<JsonNode> got = statementsOf(seed);
        assertEquals(List.of("answered", "answered", "completed", "passed"), got.stream().map(Xapi_ReportingTest::verb).toList());
        for (JsonNode s : got) {
            assertEquals(lrs.origin() + "/", s.at("/actor/account/homePage").asText(), "an anonymous account: " + s);
            assertTrue(s.at("/actor/name").isMissingNode() && s.at("/actor/mbox").isMissingNode(), "no name, no address");
            assertEquals("urn:coursegen:lms-demo", s.at("/context/contextActivities/grouping/0/id").asText());
        }
        JsonNode sure = got.get(0);
        assertEquals("urn:coursegen:lms-demo:basics:sure", sure.at("/object/id").asText());
        assertEquals("true-false", sure.at("/object/definition/interactionType").asText());
        assertEquals("Is it true?", sure.at("/object/definition/description/en").asText());
        assertEquals("true", sure.at("/result/response").asText());
        assertEquals(true, sure.at("/result/success").asBoolean());
        JsonNode pick = got.get(1);
        assertEquals("choice", pick.at("/object/definition/interactionType").asText());
        assertEquals("[\"a\"]", pick.at("/object/definition/correctResponsesPattern").toString());
        assertEquals("b", pick.at("/result/response").asText());
        assertEquals(false, pick.at("/result/success").asBoolean());
        assertEquals("urn:coursegen:lms-demo:basics", got.get(2).at("/object/id").asText());
        assertEquals(0.5, got.get(3).at("/result/score/scaled").asDouble(), "one of two right, the pass mark is 0.5");
        assertEquals(50, got.get(3).at("/result/score/raw").asInt());
        for (LoopbackLrs.Request r : lrs.requests()) {
            if (r.path().equals("/xapi/statements") && r.body().contains(seed)) {
                assertEquals(AUTH, r.headers().get("authorization"));
                assertEquals("1.0.3", r.headers().get("x-experience-api-version"));
            }
        }

        page.reload();
        page.waitForFunction("() => document.readyState === 'complete' && window.CoursegenProgress");
        assertFalse(page.locator("[data-cg~=xapi-consent]").isVisible(), "asked once: the answer is remembered");
        List<String> problems = new ArrayList<>(o.probe().consoleErrors());
        problems.addAll(o.probe().pageErrors());
        problems.removeIf(p -> p.contains("ERR_INTERNET_DISCONNECTED"));
        assertEquals(List.of(), problems);
    }

    @Test
    void decliningSendsNothingAndWithoutXapiTheSiteMakesNoRequest() {
        Opened o = open("reporting/basics/start.html");
        Page page = o.page();
        int before = lrs.requests().size();
        press(page, "[data-cg~=xapi-consent-no]", "Enter");
        assertFalse(page.locator("[data-cg~=xapi-consent]").isVisible());
        press(page, "li[data-question=sure] input[value=true]", "Space");
        press(page, "li[data-question=sure] [data-cg~=check-button]", "Enter");
        page.locator("li[data-question=sure] [data-cg~=question-feedback]").getByText("Correct").first().waitFor();
        page.reload();
        page.waitForFunction("() => document.readyState === 'complete' && window.CoursegenProgress");
        assertFalse(page.locator("[data-cg~=xapi-consent]").isVisible(), "the refusal is remembered");
        assertEquals(null, page.evaluate("() => localStorage.getItem('coursegen:lms-demo:xapi-queue')"), "nothing queued");
        assertTrue(o.requests().stream().noneMatch(r -> r.contains(lrs.origin())), "no request to the LRS: " + o.requests());
        assertEquals(before, lrs.requests().size());

        Opened plain = open("plain/basics/start.html");
        Page p = plain.page();
        String csp = p.locator("meta[http-equiv=Content-Security-Policy]").getAttribute("content");
        assertTrue(csp.contains("connect-src 'self';"), csp);
        assertEquals(0, p.locator("[data-cg~=xapi-consent]").count(), "no banner");
        assertEquals(0, p.locator("script[src*=xapi]").count(), "no reporting script");
        int loaded = plain.requests().size();
        press(p, "li[data-question=sure] input[value=true]", "Space");
        press(p, "li[data-question=sure] [data-cg~=check-button]", "Enter");
        press(p, "li[data-question=pick] input[value=a]", "Space");
        press(p, "li[data-question=pick] [data-cg~=check-button]", "Enter");
        press(p, "[data-cg~=lesson-read-button]", "Enter");
        p.locator("[data-cg~=quiz-summary]").first().waitFor();
        assertEquals(List.of(), plain.requests().subList(loaded, plain.requests().size()), "answering, finishing a quiz, marking read: no request");
        plain.probe().assertClean("the site without xapi");
    }
}
