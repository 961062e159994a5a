package io.coursegen.render;

import io.coursegen.load.HeadingIds;
import io.coursegen.model.ContentPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts the HTML of many lessons, each rendered for its own page, onto one print page and keeps it one
 * valid page: every element id is made unique across the page (a lesson's ids get its anchor as a
 * prefix, and any that would still repeat a number), and everything that names an id follows
 * ({@code href="#..."}, {@code for}, {@code aria-labelledby} and the like); radio groups get names of
 * their own, so two copies of a quiz do not share one; named landmarks (a widget's section, a scrolling
 * table's region) add the lesson's title to their name, so two lessons' calculators differ; headings move down to sit under the lesson's
 * title; relative links and images are rebased from the lesson's page to the print page, and a link to
 * a lesson (or a heading in one) that is on the print page becomes a link to its anchor there.
 *
 * <p>Widgets are shown as they are without JavaScript (the print page loads no widget scripts), so the
 * data blocks their scripts would read ({@code <script type="application/json">}) are dropped.
 *
 * <p>Use: {@link #anchor} for the page's own headings (modules), {@link #addLesson} for each lesson in
 * order, then {@link #html()} for each lesson's rewritten HTML. Anchors and ids are given in that order,
 * so the same course gives the same page.
 */
final class PrintHtml {
    /** Ids that layout.jte and print.jte use; nothing on a print page may take them. */
    static final Set<String> PAGE_IDS = pageIds();

    private static Set<String> pageIds() {
        Set<String> ids = new HashSet<>(HeadingIds.RESERVED);
        ids.addAll(List.of("site-search", "site-search-form", "print-contents-title"));
        return Set.copyOf(ids);
    }

    /** Attributes that hold one id or a space-separated list of them. */
    private static final List<String> ID_REFERENCES = List.of("for", "headers", "list", "form", "aria-labelledby", "aria-describedby",
            "aria-controls", "aria-owns", "aria-details", "aria-flowto", "aria-errormessage", "aria-activedescendant", "popovertarget");

    private final String page;
    private final int headingShift;
    private final Set<String> taken = new HashSet<>(PAGE_IDS);
    /** Lesson page path to the lesson's part of this page. */
    private final Map<String, Part> parts = new LinkedHashMap<>();

    private record Part(String anchor, String title, Document doc, Map<String, String> ids) {}

    /** The named landmarks a lesson's HTML may hold: regions (named sections, scrolling tables), asides, navs, forms. */
    private static final String LANDMARKS = "section[aria-labelledby], section[aria-label], [role=region], aside[aria-labelledby], aside[aria-label],"
            + " nav[aria-labelledby], nav[aria-label], form[aria-labelledby], form[aria-label]";

    /**
     * @param page         the print page's path in the site ({@code print.html}, {@code <module>/print.html})
     * @param headingShift how many levels a lesson's headings move down (its h2 becomes an h(2+shift))
     */
    PrintHtml(String page, int headingShift) {
        this.page = page;
        this.headingShift = headingShift;
    }

    /** {@code wanted} if no element of the page has it yet, else the first free {@code wanted-2}, {@code wanted-3}, ... */
    String anchor(String wanted) {
        String id = wanted;
        for (int n = 2; !taken.add(id); n++) id = wanted + "-" + n;
        return id;
    }

    /**
     * Adds the lesson whose page is {@code lessonPage}, with {@code html} as rendered for that page;
     * returns the anchor of its part of the print page, which the print page gives the heading with the
     * lesson's {@code title}. Its ids are given now, so later lessons can link to them.
     */
    String addLesson(String lessonPage, String wantedAnchor, String title, String html) {
        String anchor = anchor(wantedAnchor);
        Document doc = Jsoup.parseBodyFragment(html, HtmlSanitizer.BASE);
        doc.outputSettings().prettyPrint(false);
        Map<String, String> ids = new HashMap<>();
        for (Element e : doc.select("[id]")) {
            String id = e.id();
            String unique = anchor(anchor + "--" + id);
            ids.putIfAbsent(id, unique); // a repeat (a broken page already) keeps the first's references
            e.id(unique);
        }
        parts.put(lessonPage, new Part(anchor, title, doc, ids));
        return anchor;
    }

    /** Each lesson's rewritten HTML, by lesson page path, in the order they were added. */
    Map<String, String> html() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Part> p : parts.entrySet()) out.put(p.getKey(), rewrite(p.getKey(), p.getValue()));
        return out;
    }

    private String rewrite(String lessonPage, Part part) {
        Document doc = part.doc();
        doc.select("script[type=application/json]").remove();
        for (String attr : ID_REFERENCES) {
            for (Element e : doc.select("[" + attr + "]")) e.attr(attr, mapIds(e.attr(attr), part.ids()));
        }
        // Landmarks must differ by name on a page, and two lessons may show the same (a calculator, "Table"):
        // each takes its lesson's title as well.
        for (Element e : doc.select(LANDMARKS)) {
            if (e.hasAttr("aria-labelledby")) e.attr("aria-labelledby", e.attr("aria-labelledby") + " " + part.anchor());
            else e.attr("aria-label", e.attr("aria-label") + " (" + part.title() + ")");
        }
        for (Element radio : doc.select("input[type=radio][name]")) radio.attr("name", part.anchor() + "--" + radio.attr("name"));
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            h.tagName("h" + Math.min(6, h.tagName().charAt(1) - '0' + headingShift));
        }
        for (Element a : doc.select("a[href]")) a.attr("href", link(a.attr("href"), lessonPage, part));
        for (Element img : doc.select("img[src]")) img.attr("src", rebase(img.attr("src"), lessonPage));
        return doc.body().html();
    }

    private static String mapIds(String value, Map<String, String> ids) {
        List<String> out = new ArrayList<>();
        for (String token : value.trim().split("\\s+")) out.add(ids.getOrDefault(token, token));
        return String.join(" ", out);
    }

    /** A link of the lesson at {@code lessonPage}, as it must read on the print page. */
    private String link(String href, String lessonPage, Part part) {
        if (href.startsWith("#")) {
            String mapped = part.ids().get(href.substring(1));
            return mapped == null ? href : "#" + mapped;
        }
        Optional<String[]> target = target(href, lessonPage);
        if (target.isEmpty()) return href;
        Part there = parts.get(target.get()[0]);
        if (there == null) return SitePaths.relative(page, target.get()[0]) + target.get()[1];
        String fragment = target.get()[1].startsWith("#") ? target.get()[1].substring(1) : "";
        return "#" + there.ids().getOrDefault(fragment, there.anchor());
    }

    private String rebase(String url, String lessonPage) {
        return target(url, lessonPage).map(t -> SitePaths.relative(page, t[0]) + t[1]).orElse(url);
    }

    /**
     * The site path a relative URL on {@code fromPage} leads to, and what follows the path (query and
     * fragment); empty for URLs that are not relative paths inside the site.
     */
    static Optional<String[]> target(String url, String fromPage) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || ContentPaths.hasScheme(url)) return Optional.empty();
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0 && i < cut) cut = i;
        }
        String path = url.substring(0, cut);
        if (path.isEmpty()) return Optional.empty();
        List<String> segments = new ArrayList<>(List.of(fromPage.split("/")));
        segments.remove(segments.size() - 1);
        for (String s : path.split("/", -1)) {
            if (s.equals("..")) {
                if (segments.isEmpty()) return Optional.empty();
                segments.remove(segments.size() - 1);
            } else if (!s.equals(".")) {
                segments.add(s);
            }
        }
        return Optional.of(new String[] {String.join("/", segments), url.substring(cut)});
    }
}
