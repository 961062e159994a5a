package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A glossary term link in a lesson: its definition opens in a popover by keyboard, is read from the
 * button's named disclosure, closes with Escape back to the button; without the popover the link
 * still leads to the term's page, which links back to the lesson.
 */
class Kb_TermPopoverTest extends BrowserTestSupport {

    @ParameterizedTest(name = "at {0}px")
    @ValueSource(ints = {NARROW, WIDE})
    void definitionOpensByKeyboardAndEscapeCloses(int width) {
        String lesson = site.path(PageKind.LESSON);
        ProbedPage opened = open(lesson, width);
        Page page = opened.page();
        Locator link = page.locator("a.term-link").first();
        String term = link.getAttribute("data-term");
        String definition = link.getAttribute("data-definition");
        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Definition of " + term)).first();
        assertEquals("false", button.getAttribute("aria-expanded"));

        link.focus();
        page.keyboard().press("Tab");
        assertTrue((Boolean) button.evaluate("b => b === document.activeElement"), "Tab from the term link reaches its button");
        page.keyboard().press("Enter");
        assertEquals("true", button.getAttribute("aria-expanded"));
        Locator panel = page.locator("#" + button.getAttribute("aria-controls"));
        assertTrue(panel.isVisible());
        assertTrue(panel.textContent().contains(definition), panel.textContent());
        double right = ((Number) panel.evaluate("p => p.getBoundingClientRect().right")).doubleValue();
        assertTrue(right <= width, "the popover stays inside the viewport: right edge " + right);
        waitForAnimations(page);
        popoverShot(page, "term-popover-" + width + "-" + theme(page));
        Axe.assertNoViolations(page, "lesson with a term popover open");
        page.locator("#theme-toggle").click();
        page.locator("a.term-link").first().focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Space");
        waitForAnimations(page);
        popoverShot(page, "term-popover-" + width + "-" + theme(page));
        Axe.assertNoViolations(page, "lesson with a term popover open, other theme");

        page.keyboard().press("Escape");
        assertFalse(panel.isVisible(), "Escape closes the popover");
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertTrue((Boolean) button.evaluate("b => b === document.activeElement"), "focus returns to the button");
        opened.probe().assertClean("term popover on " + lesson);
    }

    /** The visible part of the page, scrolled so the open popover shows: a full-page shot of a lesson is too tall to look at. */
    private static void popoverShot(Page page, String name) {
        if (!PICTURES) return;
        page.locator(".term-popover:not([hidden])").first().scrollIntoViewIfNeeded();
        viewportShot(page, name);
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"http", "file"})
    void termLinkLeadsToTheTermPageWhichLinksBack(String scheme) {
        String lesson = site.path(PageKind.LESSON);
        ProbedPage opened = scheme.equals("http") ? open(lesson, WIDE) : openFile(lesson, WIDE);
        Page page = opened.page();
        Locator link = page.locator("a.term-link").first();
        String term = link.getAttribute("data-term");
        link.click();
        page.waitForURL(u -> u.contains("/glossary/"));
        assertEquals(term, page.locator("h1").textContent().strip());
        String lessonUrl = scheme.equals("http") ? server.url(lesson) : fileUrl(lesson);
        assertTrue(linkTo(page, ".kb-links", lessonUrl) != null, "the term page's \"Used in\" links back to " + lesson);
        opened.probe().assertClean("term link to its page over " + scheme);
    }
}
