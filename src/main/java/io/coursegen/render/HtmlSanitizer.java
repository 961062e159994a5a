package io.coursegen.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps only safe HTML in rendered lesson bodies. Authors may write raw HTML in markdown; whatever
 * they paste, no script, event handler, frame, form or {@code javascript:} URL reaches a page. Links
 * may be http, https, mailto, relative or {@code #anchor}; images must be relative (the checks report
 * remote ones, since the site never requests another host).
 */
final class HtmlSanitizer {
    /** Any base works: it only lets jsoup accept relative links while checking protocols. */
    static final String BASE = "https://coursegen.invalid/page/";

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "#", "term")
            .removeProtocols("img", "src", "http", "https")
            .addTags("details", "summary", "kbd", "samp", "var", "sub", "sup", "del", "s", "ins", "mark",
                    "abbr", "hr", "input", "figure", "figcaption")
            .addAttributes(":all", "id", "class")
            .addAttributes("abbr", "title")
            .addAttributes("details", "open")
            .addAttributes("input", "type", "checked", "disabled")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {}

    /** A clean copy of {@code dirty}'s body; the input document is not changed. */
    static Document clean(Document dirty) {
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        // Only task-list checkboxes are legitimate inputs in a lesson body.
        for (Element input : clean.select("input")) {
            if (!"checkbox".equals(input.attr("type"))) input.remove();
        }
        return clean;
    }
}
