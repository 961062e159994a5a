package io.coursegen.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser test classes: gives them the real course, built once for the
 * whole test run and served over http, and the run's one Chromium
 * ({@link SharedBrowser}); each test gets fresh browser contexts (closed after the
 * test) through {@link #open}, so no test sees another's storage or state.
 *
 * <p>The build is shared, so a test must not change its files; a test that needs
 * another build puts it in a folder of its own under {@code site.root()} (see
 * {@link BuiltSite#htmlFiles()}). Tagged "browser" so a quick local run can leave
 * them out with {@code mvn test -DexcludedGroups=browser}.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
public abstract class BrowserTestSupport {

    /** A phone in portrait; below the 768 px breakpoint, so the nav collapses. */
    public static final int NARROW = 375;
    /** A laptop; the nav is always shown. */
    public static final int WIDE = 1280;
    public static final List<Integer> WIDTHS = List.of(NARROW, WIDE);

    /** Where screenshots go, for people to look at; they are never compared. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Whether the tests take their pictures: only when asked with {@code -Dcoursegen.screenshots=true}.
     * No check reads them and no CI run looks at them, and taking them (full-page shots of every
     * lesson at two widths above all) was about a sixth of the browser tests' time; a person who wants
     * to look runs the tests with the flag.
     */
    public static final boolean PICTURES = Boolean.getBoolean("coursegen.screenshots");

    protected BuiltSite site;
    protected StaticServer server;
    protected Chromium chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    void useTheSharedCourseAndBrowser(SharedBrowser.SharedCourse course, Chromium chromium) {
        this.site = course.site();
        this.server = course.server();
        this.chromium = chromium;
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** Opens the representative page of a kind over http at the given width. */
    protected ProbedPage open(PageKind kind, int width) {
        return open(site.path(kind), width);
    }

    /** Opens a site-relative path over http in a new context of the given width. */
    protected ProbedPage open(String relPath, int width) {
        Page page = newPage(width);
        PageProbe probe = PageProbe.http(page, server.origin());
        page.navigate(server.url(relPath));
        return new ProbedPage(page, probe);
    }

    /** Opens a site-relative path through its file:// URL, as a reader with a copy on disk would. */
    protected ProbedPage openFile(String relPath, int width) {
        Page page = newPage(width);
        PageProbe probe = PageProbe.file(page);
        page.navigate(fileUrl(relPath));
        return new ProbedPage(page, probe);
    }

    protected String fileUrl(String relPath) {
        return site.file(relPath).toUri().toString();
    }

    private Page newPage(int width) {
        BrowserContext context = chromium.newContext(width);
        contexts.add(context);
        return context.newPage();
    }

    /**
     * Saves a PNG of one element as {@code target/screenshots/<name>.png}. A page shot clipped to the
     * element's box, not Playwright's element shot: that one waits for the element to be "stable" and
     * timed out once on a loaded CI machine, and these pictures are for people, never compared.
     */
    protected static Path screenshotOf(Page page, String selector, String name) {
        if (!PICTURES) return null;
        Path file = SCREENSHOTS.resolve(name + ".png");
        com.microsoft.playwright.options.BoundingBox box = page.locator(selector).first().boundingBox();
        double scrollX = ((Number) page.evaluate("() => window.scrollX")).doubleValue();
        double scrollY = ((Number) page.evaluate("() => window.scrollY")).doubleValue();
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                .setClip(box.x + scrollX, box.y + scrollY, box.width, box.height));
        return file;
    }

    /**
     * Saves a PNG of the viewport (not the whole page) as {@code target/screenshots/<name>.png},
     * when pictures are asked for ({@link #PICTURES}).
     */
    public static void viewportShot(Page page, String name) {
        if (!PICTURES) return;
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** Saves a full-page PNG as {@code target/screenshots/<name>.png}, when pictures are asked for. */
    protected static Path screenshot(Page page, String name) {
        if (!PICTURES) return null;
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * {@link #screenshot} for a picture that only people look at: when the browser cannot take it in
     * time (a full-page shot of a long page on a loaded machine can take over ten seconds), says so on
     * stderr instead of failing the test, whose checks do not depend on it.
     */
    protected static void screenshotForPeople(Page page, String name) {
        try {
            screenshot(page, name);
        } catch (com.microsoft.playwright.PlaywrightException e) {
            System.err.println("no screenshot " + name + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * As {@link #screenshotForPeople}, as a JPEG ({@code <name>.jpg}): for sweeps of many long pages,
     * where encoding full-page PNGs is most of the time a page takes.
     */
    protected static void jpegForPeople(Page page, String name) {
        if (!PICTURES) return;
        try {
            Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".jpg")).setFullPage(true)
                    .setType(com.microsoft.playwright.options.ScreenshotType.JPEG).setQuality(70));
        } catch (IOException | com.microsoft.playwright.PlaywrightException e) {
            System.err.println("no screenshot " + name + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * Waits until no CSS transition or animation is running, so that colours read
     * (by a test or by axe's contrast check) are the final ones, not mid-fade.
     * An endless animation (a spinner) makes this time out: exclude it here then.
     */
    protected static void waitForAnimations(Page page) {
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
    }

    /** The current theme: {@code data-theme} on {@code <html>}, "light" when absent. */
    protected static String theme(Page page) {
        String theme = page.locator("html").getAttribute("data-theme");
        return theme == null ? "light" : theme;
    }

    /** Computed style property of the first element matching a selector. */
    protected static String computed(Page page, String selector, String property) {
        return (String) page.locator(selector).first().evaluate(
                "(el, prop) => getComputedStyle(el).getPropertyValue(prop)", property);
    }

    /**
     * The first link inside {@code scope} on the current page that leads to
     * {@code targetUrl} (absolute, http or file), or null. Matching uses the
     * resolved {@code href}, ignoring any #fragment; "dir/" counts as "dir/index.html".
     */
    protected static Locator linkTo(Page page, String scope, String targetUrl) {
        // One round trip for all links: a lesson's nav can list hundreds.
        Object index = page.evaluate("([scope, target]) => {"
                + " const links = [...document.querySelectorAll(scope + ' a[href]')];"
                + " return links.findIndex(a => {"
                + "   const href = a.href.split('#')[0];"
                + "   return (href.endsWith('/') ? href + 'index.html' : href) === target; }); }",
                List.of(scope, targetUrl));
        int i = ((Number) index).intValue();
        return i < 0 ? null : page.locator(scope + " a[href]").nth(i);
    }
}
