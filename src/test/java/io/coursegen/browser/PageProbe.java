package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;

/**
 * Listens to one Playwright {@link Page} and records what a person would never
 * see but should worry about: console errors (which include CSP violations),
 * uncaught script exceptions, requests that failed or got an HTTP error, and
 * requests that leave the site.
 *
 * <p>"The site" is the served origin for http pages, and {@code file:} for pages
 * opened from disk. {@code data:} and {@code blob:} URLs are not network traffic
 * and are allowed. Attach the probe before the first navigation.
 */
public final class PageProbe {

    private final String siteOrigin; // null means: the site is on file:
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> pageErrors = new ArrayList<>();
    private final List<String> failedRequests = new ArrayList<>();
    private final List<String> offsiteRequests = new ArrayList<>();

    private final Page page;
    private final Consumer<ConsoleMessage> consoleListener = this::onConsole;
    private final Consumer<String> pageErrorListener = error -> record(pageErrors, error);
    private final Consumer<Request> failedListener = this::onFailed;
    private final Consumer<Response> responseListener = this::onResponse;
    private final Consumer<Request> requestListener = this::onRequest;

    private PageProbe(Page page, String siteOrigin) {
        this.page = page;
        this.siteOrigin = siteOrigin;
        page.onConsoleMessage(consoleListener);
        page.onPageError(pageErrorListener);
        page.onRequestFailed(failedListener);
        page.onResponse(responseListener);
        page.onRequest(requestListener);
    }

    /**
     * Stops listening, for a tab that goes on to other pages with a probe of their own: what happens
     * after this is not recorded here. What was recorded stays readable.
     */
    public void detach() {
        page.offConsoleMessage(consoleListener);
        page.offPageError(pageErrorListener);
        page.offRequestFailed(failedListener);
        page.offResponse(responseListener);
        page.offRequest(requestListener);
    }

    /** Probe for a site served over http from {@code origin} (scheme://host:port). */
    public static PageProbe http(Page page, String origin) {
        return new PageProbe(page, origin);
    }

    /** Probe for a site opened through file:// URLs. */
    public static PageProbe file(Page page) {
        return new PageProbe(page, null);
    }

    private void onConsole(ConsoleMessage message) {
        if (message.type().equals("error")) {
            String where = message.location() == null ? "" : " (" + message.location() + ")";
            record(consoleErrors, message.text() + where);
        }
    }

    private void onFailed(Request request) {
        record(failedRequests, request.method() + " " + request.url() + ": " + request.failure());
    }

    private void onResponse(Response response) {
        // Playwright only calls a request "failed" on network errors; a 404 for a
        // stylesheet is just as broken for the reader.
        if (response.status() >= 400) {
            record(failedRequests, response.request().method() + " " + response.url()
                    + ": HTTP " + response.status());
        }
    }

    private void onRequest(Request request) {
        if (!isOnSite(request.url())) {
            record(offsiteRequests, request.method() + " " + request.url()
                    + " (" + request.resourceType() + ")");
        }
    }

    boolean isOnSite(String url) {
        if (url.startsWith("data:") || url.startsWith("blob:")) {
            return true;
        }
        if (siteOrigin == null) {
            return url.startsWith("file:");
        }
        try {
            URI uri = URI.create(url);
            String origin = uri.getScheme() + "://" + uri.getHost()
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return origin.equals(siteOrigin);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // Playwright calls listeners on the thread that drives it, but keep the lists
    // consistent if that ever changes.
    private synchronized void record(List<String> list, Object item) {
        list.add(String.valueOf(item).strip());
    }

    public synchronized List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    public synchronized List<String> pageErrors() {
        return List.copyOf(pageErrors);
    }

    public synchronized List<String> failedRequests() {
        return List.copyOf(failedRequests);
    }

    public synchronized List<String> offsiteRequests() {
        return List.copyOf(offsiteRequests);
    }

    /** Everything recorded, one labelled line each; empty when the page was clean. */
    public synchronized List<String> problems() {
        List<String> all = new ArrayList<>();
        consoleErrors.forEach(m -> all.add("console error: " + m));
        pageErrors.forEach(m -> all.add("page error: " + m));
        failedRequests.forEach(m -> all.add("failed request: " + m));
        offsiteRequests.forEach(m -> all.add("request leaving the site: " + m));
        return all;
    }

    /** Fails listing every problem recorded so far, whatever its kind. */
    public void assertClean(String what) {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            fail(what + ": " + problems.size() + " problem(s)\n  " + String.join("\n  ", problems));
        }
    }

    public void assertNoConsoleErrors(String what) {
        assertEmpty(what, "console errors", consoleErrors());
    }

    public void assertNoPageErrors(String what) {
        assertEmpty(what, "uncaught page errors", pageErrors());
    }

    public void assertNoFailedRequests(String what) {
        assertEmpty(what, "failed requests", failedRequests());
    }

    public void assertNoOffsiteRequests(String what) {
        assertEmpty(what, "requests leaving the site", offsiteRequests());
    }

    private void assertEmpty(String what, String kind, List<String> items) {
        if (!items.isEmpty()) {
            // Print everything, not just this kind: a failed request often explains
            // the console error next to it.
            fail(what + ": " + items.size() + " " + kind + "\nall recorded:\n  "
                    + String.join("\n  ", problems()));
        }
    }
}
