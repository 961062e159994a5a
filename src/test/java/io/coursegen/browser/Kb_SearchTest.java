package io.coursegen.browser;

import com.fasterxml.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search as a learner uses it: the header box with the keyboard, from file:// and over http, the
 * results page with the query in its URL, highlighted snippets, and queries that look like HTML.
 */
class Kb_SearchTest extends BrowserTestSupport {
    private static final String OPTIONS = "#site-search-results [role=option]";

    private static void type(Page page, String query) {
        // On a phone the field is folded behind the header's search button.
        if (page.locator("#site-search").isHidden()) page.locator("[data-cg~=search-open]").click();
        page.locator("#site-search").click();
        page.keyboard().type(query);
        page.locator("#site-search-result-all").waitFor();
    }

    @Test
    void headerSearchFromFileUrlOpensAResultByKeyboard() {
        ProbedPage opened = openFile("index.html", WIDE);
        Page page = opened.page();
        type(page, "catastrophic forgetting");
        assertTrue(page.locator(OPTIONS).count() > 1, "results for a phrase used in the course");
        assertEquals("true", page.locator("#site-search").getAttribute("aria-expanded"));
        page.keyboard().press("ArrowDown");
        Locator active = page.locator(OPTIONS + "[aria-selected=true]");
        assertEquals(1, active.count());
        assertEquals(active.getAttribute("id"), page.locator("#site-search").getAttribute("aria-activedescendant"));
        assertTrue(active.locator("mark").count() > 0, "the snippet highlights the words");
        String href = active.getAttribute("data-href");
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.startsWith("file:") && u.contains(href.replace("../", "").split("#")[0]));
        if (href.contains("#")) {
            String id = href.substring(href.indexOf('#') + 1);
            assertEquals(1, page.locator("[id='" + id + "']").count(), "the result links to a heading anchor: " + href);
        }
        opened.probe().assertClean("searching from file://");
    }

    @Test
    void arrowsWrapEscapeClosesAndEnterWithoutSelectionOpensTheResultsPage() {
        ProbedPage opened = open("index.html", NARROW);
        Page page = opened.page();
        type(page, "LoRA");
        int n = page.locator(OPTIONS).count();
        assertTrue(n >= 2, "LoRA has results and the all-results option");
        page.keyboard().press("ArrowUp");
        assertEquals("site-search-result-all", page.locator("#site-search").getAttribute("aria-activedescendant"),
                "ArrowUp from the box selects the last option");
        page.keyboard().press("ArrowDown");
        assertEquals("site-search-result-0", page.locator("#site-search").getAttribute("aria-activedescendant"),
                "ArrowDown from the last option wraps to the first");
        waitForAnimations(page);
        screenshot(page, "search-dropdown-" + NARROW + "-" + theme(page));
        Axe.assertNoViolations(page, "header search with results open");
        page.keyboard().press("Escape");
        assertTrue(page.locator("#site-search-results").isHidden(), "Escape closes the results");
        assertEquals("false", page.locator("#site-search").getAttribute("aria-expanded"));
        assertEquals("LoRA", page.locator("#site-search").inputValue(), "the first Escape keeps the query");
        page.keyboard().press("Enter");
        page.waitForURL(server.url("search.html?q=LoRA"));
        assertEquals("LoRA", page.locator("#search-page-input").inputValue());
        page.locator("#search-page-results li").first().waitFor();
        opened.probe().assertClean("searching with the keyboard");
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"http", "file"})
    void resultsPageReadsTheQueryFromTheUrl(String scheme) {
        ProbedPage opened = scheme.equals("http") ? open("search.html?q=embeddings", WIDE)
                : openFile("index.html", WIDE);
        Page page = opened.page();
        if (scheme.equals("file")) page.navigate(fileUrl("search.html") + "?q=embeddings");
        page.locator("#search-page-results li").first().waitFor();
        assertTrue(page.locator("#search-status").textContent().contains("for “embeddings”"), page.locator("#search-status").textContent());
        List<String> marks = page.locator("#search-page-results mark").allTextContents();
        assertFalse(marks.isEmpty(), "snippets highlight the matches");
        assertTrue(marks.stream().allMatch(m -> m.toLowerCase(java.util.Locale.ROOT).startsWith("embed")), marks.toString());
        Locator first = page.locator("#search-page-results li h2 a").first();
        assertTrue(first.getAttribute("href").contains("glossary/embedding.html"), "the glossary term ranks first: " + first.getAttribute("href"));
        opened.probe().assertClean("the results page over " + scheme);
    }

    /**
     * Sections are grouped under their page, so no page takes several places; for a one-word term the
     * glossary entry, the lesson and the quiz about it come first, in that order.
     */
    @Test
    void resultsGroupSectionsUnderTheirPageGlossaryLessonQuizFirst() {
        ProbedPage opened = open("search.html?q=forgetting", WIDE);
        Page page = opened.page();
        page.locator("#search-page-results > li").first().waitFor();
        JsonNode results = QuizDriver.parse((String) page.evaluate("() => JSON.stringify([...document.querySelectorAll('#search-page-results > li')]"
                + ".map(li => ({page: li.querySelector('h2 a').getAttribute('href').split('#')[0], kind: li.querySelector('.search-kind').textContent,"
                + " sections: [...li.querySelectorAll('ul a')].map(a => a.getAttribute('href').split('#')[0])})))"));
        assertTrue(results.size() >= 3, results.toString());
        assertEquals(List.of("Glossary", "Lesson", "Quiz"), List.of(results.get(0).get("kind").textValue(),
                results.get(1).get("kind").textValue(), results.get(2).get("kind").textValue()), results.toString());
        java.util.Set<String> pages = new java.util.HashSet<>();
        boolean grouped = false;
        for (JsonNode r : results) {
            assertTrue(pages.add(r.get("page").textValue()), "each page once: " + r.get("page"));
            for (JsonNode section : r.get("sections")) {
                assertEquals(r.get("page").textValue(), section.textValue(), "a section sits under its own page");
                grouped = true;
            }
        }
        assertTrue(grouped, "the lesson's other sections are grouped under it: " + results);
        opened.probe().assertClean("grouped results");
    }

    @Test
    void aQueryContainingHtmlShowsAsText() {
        String query = "<img src=x id=injected><b>bold</b>";
        ProbedPage opened = open("search.html?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), WIDE);
        Page page = opened.page();
        page.waitForFunction("() => !document.getElementById('search-status').textContent.startsWith('Searching')");
        assertTrue(page.locator("#search-status").textContent().contains(query), page.locator("#search-status").textContent());
        assertEquals(0, page.locator("#injected").count(), "no element made from the query");
        assertEquals(0, page.locator("main b").count());
        type(page, "<i id=also>x</i>");
        // The box answers each keystroke as the shards it needs arrive: wait for the whole query's row.
        page.waitForFunction("q => document.getElementById('site-search-result-all').textContent.includes(q)", "<i id=also>x</i>");
        assertEquals(0, page.locator("#also").count());
        opened.probe().assertClean("a query with HTML in it");
    }
}
