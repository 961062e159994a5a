package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.coursegen.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The GitHub-course fixture ({@code src/test/resources/github-course}, without its lesson of broken links)
 * in Chromium: on a 375 px phone its lesson with a long inline code span and a long bare URL does not
 * scroll sideways, and the lesson and a standalone page have no axe violation and no Nu error, with
 * nothing refused by the CSP or requested from another host. One load per page and width.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
class GithubCourse_BrowserTest {
    private Path site;
    private StaticServer server;
    private Chromium chromium;

    @BeforeAll
    void buildAndServe(Chromium shared) throws IOException {
        Path base = Path.of("target", "browser-site", getClass().getSimpleName()).toAbsolutePath();
        if (Files.exists(base)) {
            try (Stream<Path> s = Files.walk(base)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Path project = io.coursegen.testing.GithubCourse.copyWithoutBrokenLinks(base.resolve("project"));
        site = base.resolve("site");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", site.toString()));
        server = StaticServer.start(site);
        chromium = shared;
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void longCodeAndUrlsWrapOnAPhoneAndPagesAreClean() {
        List<String> nu = new java.util.ArrayList<>();
        NuHtml checker = new NuHtml();
        for (String rel : List.of("lessons/writing-prompts.html", "setup.html")) {
            checker.check(site.resolve(rel)).forEach(m -> nu.add(m.toString()));
            // The lesson at both widths; the standalone page, which has no long lines, on the phone only.
            for (int width : rel.startsWith("lessons/") ? BrowserTestSupport.WIDTHS : List.of(BrowserTestSupport.NARROW)) {
                BrowserContext context = chromium.newContext(width);
                try {
                    Page page = context.newPage();
                    PageProbe probe = PageProbe.http(page, server.origin());
                    page.navigate(server.url(rel));
                    Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    assertEquals("0", overflow.toString(), rel + " scrolls sideways at " + width + " px");
                    if (rel.startsWith("lessons/") && width == BrowserTestSupport.NARROW) {
                        Object codeRight = page.evaluate("Math.max(...[...document.querySelectorAll('.lesson-body p code, .lesson-body p a')]"
                                + ".map(e => e.getBoundingClientRect().right))");
                        assertTrue(((Number) codeRight).doubleValue() <= width, "inline code and links end inside the screen: " + codeRight);
                    }
                    Axe.assertNoViolations(page, rel + " at " + width + " px");
                    probe.assertClean(rel + " at " + width + " px");
                } finally {
                    context.close();
                }
            }
        }
        assertEquals(List.of(), nu, "Nu Html Checker errors");
    }
}
