package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Highlighted code in a real lesson, opened from {@code file://} at phone width: tokens are coloured by
 * the stylesheet alone (the page's CSP allows no inline style), in the light theme and differently in the
 * dark one, where axe (colour contrast included) finds nothing. One page load for all of it.
 */
class Highlight_BrowserTest extends BrowserTestSupport {

    @Test
    void tokensAreColouredInBothThemesWithEnoughContrast() {
        String lesson = site.lessons().stream().filter(this::hasHighlightedCode).findFirst().orElse(null);
        assertNotNull(lesson, "the shipped course has a lesson with highlighted code");
        ProbedPage opened = openFile(lesson, NARROW);
        Page page = opened.page();
        waitForAnimations(page);
        String plain = computed(page, "pre code", "color");
        String keyword = computed(page, "pre code .hl-keyword", "color");
        String string = computed(page, "pre code .hl-string", "color");
        assertNotEquals(plain, keyword, "a keyword is coloured");
        assertNotEquals(keyword, string, "strings and keywords differ");
        assertEquals("italic", computed(page, "pre code .hl-comment", "font-style"), "comments show without colour too");

        page.locator("#theme-toggle").click();
        assertEquals("dark", theme(page));
        waitForAnimations(page);
        assertNotEquals(keyword, computed(page, "pre code .hl-keyword", "color"), "the dark theme has its own colours");
        // Checked before axe runs: axe reads the stylesheets again, which a file:// page may not fetch.
        assertTrue(opened.probe().problems().isEmpty(), () -> String.join("\n", opened.probe().problems()));
        Axe.assertNoViolations(page, lesson + " in the dark theme");
    }

    private boolean hasHighlightedCode(String lesson) {
        try {
            String html = Files.readString(site.file(lesson));
            return html.contains("class=\"hl-keyword\"") && html.contains("class=\"hl-string\"") && html.contains("class=\"hl-comment\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
