package io.coursegen.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * One Playwright driver plus one headless Chromium, launched from the system's
 * Chromium (Debian's {@code /usr/bin/chromium}, or {@code $CHROMIUM_PATH}).
 *
 * <p>Starting the driver and the browser takes a second or two, so the test run
 * keeps one instance for all its classes ({@link SharedBrowser}) and opens a fresh,
 * isolated {@link BrowserContext} (own cookies, storage, viewport) per test.
 * Playwright is not thread-safe: an instance is used only on the thread that
 * launched it, which {@link #newContext} checks.
 */
public final class Chromium implements AutoCloseable {

    /** Where Debian's package puts it; the project's test script installs that package. */
    static final String DEFAULT_PATH = "/usr/bin/chromium";

    /** Viewport height used for every context; widths vary per test. */
    public static final int VIEWPORT_HEIGHT = 800;

    // Chromium inside containers: no sandbox (we run as root), no GPU, and no
    // background traffic of its own, so that any request we see comes from the page.
    private static final List<String> ARGS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;
    private final Thread owner = Thread.currentThread();
    private boolean closed;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /**
     * Starts Playwright and launches Chromium.
     *
     * @throws IllegalStateException if the executable is missing: a browser test
     *     that silently skips would hide exactly the regressions it exists for.
     */
    public static Chromium launch() {
        Path executable = executable();
        // Playwright would otherwise try to download its own browser build, which
        // cannot work offline and is not the browser we want to test with.
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** The Chromium executable to use: {@code $CHROMIUM_PATH} or Debian's. */
    static Path executable() {
        String override = System.getenv("CHROMIUM_PATH");
        Path path = Paths.get(override == null || override.isBlank() ? DEFAULT_PATH : override);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("No Chromium executable at " + path
                    + (override == null ? "" : " (from CHROMIUM_PATH)")
                    + ". The browser tests need it: run the project's test script, which installs"
                    + " Debian's chromium package, or point CHROMIUM_PATH at a Chromium binary.");
        }
        return path;
    }

    /**
     * A new isolated context with a {@code width} x {@value #VIEWPORT_HEIGHT} viewport.
     * The colour scheme is pinned to light so that the "default theme" is the same
     * on every machine, whatever the desktop prefers.
     */
    public BrowserContext newContext(int width) {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(width, VIEWPORT_HEIGHT)
                .setColorScheme(ColorScheme.LIGHT)
                .setLocale("en-US"));
        // Fail fast: a missing element should not cost the default 30 s.
        context.setDefaultTimeout(10_000);
        context.setDefaultNavigationTimeout(15_000);
        return context;
    }

    /**
     * The browser, for contexts with other options than {@link #newContext}'s.
     *
     * @throws IllegalStateException on another thread than the launching one (Playwright would
     *     misbehave there), after {@link #close}, or when the browser process has gone away.
     */
    public Browser browser() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("Chromium was launched on thread " + owner.getName()
                    + " and Playwright is not thread-safe; do not run browser tests in parallel threads of one JVM"
                    + " (surefire forks are fine)");
        }
        if (closed || !browser.isConnected()) {
            throw new IllegalStateException("Chromium is " + (closed ? "closed" : "no longer connected"));
        }
        return browser;
    }

    /** Closes the browser and the Playwright driver; a second call does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
