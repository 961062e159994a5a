package io.coursegen.load;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.coursegen.model.MarkdownDoc;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <a href>} and {@code <img src>} of raw HTML in markdown, as links and images with the
 * position of their URL, so they get the same checks, rewriting and copying as markdown's own. Comments
 * are skipped (their HTML never reaches a page), and the value is read as a browser reads it: quoted or
 * not, with character references decoded.
 */
final class RawHtmlLinks {
    private RawHtmlLinks() {}

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    /** A start tag {@code a} or {@code img}; group 1 the name, group 2 its attributes. */
    private static final Pattern TAG = Pattern.compile("<(a|img)(\\s(?:\"[^\"]*\"|'[^']*'|[^'\">])*)?>", Pattern.CASE_INSENSITIVE);

    /** One attribute of a start tag: name, then a double-quoted, single-quoted or bare value. */
    private static final Pattern ATTR = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    /** Adds the links and images of the raw HTML {@code html} (a slice of the markdown at {@code lines}) to {@code out}. */
    static void find(BasedSequence html, TextPositions lines, List<MarkdownDoc.Link> out) {
        String text = html.toString();
        if (text.indexOf('<') < 0) return;
        // Blank out comments rather than cut them, so offsets still point into the file.
        Matcher c = COMMENT.matcher(text);
        StringBuilder blanked = new StringBuilder(text);
        while (c.find()) for (int i = c.start(); i < c.end(); i++) blanked.setCharAt(i, ' ');
        Matcher tag = TAG.matcher(blanked);
        while (tag.find()) {
            if (tag.group(2) == null) continue;
            boolean image = tag.group(1).equalsIgnoreCase("img");
            String wanted = image ? "src" : "href";
            Matcher attr = ATTR.matcher(tag.group(2));
            while (attr.find()) {
                if (!attr.group(1).equalsIgnoreCase(wanted)) continue;
                int g = attr.group(2) != null ? 2 : attr.group(3) != null ? 3 : attr.group(4) != null ? 4 : 0;
                if (g == 0) break; // an attribute with no value: nothing to check
                String url = org.jsoup.parser.Parser.unescapeEntities(attr.group(g), true);
                int offset = html.getStartOffset() + tag.start(2) + attr.start(g);
                out.add(new MarkdownDoc.Link(url, image, lines.at(offset)));
                break; // a browser takes the first of repeated attributes
            }
        }
    }
}
