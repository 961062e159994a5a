package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.coursegen.cli.Main;
import io.coursegen.hostile.HostileCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser oracle of the hostile-input catalogue: {@link HostileCourse} is built and every page is
 * opened in Chromium, its widgets worked (every option picked, every check button and submit pressed,
 * so feedback and results render), and nothing the attacker wrote may run: no dialog, no console
 * message from injected code or from the Content-Security-Policy refusing it, no uncaught error, and
 * no navigation away (a {@code <base>} or {@code <meta refresh>}).
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
class Hostile_InjectionBrowserTest {
    private Path site;
    private StaticServer server;
    private Chromium chromium;
    private BrowserContext context;

    @BeforeAll
    void buildAndServe(Chromium shared) throws IOException {
        Path base = Path.of("target", "browser-site", getClass().getSimpleName());
        deleteTree(base);
        Path root = HostileCourse.write(base.resolve("course"));
        site = base.resolve("site");
        assertEquals(0, Main.run("build", "--project", root.toString(), "--out", site.toString()));
        server = StaticServer.start(site);
        chromium = shared;
    }

    @AfterAll
    void stop() {
        if (context != null) context.close();
        if (server != null) server.close();
    }

    /** What a page did that it should not have. */
    private List<String> visit(String rel) {
        List<String> seen = new ArrayList<>();
        // One context for every page (a new one cost as much as loading the page), a new tab each.
        if (context == null) context = chromium.newContext(BrowserTestSupport.WIDE);
        Page page = context.newPage();
        try {
            page.onDialog(d -> {
                seen.add(rel + ": dialog " + d.type() + " " + d.message());
                d.dismiss();
            });
            page.onConsoleMessage(m -> {
                String text = m.text();
                boolean injected = text.contains(HostileCourse.MARK);
                boolean csp = text.toLowerCase(Locale.ROOT).contains("content security policy");
                if (injected || csp) seen.add(rel + ": console " + m.type() + ": " + text);
            });
            page.onPageError(e -> seen.add(rel + ": page error " + e));
            String url = server.url(rel);
            page.navigate(url);
            page.evaluate("() => {"
                    + " for (const i of document.querySelectorAll('main input[type=radio], main input[type=checkbox]')) i.click();"
                    + " for (const i of document.querySelectorAll('main input[type=text], main input:not([type])')) { i.value = 'x'; i.dispatchEvent(new Event('input', {bubbles: true})); }"
                    + " for (const i of document.querySelectorAll('main input[type=number]')) { i.value = '1'; i.dispatchEvent(new Event('input', {bubbles: true})); }"
                    + " for (const b of document.querySelectorAll('main button')) b.click();"
                    + " for (const s of document.querySelectorAll('main select')) { s.selectedIndex = s.options.length - 1; s.dispatchEvent(new Event('change', {bubbles: true})); }"
                    + " for (const a of document.querySelectorAll('main abbr, main a')) { a.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); }"
                    + "}");
            page.waitForTimeout(200); // lets any queued handler run; not a timed assertion
            // The calculator's form submits to its own page (a GET with the inputs); anything else is away.
            if (!page.url().split("[#?]")[0].equals(url)) seen.add(rel + ": navigated to " + page.url());
            String html = (String) page.evaluate("() => document.documentElement.outerHTML");
            if (html.contains("evil.example\" ") && html.contains("<base")) seen.add(rel + ": base element in the live DOM");
        } finally {
            page.close();
        }
        return seen;
    }

    @Test
    void noInjectedCodeRunsOnAnyPageOfTheHostileCourse() throws IOException {
        List<String> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(pages.size() >= 20, "pages: " + pages);
        List<String> seen = new ArrayList<>();
        for (String rel : pages) seen.addAll(visit(rel));
        assertEquals(List.of(), seen);
    }

    /** The oracle can fail: a page with an injected inline script is caught by the CSP console message. */
    @Test
    void theOracleSeesAnInjectedScript() throws IOException {
        Path page = site.resolve("intro/script.html");
        String original = Files.readString(page);
        try {
            Files.writeString(page, original.replace("<p>Before</p>", "<p>Before</p><script>alert(1);console.log('" + HostileCourse.MARK + "')</script>"));
            List<String> seen = visit("intro/script.html");
            assertTrue(seen.stream().anyMatch(s -> s.contains("console") && s.toLowerCase(Locale.ROOT).contains("content security policy")), seen.toString());
        } finally {
            Files.writeString(page, original);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
