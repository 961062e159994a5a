package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson of the real course at phone width (and at laptop width too when pictures are asked
 * for): no console or script errors, no failed or off-site requests, and no axe-core violations. Axe runs at one width per lesson:
 * it was half of the sweep's time, and what a lesson's own content can get wrong (contrast, names,
 * headings, tables) is the same at both widths; what the width changes, the header, sidebar and
 * widgets' layout, {@code Site_BrowserTest} checks with axe on a page of each kind at both widths
 * and in both themes. Asked with {@code -Dcoursegen.screenshots=true}, saves a full-page screenshot
 * of each under {@code target/screenshots/lesson-<module>-<lesson>-<width>.jpg} (JPEG: a full-page PNG
 * of every lesson took most of the sweep's time), so that a person can look at every page of the
 * course.
 *
 * <p>The sweep opens a few hundred pages, so each width has one tab, kept for the whole class, that
 * goes from lesson to lesson ({@link Tab}): a new context and page cost more than loading a lesson,
 * and axe is put into the tab once ({@link Axe#SCRIPT} as an init script) instead of being sent to
 * every page. Each lesson still starts as in a fresh context: its own document, loaded from the
 * server (which forbids caching), with empty storage and no cookies, and a probe of its own that
 * sees nothing of the lesson before it.
 */
class Lessons_BrowserTest extends BrowserTestSupport {

    private final Map<Integer, Tab> tabs = new LinkedHashMap<>();

    Stream<Arguments> lessonsAndWidths() {
        // The laptop width only when pictures are asked for: without axe, a second load of every lesson
        // found nothing the phone load and the page-kind checks at both widths do not (and cost a fifth of
        // the sweep's time).
        List<Integer> widths = PICTURES ? WIDTHS : List.of(NARROW);
        return site.lessons().stream().flatMap(lesson -> widths.stream().map(w -> Arguments.of(lesson, w)));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("lessonsAndWidths")
    void lessonIsAccessibleAndErrorFree(String lesson, int width) {
        Tab tab = tabs.computeIfAbsent(width, this::newTab);
        PageProbe probe = tab.open(server.url(lesson), server.origin());
        Page page = tab.page();
        waitForAnimations(page);
        List<String> problems = new ArrayList<>(width == NARROW ? Axe.violations(page) : List.of());
        problems.addAll(probe.problems());
        // The pictures are for people and never compared: a slow machine must not fail the test.
        jpegForPeople(page, "lesson-" + lesson.replace(".html", "").replace('/', '-') + "-" + width);
        assertTrue(problems.isEmpty(), () -> lesson + " at " + width + "px: " + problems.size()
                + " problem(s)\n" + String.join("\n", problems));
    }

    @AfterAll
    void closeTabs() {
        tabs.values().forEach(tab -> tab.context().close());
        tabs.clear();
    }

    private Tab newTab(int width) {
        BrowserContext context = chromium.newContext(width);
        Page page = context.newPage();
        if (width == NARROW) page.addInitScript(Axe.SCRIPT);
        return new Tab(context, page);
    }

    /** One width's tab, which the lessons take in turn. */
    private static final class Tab {
        private final BrowserContext context;
        private final Page page;
        private PageProbe probe;

        Tab(BrowserContext context, Page page) {
            this.context = context;
            this.page = page;
        }

        BrowserContext context() {
            return context;
        }

        Page page() {
            return page;
        }

        /**
         * Leaves the lesson before (its storage emptied, its probe detached, the tab on about:blank, so
         * that nothing of it, not even a request cancelled late, reaches the next probe), then opens
         * {@code url} with a new probe attached, as a fresh context would.
         */
        PageProbe open(String url, String origin) {
            if (probe != null) {
                probe.detach();
                probe = null;
            }
            if (page.url().startsWith(origin)) {
                page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }");
            }
            page.navigate("about:blank");
            context.clearCookies();
            probe = PageProbe.http(page, origin);
            page.navigate(url);
            return probe;
        }
    }
}
