package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

/**
 * The header on a phone (issue 21, item 6): one row of at most 64 px (it took 128 of 740 px), every
 * control in it and "Mark as read" a touch target of at least 44 by 44 px, and the search field behind
 * a search button that opens it in place and focuses it; Escape folds it away again. On a laptop the
 * field stays in the header and the button is not shown.
 */
class Site_PhoneHeaderTest extends BrowserTestSupport {
    private static final double MAX_HEADER = 64;
    private static final double TOUCH = 44;

    private static BoundingBox box(Page page, String selector) {
        return page.locator(selector).first().boundingBox();
    }

    private static void assertTouchTarget(Page page, String selector) {
        BoundingBox b = box(page, selector);
        assertTrue(b.width >= TOUCH - 0.5 && b.height >= TOUCH - 0.5, selector + " is " + b.width + " x " + b.height + " px, under 44 x 44");
    }

    @Test
    void onAPhoneTheHeaderIsOneShortRowOfTouchTargets() {
        ProbedPage opened = open(PageKind.LESSON, NARROW);
        Page page = opened.page();
        BoundingBox header = box(page, ".site-header");
        assertTrue(header.height <= MAX_HEADER, "the header is " + header.height + " px high at " + NARROW + " px, more than 64");
        for (String s : new String[] {"#nav-toggle", "[data-cg~=search-open]", "#theme-toggle"}) assertTouchTarget(page, s);
        assertTrue(page.locator("#site-search").isHidden(), "the search field starts folded away");
        assertTrue(page.evaluate("document.documentElement.scrollWidth").toString().matches("3[0-7][0-9]"), "the page is no wider than the phone");
        screenshotOf(page, ".site-header", "phone-header-" + NARROW);
        opened.probe().assertClean("the phone header");
    }

    @Test
    void theSearchButtonOpensTheFieldInPlaceAndEscapeFoldsItAway() {
        Page page = open(PageKind.LESSON, NARROW).page();
        Locator button = page.locator("[data-cg~=search-open]");
        assertEquals("button", button.getAttribute("role"));
        assertEquals("false", button.getAttribute("aria-expanded"));
        String url = page.url();
        button.click();
        assertEquals(url, page.url(), "with JavaScript the button opens the field instead of leaving the page");
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(page.locator("#site-search").isVisible());
        assertEquals("site-search", page.evaluate("document.activeElement.id"), "the field has the focus");
        Axe.assertNoViolations(page, "phone header with the search field open");
        page.keyboard().press("Escape");
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertTrue(page.locator("#site-search").isHidden());
        assertEquals("true", page.evaluate("document.activeElement === document.querySelector('[data-cg~=search-open]')").toString());
        page.keyboard().press("Space");
        assertEquals("true", button.getAttribute("aria-expanded"), "Space opens it, as it would a button");
    }

    @Test
    void markAsReadIsATouchTargetStyledLikeTheOtherButtons() {
        Page page = open(PageKind.LESSON, NARROW).page();
        Locator read = page.locator("[data-cg~=lesson-read-button]");
        read.scrollIntoViewIfNeeded();
        assertTouchTarget(page, "[data-cg~=lesson-read-button]");
        Object radius = page.evaluate("getComputedStyle(document.querySelector('[data-cg~=lesson-read-button]')).borderTopLeftRadius");
        assertEquals("6.4px", radius.toString(), "rounded as the quiz buttons are (0.4rem), not the browser's default button");
    }

    @Test
    void onALaptopTheFieldStaysInTheHeader() {
        Page page = open(PageKind.LESSON, WIDE).page();
        assertTrue(page.locator("#site-search").isVisible());
        assertTrue(page.locator("[data-cg~=search-open]").isHidden());
    }
}
