package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import io.coursegen.serve.DevServer;
import io.coursegen.serve.ServeOptions;
import io.coursegen.testing.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code coursegen serve} end to end in Chromium, on a copy of the real course: an edit reloads the
 * page with the new text at the same scroll position; a broken file shows the overlay with every error
 * at its position while the last good page stays; the fix removes the overlay and reloads.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
class Serve_BrowserTest {
    private static final String LESSON_FILE = "content/01-the-central-question/01-why-prompting-comes-first.md";
    private static final String LESSON_PAGE = "the-central-question/why-prompting-comes-first.html";
    /** Waits are for a slow shared machine; nothing here asserts how long anything took. */
    private static final long WAIT_MS = 90_000;

    private Path project;
    private DevServer server;
    private Chromium chromium;
    private final StringWriter log = new StringWriter();

    @BeforeAll
    void start(Chromium shared) throws IOException {
        project = Path.of("target", "serve-browser", "project").toAbsolutePath();
        Trees.delete(project);
        for (String dir : new String[] {"content", "quizzes"}) copyTree(Path.of(dir), project.resolve(dir));
        server = DevServer.start(new ServeOptions(project, "127.0.0.1", 0, true), new PrintWriter(log, true));
        chromium = shared;
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
        System.out.println("Serve_BrowserTest server log:\n" + log);
    }

    @Test
    void editReloadKeepsScrollThenOverlayWhileBrokenThenFixed() throws IOException {
        BrowserContext context = chromium.newContext(BrowserTestSupport.WIDE);
        Page page = context.newPage();
        PageProbe probe = PageProbe.http(page, origin());
        page.navigate(server.url().resolve(LESSON_PAGE).toString());
        awaitConnected(page);
        assertTrue(text(page).contains("Imagine your team"));

        // 1. Edit: the page reloads by itself with the new text, scrolled where it was.
        page.evaluate("window.scrollTo(0, 900)");
        int scrolled = ((Number) page.evaluate("window.scrollY")).intValue();
        assertTrue(scrolled > 800, "the lesson is long enough to scroll: " + scrolled);
        page.evaluate("window.__beforeReload = true");
        replace(LESSON_FILE, "Imagine your team", "Picture your team");
        waitFor("the page reloads with the new text", () -> safe(page, "() => !window.__beforeReload && document.body.textContent.includes('Picture your team')"));
        awaitConnected(page);
        assertEquals(scrolled, ((Number) page.evaluate("window.scrollY")).intValue(), "scroll position kept across the reload");

        // 2. Break it: the overlay lists every error at its position; the last good page stays.
        page.evaluate("window.__beforeBreak = true");
        replace(LESSON_FILE, "\nsummary: A carefully", "\nsumary: A carefully");
        // The write truncates the file first; a rebuild may read it empty and show that for a moment, as
        // it would for an editor that saves the same way. Wait for the overlay of the file as written.
        waitFor("the error overlay", () -> page.locator("#coursegen-overlay").count() == 1
                && page.locator("#coursegen-overlay").textContent().contains(LESSON_FILE + ":3:1 error: unknown key `sumary`"));
        String overlay = page.locator("#coursegen-overlay").textContent();
        assertTrue(overlay.contains(LESSON_FILE + ":3:1 error: unknown key `sumary` in lesson front matter"), overlay);
        // One slip, one error: `summary` is not also reported missing, nor the lesson unknown where it is linked.
        assertFalse(overlay.contains("missing required key"), overlay);
        assertTrue(overlay.contains("1 error: the page below is the last good build"), overlay);
        assertEquals(Boolean.TRUE, page.evaluate("window.__beforeBreak"), "no reload while broken");
        assertTrue(text(page).contains("Picture your team"), "the last good page stays");
        Axe.assertNoViolations(page, "serve: page with the error overlay");
        BrowserTestSupport.viewportShot(page, "serve-error-overlay");

        // A page opened while the course is broken gets the last good page and the overlay too.
        Page second = context.newPage();
        PageProbe secondProbe = PageProbe.http(second, origin());
        second.navigate(server.url().resolve(LESSON_PAGE).toString());
        waitFor("the overlay on a page opened while broken", () -> second.locator("#coursegen-overlay").count() == 1);
        assertTrue(text(second).contains("Picture your team"));

        // 3. Fix it: the overlay goes and the page reloads.
        replace(LESSON_FILE, "\nsumary: A carefully", "\nsummary: A carefully");
        waitFor("the reload after the fix", () -> safe(page, "() => !window.__beforeBreak && document.body.textContent.includes('Picture your team')"));
        awaitConnected(page);
        assertEquals(0, page.locator("#coursegen-overlay").count());
        waitFor("the second page reloads too", () -> safe(second, "() => document.getElementById('coursegen-overlay') === null"));

        probe.assertClean("serve: " + LESSON_PAGE);
        secondProbe.assertClean("serve: second page");
        assertFalse(Files.exists(project.resolve("site")), "serve writes nothing into site/");
        assertTrue(log.toString().contains("debug: file saved -> reload event sent:"), log.toString());
        context.close();
    }

    private String origin() {
        String u = server.url().toString();
        return u.substring(0, u.length() - 1);
    }

    private static void awaitConnected(Page page) {
        waitFor("the live-reload connection", () -> safe(page, "() => document.documentElement.getAttribute('data-coursegen-live') === 'connected'"));
    }

    private static String text(Page page) {
        return (String) page.evaluate("document.body.textContent");
    }

    /** Evaluates a predicate in the page; false while the page is between documents (reloading). */
    private static boolean safe(Page page, String predicate) {
        try {
            return Boolean.TRUE.equals(page.evaluate(predicate));
        } catch (PlaywrightException e) {
            return false;
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("gave up waiting for " + what);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private void replace(String rel, String from, String to) throws IOException {
        Path file = project.resolve(rel);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }
}
