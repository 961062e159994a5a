package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.coursegen.model.MarkdownDoc.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * MarkdownText cuts text runs out of the source string instead of copying flexmark's sequences one
 * character at a time, and joins a section's blocks without collapsing white space a second time. Over
 * generated markdown full of escapes, entities, callouts, tables, breaks and odd white space, the prose
 * must equal the sequences' own text, and the sections must equal the one-pass-per-section definition.
 */
class MarkdownText_SliceTest {
    private static final String[] PIECES = {
        "plain words", "\\*escaped\\*", "&amp; &lt;x&gt;", "**bold** and _em_", "`code span`", "[a link](x.md)",
        "[!NOTE]", "> [!TIP]\n> quoted tip", "line one  \nline two", "tab\there", "\u2003em space\u2003", "trailing \\",
        "| a | b |\n| --- | :-: |\n| c\u00a0d | e |", "- item\n- [x] done", "1. first\n2. second", "## Heading", "### Sub *heading*",
        "```\nfenced code\n```", "    indented code", "<span>raw</span>", "{{quiz q1}}", "www.example.org", "text!bang", "  ",
        "[^1] note\n\n[^1]: the footnote", "~~struck~~", "a\u000bb\fc", "emoji \uD83D\uDE00 here",
    };

    @Test
    void cutTextEqualsFlexmarksOwnCopies() {
        Random random = new Random(7);
        for (int doc = 0; doc < 3000; doc++) {
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                body.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? " " : "\n\n");
            }
            String source = body.toString();
            Document parsed = MarkdownParser.parser().parse(source);
            assertEquals(MarkdownText.prose(parsed, null), MarkdownText.prose(parsed, source), source);
            assertEquals(reference(parsed), MarkdownText.sections(parsed, source), source);
        }
    }

    /** The sections as first defined: each block's plain text appended with a space, the whole collapsed once. */
    private static List<Section> reference(Document doc) {
        List<Section> out = new ArrayList<>();
        String anchor = "";
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof com.vladsch.flexmark.ast.Heading h && (h.getLevel() == 2 || h.getLevel() == 3)) {
                add(out, anchor, heading, text);
                anchor = h.getAnchorRefId();
                heading = MarkdownText.plain(h);
                text.setLength(0);
            } else if (block instanceof com.vladsch.flexmark.ast.Reference || block instanceof com.vladsch.flexmark.ast.HtmlBlock
                    || block instanceof com.vladsch.flexmark.ast.HtmlInline) {
                continue;
            } else if (block instanceof com.vladsch.flexmark.ast.Paragraph p && MarkdownParser.EMBED.matcher(p.getChars().trim()).matches()) {
                continue;
            } else {
                text.append(' ').append(MarkdownText.plain(block));
            }
        }
        add(out, anchor, heading, text);
        return out;
    }

    private static void add(List<Section> out, String anchor, String heading, StringBuilder text) {
        String t = MarkdownText.collapse(text);
        if (!t.isEmpty() || !heading.isEmpty()) out.add(new Section(anchor, heading, t));
    }
}
