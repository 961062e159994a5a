package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Getting around: the collapsible nav at phone width, the always-visible nav at
 * laptop width, {@code aria-current} on the current page's link, prev/next links
 * between lessons, and the skip link.
 */
class Site_NavigationTest extends BrowserTestSupport {

    @Test
    void narrowNavIsHiddenUntilToggledAndItsLinksWork() {
        ProbedPage opened = open(PageKind.HOME, NARROW);
        Page page = opened.page();
        Locator toggle = page.locator("#nav-toggle");
        Locator nav = page.locator("#site-nav");

        assertTrue(toggle.isVisible(), "#nav-toggle should be visible at " + NARROW + "px");
        assertEquals("site-nav", toggle.getAttribute("aria-controls"));
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertTrue(nav.isHidden(), "#site-nav should be hidden at " + NARROW + "px before the toggle is used");

        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        nav.waitFor(new Locator.WaitForOptions().setTimeout(2_000)); // visible, perhaps after a slide-in

        // Follow the nav to a lesson when the home nav lists lessons, else to a module.
        String target = site.path(PageKind.LESSON);
        Locator link = linkTo(page, "#site-nav", server.url(target));
        if (link == null) {
            target = site.path(PageKind.MODULE);
            link = linkTo(page, "#site-nav", server.url(target));
        }
        assertNotNull(link, "#site-nav on the home page links neither to the first lesson nor to the first module");
        link.click();
        page.waitForURL(server.url(target));

        assertCurrentLinkIsSelf(page, server.url(target));
        // A new page starts collapsed again.
        assertEquals("false", page.locator("#nav-toggle").getAttribute("aria-expanded"));
        assertTrue(page.locator("#site-nav").isHidden(), "#site-nav should start hidden on " + target);
        opened.probe().assertClean("navigating from the home page to " + target);
    }

    @Test
    void toggleClosesTheNavAgain() {
        Page page = open(PageKind.LESSON, NARROW).page();
        Locator toggle = page.locator("#nav-toggle");
        toggle.click();
        toggle.click();
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        page.locator("#site-nav").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN).setTimeout(2_000));
    }

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void wideNavIsAlwaysVisibleAndToggleHidden(PageKind kind) {
        Page page = open(kind, WIDE).page();
        assertTrue(page.locator("#site-nav").isVisible(), "#site-nav should be visible at " + WIDE + "px on " + kind);
        assertTrue(page.locator("#nav-toggle").isHidden(), "#nav-toggle should be hidden at " + WIDE + "px on " + kind);
    }

    @ParameterizedTest
    @EnumSource(value = PageKind.class, names = {"MODULE", "LESSON"})
    void currentPageIsMarkedInNav(PageKind kind) {
        Page page = open(kind, WIDE).page();
        assertCurrentLinkIsSelf(page, server.url(site.path(kind)));
    }

    @Test
    void nextAndPrevLinkConsecutiveLessons() {
        assertTrue(site.lessons().size() >= 2, "the course needs two lessons for this test: " + site.lessons());
        String first = site.lessons().get(0);
        String second = site.lessons().get(1);
        ProbedPage opened = open(first, WIDE);
        Page page = opened.page();

        page.locator("a[rel~=next]").first().click();
        page.waitForURL(server.url(second));
        page.locator("a[rel~=prev]").first().click();
        page.waitForURL(server.url(first));
        opened.probe().assertClean("following next and prev from " + first);
    }

    @ParameterizedTest
    @EnumSource(PageKind.class)
    void skipLinkIsFirstAndVisibleWhenFocused(PageKind kind) {
        Page page = open(kind, NARROW).page();
        page.keyboard().press("Tab");
        Locator focused = page.locator("a.skip-link:focus");
        assertEquals(1, focused.count(), "the first Tab on " + kind + " should focus a.skip-link");
        assertEquals("#main", focused.getAttribute("href"));
        assertEquals(1, page.locator("#main").count(), kind + " has no #main for the skip link");
        BoundingBox box = focused.boundingBox();
        assertTrue(box != null && box.width > 1 && box.height > 1 && box.x >= 0 && box.y >= 0
                        && box.x < NARROW && box.y < Chromium.VIEWPORT_HEIGHT,
                "a focused skip link must be on screen on " + kind + ", box: " + describe(box));
        page.keyboard().press("Enter");
        // The hash changes after the key press is handled, which a loaded machine can delay: wait for it
        // (Playwright's default timeout fails the test if it never comes) instead of reading the URL at once.
        page.waitForURL(url -> url.endsWith("#main"));
        assertTrue(page.url().endsWith("#main"), "Enter on the skip link should go to #main, url: " + page.url());
    }

    /** Exactly one nav link carries aria-current="page", and it points at this page. */
    private static void assertCurrentLinkIsSelf(Page page, String selfUrl) {
        Locator current = page.locator("#site-nav a[aria-current=page]");
        assertEquals(1, current.count(), "links with aria-current=page in #site-nav of " + selfUrl);
        String href = (String) current.evaluate("a => a.href.split('#')[0]");
        assertEquals(selfUrl, href.endsWith("/") ? href + "index.html" : href,
                "the aria-current link should point at the page itself");
    }

    private static String describe(BoundingBox box) {
        return box == null ? "none" : "x=" + box.x + " y=" + box.y + " w=" + box.width + " h=" + box.height;
    }
}
