package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Markdown written for GitHub renders as GitHub shows it, within the pages' CSP (issue 16, item 6). */
class BodyRenderer_GithubParityTest {

    @Test
    void alignOnParagraphsDivsHeadingsAndImagesBecomesAClass() {
        String html = Render_Fixture.body("""
                <p align="center">Centred</p>

                <div align="right">Right</div>

                <h2 align="CENTER">Heading</h2>

                <img src="a.png" alt="A" align="left">

                <p align="justify">Not a value GitHub shows</p>
                """);
        assertTrue(html.contains("<p class=\"align-center\">Centred</p>"), html);
        assertTrue(html.contains("<div class=\"align-right\">Right</div>"), html);
        assertTrue(html.contains("<h2 class=\"align-center\">Heading</h2>"), html);
        assertTrue(html.contains("<img src=\"a.png\" alt=\"A\" class=\"align-left\">"), html);
        assertTrue(html.contains("<p>Not a value GitHub shows</p>"), html);
        assertFalse(html.contains("align="), html);
        assertFalse(html.contains("style="), html);
    }

    @Test
    void imageWidthAndHeightAreKept() {
        String html = Render_Fixture.body("<img src=\"diagram.png\" alt=\"Diagram\" width=\"320\" height=\"200\">\n");
        assertTrue(html.contains("<img src=\"diagram.png\" alt=\"Diagram\" width=\"320\" height=\"200\">"), html);
    }

    @Test
    void anEscapedPipeInCodeInATableCellIsAPipe() {
        String html = Render_Fixture.body("| Command | Meaning |\n|---|---|\n| `a \\| b` | **`c \\| d`** |\n");
        assertTrue(html.contains("<td><code>a | b</code></td>"), html);
        assertTrue(html.contains("<td><strong><code>c | d</code></strong></td>"), html);
        assertFalse(html.contains("\\|"), html);
    }

    @Test
    void emojiShortcodesAreUnicode() {
        String html = Render_Fixture.body("Done :tada: and :white_check_mark:, but :not-an-emoji: stays.\n");
        assertEquals("<p>Done \uD83C\uDF89 and \u2705, but :not-an-emoji: stays.</p>", html.strip());
    }

    @Test
    void emojiShortcodesInCodeStayAsWritten() {
        assertEquals("<p><code>:tada:</code></p>", Render_Fixture.body("`:tada:`\n").strip());
    }

    @Test
    void htmlCommentsAreDropped() {
        String html = Render_Fixture.body("<!-- a note for editors -->\n\nText <!-- inline --> here.\n\n<div>\n<!-- in a block -->\nBlock\n</div>\n");
        assertFalse(html.contains("<!--"), html);
        assertFalse(html.contains("editors"), html);
        assertTrue(html.contains("Text  here."), html);
    }

    @Test
    void rawHtmlLinksToLessonsBecomePageUrlsAsMarkdownLinksDo() {
        String html = Render_Fixture.body("<a href=\"../02-more/01-second.md?WT.mc_id=x#deep-dive\">Next</a>\n\n"
                + "[md](../02-more/01-second.md?WT.mc_id=x#deep-dive)\n");
        assertTrue(html.contains("<a href=\"../more/second.html#deep-dive\">Next</a>"), html);
        assertTrue(html.contains("<a href=\"../more/second.html#deep-dive\">md</a>"), html);
    }

    private static final io.coursegen.model.OutsideLinks LINK = new io.coursegen.model.OutsideLinks(null, io.coursegen.model.OutsideLinks.RemoteImages.LINK);
    private static final io.coursegen.model.OutsideLinks ALLOW = new io.coursegen.model.OutsideLinks(null, io.coursegen.model.OutsideLinks.RemoteImages.ALLOW);

    private static final String REMOTE = """
            ![Build status](https://img.example.org/build.svg)

            [![Licence: MIT](https://badges.example.net/mit.svg)](https://opensource.org/licenses/MIT)

            <img src="//cdn.example.com/photo.jpg" alt="">

            ![Local](images/local.png)
            """;

    @Test
    void remoteImagesRefusedLoseTheirSource() {
        String html = Render_Fixture.body(REMOTE);
        assertFalse(html.contains("example.org/build.svg\""), html);
        assertFalse(html.contains("src=\"//"), html);
        assertTrue(html.contains("<img src=\"images/local.png\" alt=\"Local\">"), html);
    }

    @Test
    void remoteImagesAsLinksNameThemByAltTextAndBadgesInLinksBecomeText() {
        String html = Render_Fixture.body(REMOTE, LINK);
        assertTrue(html.contains("<a href=\"https://img.example.org/build.svg\" class=\"remote-image\">Build status</a>"), html);
        assertTrue(html.contains("<a href=\"https://opensource.org/licenses/MIT\">Licence: MIT</a>"), html);
        assertTrue(html.contains("<a href=\"https://cdn.example.com/photo.jpg\" class=\"remote-image\">Image: //cdn.example.com/photo.jpg</a>"), html);
        assertTrue(html.contains("<img src=\"images/local.png\" alt=\"Local\">"), html);
        assertFalse(html.contains("<img src=\"http"), html);
    }

    @Test
    void remoteImagesAllowedKeepTheirSourceOverHttps() {
        String html = Render_Fixture.body(REMOTE, ALLOW);
        assertTrue(html.contains("<img src=\"https://img.example.org/build.svg\" alt=\"Build status\">"), html);
        assertTrue(html.contains("<a href=\"https://opensource.org/licenses/MIT\"><img src=\"https://badges.example.net/mit.svg\" alt=\"Licence: MIT\"></a>"), html);
        assertTrue(html.contains("<img src=\"https://cdn.example.com/photo.jpg\" alt=\"\">"), html);
    }

    @Test
    void allowedImageOriginsAreExactlyWhatThePageCspAdds() {
        io.coursegen.render.view.PageFrame frame = new io.coursegen.render.view.PageFrame("en", "c", "C", "P", "D", "", null, java.util.List.of(),
                false, null, java.util.List.of(), java.util.List.of(), java.util.List.of(), null, false, true,
                java.util.List.of("https://badges.example.net", "https://img.example.org"), io.coursegen.i18n.Messages.english());
        assertTrue(frame.csp().contains("img-src 'self' data: https://badges.example.net https://img.example.org;"), frame.csp());
        assertEquals(io.coursegen.render.view.PageFrame.CSP.replace("img-src 'self' data:;", ""),
                frame.csp().replace("img-src 'self' data: https://badges.example.net https://img.example.org;", ""));
    }
}
