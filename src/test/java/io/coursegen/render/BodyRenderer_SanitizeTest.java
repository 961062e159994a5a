package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Raw HTML and hostile URLs in markdown never reach a page as something that runs. */
class BodyRenderer_SanitizeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x.png onerror=alert(1)>",
        "<svg onload=alert(1)></svg>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=refresh content=\"0;url=https://evil.example\">",
        "<form action=\"https://evil.example\"><button>Go</button></form>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"java&#115;cript:alert(1)\">x</a>",
        "<a href=\"&#1;javascript:alert(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<p title='x\" onmouseover=\"alert(1)'>t</p>",
        "<style>body{display:none}</style>",
        "<object data=x></object><embed src=x>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
        // URLs that do not parse as absolute ones, which jsoup's cleaner then keeps as relative (found by
        // HtmlSanitizer_PropertiesTest): a browser still reads the scheme.
        "![y](JaVaScRiPt:<<<<)",
        "[y](javascript:<<<<)",
        "<a href=\"javascript:%zz<\">x</a>",
        "<img src=\"data:<<\">",
    })
    void nothingExecutableSurvives(String hostile) {
        String html = Render_Fixture.body("Before\n\n" + hostile + "\n\nAfter\n").toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"<script", "<iframe", "<svg", "<base", "<meta", "<form", "<style", "<object",
                "<embed", "javascript:", "vbscript:", "data:", " onerror", " onload", " onmouseover", " style="}) {
            assertFalse(html.contains(bad), () -> "`" + bad + "` survived in: " + html);
        }
        assertTrue(html.contains("before") && html.contains("after"), html);
    }

    @Test
    void authorHtmlKeepsClassesAndIdsButNoDataAttributes() {
        // The page's scripts find their elements by data attributes only (assets/dom.js).
        String html = Render_Fixture.body("""
                <div class="progress-tools" data-cg="progress-tools" DATA-CG="x" data-quiz="q" data-lesson="intro/first">
                <p id="mine" class="export-json" data-cg="export-json" data-move="1">x</p></div>
                """);
        assertEquals("<div class=\"progress-tools\">\n<p id=\"mine\" class=\"export-json\">x</p></div>", html.strip());
    }

    @Test
    void keepsHarmlessHtmlAndSafeLinks() {
        String html = Render_Fixture.body("""
                <details><summary>More</summary>Press <kbd>Ctrl</kbd> and H<sub>2</sub>O, x<sup>2</sup></details>

                [web](https://example.org/a?b=1) [mail](mailto:a@example.org) [here](#top-section)
                """);
        assertTrue(html.contains("<details><summary>More</summary>Press <kbd>Ctrl</kbd> and H<sub>2</sub>O, x<sup>2</sup></details>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/a?b=1\">web</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:a@example.org\">mail</a>"), html);
        assertTrue(html.contains("<a href=\"#top-section\">here</a>"), html);
    }

    @Test
    void rewritesLessonLinksToPageUrls() {
        String html = Render_Fixture.body("[next](../02-more/01-second.md#deep-dive) [self](01-first.md) [img](pic.png)\n");
        assertTrue(html.contains("<a href=\"../more/second.html#deep-dive\">next</a>"), html);
        assertTrue(html.contains("<a href=\"first.html\">self</a>"), html);
        assertTrue(html.contains("<a href=\"pic.png\">img</a>"), html);
    }

    @Test
    void headingsCarryTheirIdsAndLayoutIdsAreNeverReused() {
        String html = Render_Fixture.body("## Main\n\n## Why it matters\n\n<p id=\"why-it-matters\">dup</p><p id=\"site-nav\">x</p>\n");
        assertTrue(html.contains("<h2 id=\"main-1\">Main</h2>"), html);
        assertTrue(html.contains("<h2 id=\"why-it-matters\">Why it matters</h2>"), html);
        assertEquals(1, html.split("id=\"why-it-matters\"", -1).length - 1, html);
        assertFalse(html.contains("id=\"site-nav\""), html);
    }
}
