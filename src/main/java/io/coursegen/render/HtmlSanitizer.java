package io.coursegen.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import io.coursegen.model.OutsideLinks.RemoteImages;

/**
 * Keeps only safe HTML in rendered lesson bodies. Authors may write raw HTML in markdown; whatever
 * they paste, no script, event handler, frame, form or {@code javascript:} URL reaches a page. Links
 * may be http, https, mailto, relative or {@code #anchor}; images must be relative (the checks report
 * remote ones, since the site never requests another host).
 *
 * <p>Author HTML keeps its {@code class} and {@code id} attributes for styling and anchors, but never a
 * {@code data-*} attribute: the page's scripts find their own elements by data attributes only
 * ({@code data-cg} hooks, {@code data-quiz}, {@code data-lesson}, ...; see {@code assets/dom.js}), so
 * a lesson that imitates a widget's markup is never taken for the widget.
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

    /** The safelist with {@code remote-images: allow}: images may come from http and https URLs too. */
    private static final Safelist REMOTE_IMAGES = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "#", "term")
            .addTags("details", "summary", "kbd", "samp", "var", "sub", "sup", "del", "s", "ins", "mark",
                    "abbr", "hr", "input", "figure", "figcaption")
            .addAttributes(":all", "id", "class")
            .addAttributes("abbr", "title")
            .addAttributes("details", "open")
            .addAttributes("input", "type", "checked", "disabled")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .preserveRelativeLinks(true);

    static {
        // GitHub keeps `align` on these; the body renderer turns it into a class (the CSP forbids style attributes).
        for (Safelist s : new Safelist[] {SAFELIST, REMOTE_IMAGES}) s.addAttributes("p", "align").addAttributes("div", "align")
                .addAttributes("h1", "align").addAttributes("h2", "align").addAttributes("h3", "align").addAttributes("h4", "align")
                .addAttributes("h5", "align").addAttributes("h6", "align");
    }

    private HtmlSanitizer() {}

    /** A clean copy of {@code dirty}'s body, remote images refused; the input document is not changed. */
    static Document clean(Document dirty) {
        return clean(dirty, RemoteImages.REFUSE);
    }

    /**
     * A clean copy of {@code dirty}'s body with {@code remoteImages} applied: refused images lose their
     * {@code src}, {@code link} makes each a link to it with its alt text (or, inside a link already, just
     * that text), {@code allow} keeps it, {@code //host} read as https. {@code dirty} may be changed.
     */
    static Document clean(Document dirty, RemoteImages remoteImages) {
        if (remoteImages == RemoteImages.LINK) imagesToLinks(dirty);
        if (remoteImages == RemoteImages.ALLOW) {
            for (Element img : dirty.select("img[src^=//]")) img.attr("src", "https:" + img.attr("src"));
        }
        Document clean = new Cleaner(remoteImages == RemoteImages.ALLOW ? REMOTE_IMAGES : SAFELIST).clean(dirty);
        // Only task-list checkboxes are legitimate inputs in a lesson body.
        for (Element input : clean.select("input")) {
            if (!"checkbox".equals(input.attr("type"))) input.remove();
        }
        dropForeignSchemes(clean, remoteImages == RemoteImages.ALLOW);
        dropDataAttributes(clean);
        return clean;
    }

    /** Each remote image as a link to it named by its alt text; a badge inside a link becomes its alt text. */
    private static void imagesToLinks(Document doc) {
        for (Element img : doc.select("img[src]")) {
            String src = img.attr("src").strip();
            if (io.coursegen.model.CourseMarkdown.origin(src).isEmpty()) continue;
            String alt = img.attr("alt").strip();
            if (img.closest("a") != null) {
                if (alt.isEmpty()) img.remove();
                else img.replaceWith(new org.jsoup.nodes.TextNode(alt));
            } else {
                Element a = new Element("a").attr("href", src.startsWith("//") ? "https:" + src : src).addClass("remote-image");
                a.text(alt.isEmpty() ? "Image: " + src : alt);
                img.replaceWith(a);
            }
        }
    }

    /** The safelist allows no data attribute; this holds that for good, whatever is added to it later. */
    private static void dropDataAttributes(Document doc) {
        for (Element e : doc.getAllElements()) {
            for (org.jsoup.nodes.Attribute a : e.attributes().asList()) {
                if (a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("data-")) e.removeAttr(a.getKey());
            }
        }
    }

    /** Schemes a URL attribute may have once cleaned, by tag and attribute; none means relative only. */
    private static final java.util.Map<String, java.util.Set<String>> SCHEMES = java.util.Map.of(
            "a href", java.util.Set.of("http", "https", "mailto", "term"),
            "img src", java.util.Set.of(),
            "blockquote cite", java.util.Set.of("http", "https"),
            "q cite", java.util.Set.of("http", "https"));

    /** A scheme as a browser reads one: letters first, before any {@code /}, {@code ?} or {@code #}. */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    /**
     * jsoup's cleaner checks a URL's protocol only when the URL parses as an absolute one; one that does
     * not ({@code javascript:<<<<}) it keeps as relative, yet a browser still reads its scheme. So every URL
     * attribute is checked again here, the way a browser parses it: control characters and spaces
     * removed, the scheme compared without case.
     */
    private static void dropForeignSchemes(Document doc, boolean remoteImages) {
        for (Element e : doc.select("[href], [src], [cite]")) {
            for (String attr : new String[] {"href", "src", "cite"}) {
                if (!e.hasAttr(attr)) continue;
                String key = e.tagName() + " " + attr;
                java.util.Set<String> allowed = remoteImages && key.equals("img src") ? java.util.Set.of("http", "https")
                        : SCHEMES.getOrDefault(key, java.util.Set.of());
                String value = e.attr(attr).replaceAll("[\\u0000-\\u0020\\u007f]", "");
                java.util.regex.Matcher m = SCHEME.matcher(value);
                if (m.find() && !allowed.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) e.removeAttr(attr);
                // `//host/x.png` names another host as surely as `https://host/x.png` does.
                else if (key.equals("img src") && !remoteImages && value.startsWith("//")) e.removeAttr(attr);
            }
        }
    }
}
