package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two-language fixture ({@code src/test/resources/fixtures/bilingual}: English, and Arabic for part of
 * it) built and browsed in Chromium with three page loads: the Arabic lesson on a phone reads right to
 * left (its code left to right), has its {@code hreflang} alternates and no axe violation; its switcher
 * leads to the same lesson in English, which shows the lesson read in Arabic as read (one progress);
 * on a desktop its sidebar is on the right. What the switcher offers where a page has no translation is
 * read from the files.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
class Multilingual_BrowserTest {
    private static final String AR_LESSON = "ar/basics/prompts.html";
    private static final String EN_LESSON = "en/basics/prompts.html";

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
        site = base.resolve("site");
        Path project = Path.of("src/test/resources/fixtures/bilingual").toAbsolutePath();
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", site.toString()));
        server = StaticServer.start(site);
        chromium = shared;
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void arabicReadsRightToLeftAndTheSwitcherKeepsThePageAndTheProgress() {
        BrowserContext phone = chromium.newContext(BrowserTestSupport.NARROW);
        try {
            Page page = phone.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            page.navigate(server.url(AR_LESSON));
            assertEquals("rtl", page.getAttribute("html", "dir"));
            assertEquals("ar", page.getAttribute("html", "lang"));
            assertEquals("ltr", page.evaluate("getComputedStyle(document.querySelector('.lesson-body pre')).direction"));
            // Mirrored: the menu button, first in the header, is at its right end.
            Object menuRight = page.evaluate("document.querySelector('[data-cg=nav-toggle]').getBoundingClientRect().right");
            assertTrue(((Number) menuRight).doubleValue() > BrowserTestSupport.NARROW - 40, "the menu button is on the right: " + menuRight);
            @SuppressWarnings("unchecked")
            List<String> alternates = (List<String>) page.evaluate("[...document.querySelectorAll('link[rel=alternate]')]"
                    + ".map(l => l.hreflang + ' ' + new URL(l.href).pathname)");
            String root = StaticServer.BASE;
            assertEquals(List.of("en " + root + EN_LESSON, "ar " + root + AR_LESSON, "x-default " + root + EN_LESSON), alternates);
            Axe.assertNoViolations(page, AR_LESSON + " at 375 px");

            // Read in Arabic, then switch: the same lesson in English, read there too.
            page.click("[data-cg=lesson-read-button]");
            assertEquals("true", page.getAttribute("[data-cg=lesson-read-button]", "aria-pressed"));
            page.click(".language-switcher a[hreflang=en]");
            page.waitForURL("**/" + EN_LESSON);
            assertNull(page.getAttribute("html", "dir"));
            assertEquals("en", page.getAttribute("html", "lang"));
            page.waitForSelector("[data-cg=lesson-read-button][aria-pressed=true]");
            probe.assertClean(AR_LESSON + " and " + EN_LESSON);
        } finally {
            phone.close();
        }

        BrowserContext desktop = chromium.newContext(BrowserTestSupport.WIDE);
        try {
            Page page = desktop.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            page.navigate(server.url(AR_LESSON));
            Object sides = page.evaluate("[document.querySelector('#site-nav').getBoundingClientRect().left,"
                    + " document.querySelector('main').getBoundingClientRect().right]");
            List<?> xy = (List<?>) sides;
            assertTrue(((Number) xy.get(0)).doubleValue() >= ((Number) xy.get(1)).doubleValue(), "the sidebar is right of the lesson: " + xy);
            Axe.assertNoViolations(page, AR_LESSON + " at 1280 px");
            probe.assertClean(AR_LESSON + " at 1280 px");
        } finally {
            desktop.close();
        }
    }

    @Test
    void pagesWithoutATranslationLeadToTheirModuleOrHome() throws IOException {
        // A lesson the Arabic module lacks leads to that module; a module Arabic lacks, to the Arabic home page.
        assertEquals("../../ar/basics/index.html", switcherHref("en/basics/costs.html", "ar"));
        assertEquals("../../ar/index.html", switcherHref("en/practice/review.html", "ar"));
        assertEquals("../../en/basics/prompts.html", switcherHref(AR_LESSON, "en"));
        // Such a page names no Arabic alternate, but its default.
        Document costs = Jsoup.parse(site.resolve("en/basics/costs.html").toFile());
        List<String> hreflangs = new ArrayList<>(costs.select("link[rel=alternate]").eachAttr("hreflang"));
        assertEquals(List.of("en", "x-default"), hreflangs);
        // The root leads to each language; one assets folder serves both.
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        assertEquals(List.of("en/index.html", "ar/index.html"), home.select(".language-choice-list a").eachAttr("href"));
        assertTrue(Files.isDirectory(site.resolve("assets")) && !Files.exists(site.resolve("ar/assets")) && !Files.exists(site.resolve("en/assets")));
        List<String> nu = new ArrayList<>();
        NuHtml checker = new NuHtml();
        for (String rel : List.of(AR_LESSON, "index.html")) checker.check(site.resolve(rel)).forEach(m -> nu.add(m.toString()));
        assertEquals(List.of(), nu, "Nu Html Checker errors");
    }

    private String switcherHref(String page, String language) throws IOException {
        Document d = Jsoup.parse(site.resolve(page).toFile());
        return d.selectFirst(".language-switcher a[hreflang=" + language + "]").attr("href");
    }
}
