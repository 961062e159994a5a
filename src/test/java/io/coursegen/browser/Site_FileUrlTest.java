package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The built site works straight from disk through file:// URLs: styles load,
 * scripts run (under the CSP, which treats file: specially), links lead to the
 * right pages, and nothing is fetched from anywhere but file:.
 */
class Site_FileUrlTest extends BrowserTestSupport {

    @Test
    void siteWorksFromFileUrls() {
        ProbedPage opened = openFile("index.html", WIDE);
        Page page = opened.page();

        // Browser default for a <button> is inline-block; the site hides the nav
        // toggle at this width, so "none" proves the stylesheet was applied.
        assertEquals("none", computed(page, "#nav-toggle", "display"),
                "#nav-toggle display at " + WIDE + "px (is the stylesheet loaded?)");
        Object unloadedSheets = page.evaluate(
                "() => [...document.querySelectorAll('link[rel~=stylesheet]')].filter(l => !l.sheet).map(l => l.href)");
        assertEquals("[]", String.valueOf(unloadedSheets), "stylesheets that did not load");

        // The theme toggle only works if the scripts ran.
        String before = theme(page);
        page.locator("#theme-toggle").click();
        assertNotEquals(before, theme(page), "#theme-toggle should switch data-theme (did the scripts run?)");

        String lesson = site.path(PageKind.LESSON);
        Locator link = linkTo(page, "body", fileUrl(lesson));
        if (link == null) {
            String module = site.path(PageKind.MODULE);
            link = linkTo(page, "body", fileUrl(module));
            assertNotNull(link, "index.html links neither to " + lesson + " nor to " + module);
            link.click();
            page.waitForURL(fileUrl(module));
            link = linkTo(page, "body", fileUrl(lesson));
            assertNotNull(link, module + " has no link to " + lesson);
        }
        link.click();
        page.waitForURL(fileUrl(lesson));
        assertTrue(page.locator("h1").first().isVisible(), lesson + " shows a heading");
        assertNotEquals(before, theme(page), "the theme chosen on index.html should carry over to " + lesson);

        opened.probe().assertClean("browsing from file://");
    }
}
