package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests the test harness itself on a deliberately broken page, so that a checker
 * that silently stops working (axe blocked by CSP, a probe listener never
 * called, a validator that reports nothing) cannot pass as a clean site.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
class BrowserHarness_SelfTest {

    private static final Path BROKEN = Path.of("src", "test", "resources", "browser", "broken-site");

    private StaticServer server;
    private Chromium chromium;

    @BeforeAll
    void start(Chromium shared) throws IOException {
        server = StaticServer.start(BROKEN);
        chromium = shared;
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void probeRecordsErrorsFailuresAndOffsiteRequests() {
        try (BrowserContext context = chromium.newContext(800)) {
            Page page = context.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            page.navigate(server.url("index.html"));
            page.waitForLoadState();

            assertContains(probe.consoleErrors(), "harness-console-error");
            assertContains(probe.pageErrors(), "harness-page-error");
            // A 404 page as a stylesheet: HTTP 404, or aborted by nosniff before that is seen.
            assertContains(probe.failedRequests(), "missing.css");
            assertContains(probe.offsiteRequests(), "127.0.0.2:9/offsite.png");
            assertContains(probe.failedRequests(), "offsite.png");
        }
    }

    @Test
    void axeFindsViolationsEvenUnderStrictCsp() {
        try (BrowserContext context = chromium.newContext(800)) {
            Page page = context.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            page.navigate(server.url("csp.html"));
            assertContains(Axe.violations(page), "[image-alt]");
            probe.assertClean("csp.html apart from the missing alt");
        }
    }

    @Test
    void nuReportsErrorsWithPositions() {
        List<NuHtml.Message> errors = new NuHtml().check(BROKEN.resolve("index.html"));
        assertFalse(errors.isEmpty(), "Nu found no error in broken-site/index.html");
        assertTrue(errors.stream().anyMatch(e -> e.text().contains("bogus") && e.line() == 13),
                "expected an error for the bogus attribute on line 13, got " + errors);
        assertTrue(errors.stream().anyMatch(e -> e.text().contains("alt")),
                "expected an error for the img without alt, got " + errors);
    }

    @Test
    void serverServesOnlyFilesInsideTheRoot() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> index = get(client, "GET", "/course/index.html");
        assertEquals(200, index.statusCode());
        assertEquals("text/html; charset=utf-8", index.headers().firstValue("Content-Type").orElse(""));
        assertEquals("image/png", get(client, "GET", "/course/pixel.png").headers()
                .firstValue("Content-Type").orElse(""));
        assertEquals(200, get(client, "GET", "/course/").statusCode(), "directory index");
        assertEquals(301, get(client, "GET", "/course").statusCode(), "redirect to trailing slash");
        HttpResponse<String> head = get(client, "HEAD", "/course/index.html");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(405, get(client, "POST", "/course/index.html").statusCode());
        assertEquals(404, get(client, "GET", "/course/nope.html").statusCode());
        assertEquals(404, get(client, "GET", "/index.html").statusCode(), "outside the base path");
        assertEquals(404, get(client, "GET", "/course/../course/index.html").statusCode(), "dot-dot");
        assertEquals(404, get(client, "GET", "/course/%2e%2e/broken-site/index.html").statusCode(), "encoded dot-dot");
    }

    private HttpResponse<String> get(HttpClient client, String method, String rawPath) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.origin() + rawPath))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertContains(List<String> lines, String part) {
        assertTrue(lines.stream().anyMatch(l -> l.contains(part)), "no line contains '" + part + "' in " + lines);
    }
}
