package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The theme toggle: it flips {@code data-theme} between light and dark, reports
 * the state through {@code aria-pressed}, really changes colours, and is
 * remembered (localStorage {@code coursegen.theme}) across reloads and pages.
 */
class Site_ThemeTest extends BrowserTestSupport {

    private static final String STORAGE_KEY = "coursegen.theme";

    @Test
    void toggleSwitchesThemeAndIsRemembered() {
        ProbedPage opened = open(PageKind.HOME, WIDE);
        Page page = opened.page();
        // The context prefers a light colour scheme and has empty storage.
        assertEquals("light", theme(page), "initial theme");
        assertEquals("false", page.locator("#theme-toggle").getAttribute("aria-pressed"));
        waitForAnimations(page);
        String lightBackground = computed(page, "body", "background-color");

        page.locator("#theme-toggle").click();
        assertDark(page, "after clicking #theme-toggle");
        assertEquals("dark", page.evaluate("k => localStorage.getItem(k)", STORAGE_KEY), "stored theme");
        waitForAnimations(page);
        String darkBackground = computed(page, "body", "background-color");
        assertNotEquals(lightBackground, darkBackground, "body background-color should change with the theme");

        page.reload();
        assertDark(page, "after reload");
        waitForAnimations(page);
        assertEquals(darkBackground, computed(page, "body", "background-color"), "background after reload");

        page.navigate(server.url(site.path(PageKind.LESSON)));
        assertDark(page, "on another page");

        page.locator("#theme-toggle").click();
        page.reload();
        assertEquals("light", theme(page), "theme after switching back and reloading");
        assertEquals("false", page.locator("#theme-toggle").getAttribute("aria-pressed"));
        opened.probe().assertClean("using the theme toggle");
    }

    private static void assertDark(Page page, String when) {
        assertEquals("dark", theme(page), "data-theme " + when);
        assertEquals("true", page.locator("#theme-toggle").getAttribute("aria-pressed"), "aria-pressed " + when);
    }
}
