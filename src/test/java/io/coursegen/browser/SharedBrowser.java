package io.coursegen.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The browser tests' shared fixtures, one of each per test JVM: a {@link Chromium} (one Playwright
 * driver and one headless browser) and a {@link SharedCourse} (the real course built once and served
 * over http). Both start lazily, the first time a test asks for one, and are closed when the JVM
 * ends (a shutdown hook), not at the end of a JUnit run: surefire, handing classes to two forks one at
 * a time, starts a JUnit run per class, so the run's root store would close them after every class.
 *
 * <p>A class gets them as parameters of its {@code @BeforeAll} method (or of a test) with
 * {@code @ExtendWith(SharedBrowser.class)}; {@link BrowserTestSupport} does this for its subclasses.
 * Tests stay isolated from each other by opening a new browser context per test (own storage,
 * cookies, viewport), never by a new browser; and none writes into the shared build except into a
 * folder of its own (see {@link BuiltSite#htmlFiles()}).
 *
 * <p>Starting Chromium and building the course cost a few seconds each; before they were shared,
 * every class paid them again. Playwright objects belong to the thread that made them
 * ({@link Chromium} checks), so browser tests run one at a time in a JVM; surefire's forks run
 * in parallel, each with its own.
 */
public final class SharedBrowser implements ParameterResolver {

    private static Chromium chromium;
    private static SharedCourse course;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Chromium.class || type == SharedCourse.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Chromium.class ? chromium() : course();
    }

    /** The JVM's Chromium, launched on first use. */
    public static synchronized Chromium chromium() {
        if (chromium == null) {
            Chromium launched = Chromium.launch();
            closeAtExit("Chromium", launched);
            chromium = launched;
        }
        return chromium;
    }

    /** The JVM's built and served course, built on first use. */
    public static synchronized SharedCourse course() {
        if (course == null) {
            SharedCourse started = SharedCourse.start();
            closeAtExit("the shared course's server", started);
            course = started;
        }
        return course;
    }

    /** Closes {@code resource} when the JVM exits, waiting at most 20 s so a hung browser cannot hold the fork. */
    private static void closeAtExit(String what, AutoCloseable resource) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Thread closer = new Thread(() -> {
                try {
                    resource.close();
                } catch (Exception e) {
                    System.err.println("closing " + what + ": " + e);
                }
            }, "close " + what);
            closer.setDaemon(true);
            closer.start();
            try {
                closer.join(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shared-browser-shutdown"));
    }

    /** The shipped course's one build ({@link BuiltSite#shipped()}) and the server serving it. */
    public record SharedCourse(BuiltSite site, StaticServer server) implements AutoCloseable {

        static SharedCourse start() {
            BuiltSite site = BuiltSite.shipped();
            try {
                return new SharedCourse(site, StaticServer.start(site.root()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
