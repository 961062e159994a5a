package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.coursegen.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An mdBook and an MkDocs site as their tools' own documentation writes them (the {@code mdbook-docs}
 * and {@code mkdocs-docs} fixtures: SUMMARY.md parts, mdbook-quiz, hidden lines, admonitions, content
 * tabs, snippets), imported with {@code coursegen import}, built, and opened as a learner would:
 * every page the import made (home, modules, lessons, quizzes) has no Nu Html error, no axe
 * violation and no sideways scrolling at 375 px, and nothing refused or requested from another
 * host; at 1280 px the same for the first lesson and the quiz page (what the width changes is the
 * site's chrome, which {@code Site_BrowserTest} checks at both widths; what an import can get wrong,
 * the content, is the same at both: the whole sweep at both widths doubled the test's time). One tab
 * per width goes from page to page.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
class Imported_BrowserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mdbook, mdbook-docs", "mkdocs, mkdocs-docs"})
    void everyImportedPageIsCleanAtBothWidths(String format, String fixture, Chromium chromium) throws IOException {
        Path base = Path.of("target", "browser-site", getClass().getSimpleName(), fixture).toAbsolutePath();
        deleteTree(base);
        Path project = base.resolve("project");
        Path site = base.resolve("site");
        assertEquals(0, Main.run("import", format, Path.of("src/test/resources/importer", fixture).toString(),
                "--out", project.toString()), "the import succeeds");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", site.toString()), "the imported course builds");
        List<String> pages = importedPages(site);
        assertTrue(pages.size() >= 8, "the fixture's pages were found: " + pages);

        List<String> problems = new ArrayList<>();
        NuHtml nu = new NuHtml();
        for (String rel : pages) nu.check(site.resolve(rel)).forEach(m -> problems.add("Nu: " + rel + ": " + m));
        String firstLesson = pages.stream().filter(p -> p.contains("/") && !p.endsWith("index.html") && !p.startsWith("quizzes/"))
                .findFirst().orElseThrow();
        try (StaticServer server = StaticServer.start(site)) {
            for (int width : BrowserTestSupport.WIDTHS) {
                BrowserContext context = chromium.newContext(width);
                try {
                    Page page = context.newPage();
                    page.addInitScript(Axe.SCRIPT);
                    for (String rel : pages) {
                        boolean wideToo = rel.equals(firstLesson) || rel.startsWith("quizzes/") && !rel.endsWith("index.html");
                        if (width != BrowserTestSupport.NARROW && !wideToo) continue;
                        page.navigate("about:blank");
                        PageProbe probe = PageProbe.http(page, server.origin());
                        page.navigate(server.url(rel));
                        String where = rel + " at " + width + " px";
                        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                        if (!"0".equals(overflow.toString())) problems.add(where + " scrolls sideways by " + overflow + " px");
                        Axe.violations(page).forEach(v -> problems.add(where + ":\n" + v));
                        probe.problems().forEach(p -> problems.add(where + ": " + p));
                        probe.detach();
                    }
                } finally {
                    context.close();
                }
            }
        }
        assertTrue(problems.isEmpty(), fixture + ": " + problems.size() + " problem(s)\n" + String.join("\n", problems));
    }

    /** The pages made from the imported files: everything but the generated glossary, tags, search, print, progress and class-results pages. */
    private static List<String> importedPages(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.matches("(glossary|tags|assets)/.*|(search|404|print|progress|insights)\\.html|.*/print\\.html"))
                    .sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
