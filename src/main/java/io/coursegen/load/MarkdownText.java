package io.coursegen.load;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import io.coursegen.model.MarkdownDoc.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plain text out of a parsed markdown document: its prose (for finding term mentions) and its sections
 * (for search). Taken while loading, because the syntax tree is dropped once the body is rendered.
 */
public final class MarkdownText {
    private MarkdownText() {}

    /**
     * The prose text runs of {@code doc}, which was parsed from {@code source}: not inside headings,
     * code, links or raw HTML, as term linking skips them.
     */
    static List<String> prose(Document doc, String source) {
        List<String> out = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Text && !insideSkipped(n)) out.add(text(n.getChars(), source));
        }
        return out;
    }

    /**
     * The characters of {@code s}, cut from {@code source} when {@code s} is a plain slice of it: flexmark
     * copies a sequence out one character at a time, and this was most of the time taken here.
     */
    private static String text(BasedSequence s, String source) {
        return isSliceOf(s, source) ? source.substring(s.getStartOffset(), s.getEndOffset()) : s.toString();
    }

    private static void append(StringBuilder out, BasedSequence s, String source) {
        if (isSliceOf(s, source)) out.append(source, s.getStartOffset(), s.getEndOffset());
        else out.append(s);
    }

    private static boolean isSliceOf(BasedSequence s, String source) {
        return source != null && s instanceof SubSequence && s.getEndOffset() - s.getStartOffset() == s.length()
                && s.getBaseSequence().length() == source.length();
    }

    private static boolean insideSkipped(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Heading || p instanceof Code || p instanceof Link || p instanceof LinkRef || p instanceof AutoLink
                    || p instanceof FencedCodeBlock || p instanceof IndentedCodeBlock || p instanceof HtmlBlock) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sections of {@code doc} (parsed from {@code source}), split at h2 and h3 headings; text is the
     * blocks' plain text with white space collapsed; embed paragraphs ({@code {{quiz id}}}) and raw HTML are left out.
     */
    static List<Section> sections(Document doc, String source) {
        List<Section> out = new ArrayList<>();
        String anchor = "";
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h && (h.getLevel() == 2 || h.getLevel() == 3)) {
                add(out, anchor, heading, text);
                anchor = h.getAnchorRefId();
                heading = plain(h, source);
                text.setLength(0);
            } else if (block instanceof Reference || block instanceof HtmlBlock || block instanceof HtmlInline) {
                continue;
            } else if (block instanceof Paragraph p && MarkdownParser.EMBED.matcher(p.getChars().trim()).matches()) {
                continue;
            } else {
                // Each block's text is collapsed and trimmed, so joining them with one space needs no second pass.
                String words = plain(block, source);
                if (!words.isEmpty()) {
                    if (text.length() > 0) text.append(' ');
                    text.append(words);
                }
            }
        }
        add(out, anchor, heading, text);
        return out;
    }

    private static void add(List<Section> out, String anchor, String heading, StringBuilder text) {
        String t = text.toString();
        if (!t.isEmpty() || !heading.isEmpty()) out.add(new Section(anchor, heading, t));
    }

    /**
     * The words of a node: its text runs, with a space at line breaks and between blocks. (flexmark's
     * TextCollectingVisitor trips an internal assertion on some documents when assertions are on.)
     */
    public static String plain(Node node) {
        return plain(node, null);
    }

    /** The words of markdown {@code source}, parsed as lessons are, with white space collapsed. */
    public static String plain(String source) {
        return plain(MarkdownParser.parser().parse(source), source);
    }

    private static String plain(Node node, String source) {
        StringBuilder out = new StringBuilder();
        if (node instanceof Text) append(out, node.getChars(), source);
        appendWords(node, out, source);
        // Most text has no "!": skip the marker pattern there, it is the costly part of a build's load stage.
        return collapse(out.indexOf("!") < 0 ? out : CALLOUT_MARKER.matcher(out).replaceAll(" "));
    }

    /** The words under {@code parent} in document order; table separator rows (|---|) hold none. */
    private static void appendWords(Node parent, StringBuilder out, String source) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof com.vladsch.flexmark.ext.tables.TableSeparator) continue;
            if (n instanceof com.vladsch.flexmark.ext.tables.TableCell) out.append(' ');
            if (n instanceof Text) {
                append(out, n.getChars(), source);
            } else if (n instanceof com.vladsch.flexmark.util.ast.Block || n instanceof com.vladsch.flexmark.ast.SoftLineBreak
                    || n instanceof com.vladsch.flexmark.ast.HardLineBreak) {
                out.append(' ');
            }
            appendWords(n, out, source); // depth is bounded: MarkdownLimits rejects deeper trees
        }
    }

    /** {@code text} with each run of white space (as regex {@code \\s}: space, \\t \\n \\x0B \\f \\r) made one space, and trimmed. */
    static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString().strip(); // strip() also drops other Unicode white space at the ends
    }

    /** What is left of a callout's {@code [!NOTE]} marker as text. */
    private static final java.util.regex.Pattern CALLOUT_MARKER =
            java.util.regex.Pattern.compile("(?i)\\[?!(" + String.join("|", MarkdownParser.CALLOUT_KINDS) + ")\\]?(?![\\p{L}\\p{N}])");
}
