package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

/** Skipping text that cannot hold a link must not change what gets linked. */
class QuickAutolink_Test {
    @Test
    void textWithoutAColonAtSignAmpersandOrWwwCannotHoldALink() {
        assertFalse(QuickAutolinkExtension.mayHoldLink("plain words, numbers 12.5 and example.org"));
        assertTrue(QuickAutolinkExtension.mayHoldLink("see https://example.org"));
        assertTrue(QuickAutolinkExtension.mayHoldLink("mail me@example.org"));
        assertTrue(QuickAutolinkExtension.mayHoldLink("go to WWW.example.org"));
        assertTrue(QuickAutolinkExtension.mayHoldLink("an entity &#58;"));
    }

    @Test
    void everyKindOfBareLinkIsStillLinked() {
        String html = MarkdownParser.parse("content/01-a/01-b.md",
                "See https://example.org/x, www.example.com and ann@example.net; not example.org.\n", 0, new Diagnostics()).html();
        assertEquals("<p>See <a href=\"https://example.org/x\">https://example.org/x</a>, "
                + "<a href=\"http://www.example.com\">www.example.com</a> and "
                + "<a href=\"mailto:ann@example.net\">ann@example.net</a>; not example.org.</p>\n", html);
    }
}
