package io.coursegen.render;

import io.coursegen.kb.KbPaths;
import io.coursegen.kb.TermLinks;
import io.coursegen.load.HeadingIds;
import io.coursegen.model.Lesson;
import io.coursegen.widget.Widgets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a lesson's markdown HTML (flexmark rendered it while loading) into the HTML of its page body:
 * the sanitizer cleans it, then links to {@code .md} files become page URLs, images point at their copied files,
 * {@code > [!NOTE]} blockquotes become callouts, and table alignment becomes classes (inline styles
 * would break the Content-Security-Policy).
 */
public final class BodyRenderer {
    /** The catalog key of each callout kind's title. */
    static final Map<String, String> CALLOUT_TITLES = Map.of(
            "note", "callout.note", "tip", "callout.tip", "warning", "callout.warning", "disagree", "callout.disagree");
    private static final Pattern MARKER = Pattern.compile("^\\s*\\[!([A-Za-z-]+)\\]\\s*");

    /** A paragraph {@code {{kind id}}} as flexmark and the sanitizer leave it. */
    private static final Pattern EMBED_HTML = Pattern.compile("<p>" + Widgets.EMBED.pattern() + "</p>");

    /**
     * What the widgets a lesson embeds as a paragraph {@code {{kind id}}} render as. Their HTML is built
     * from sanitized parts, so it goes in after the body has been cleaned.
     */
    public interface Embeds {
        /** The HTML of item {@code id} of the widget {@code kind}, on {@code lesson}'s page. */
        String embed(String kind, String id, Lesson lesson);
    }

    private final SitePaths paths;
    private final Embeds embeds;
    private final TermLinks termLinks;
    private final io.coursegen.i18n.Messages msg;

    /** @param termLinks links glossary terms in bodies (see {@link TermLinks}) */
    public BodyRenderer(SitePaths paths, Embeds embeds, TermLinks termLinks) {
        this(paths, embeds, termLinks, io.coursegen.i18n.Messages.english());
    }

    /** @param msg the interface texts the body gets (callout titles, table and checkbox names) */
    public BodyRenderer(SitePaths paths, Embeds embeds, TermLinks termLinks, io.coursegen.i18n.Messages msg) {
        this.paths = paths;
        this.embeds = embeds;
        this.termLinks = termLinks;
        this.msg = msg;
    }

    /** The sanitized body HTML of {@code lesson}, with links made relative to its page. */
    public String render(Lesson lesson) {
        return render(lesson, "");
    }

    /**
     * {@link #render(Lesson)} for a page that also shows {@code pageHtml} (the widgets after the body):
     * an id of the author's raw HTML that it, or a widget embedded in the body, uses is dropped, so
     * that labels and ARIA references of the widgets point at the widgets' own elements.
     */
    public String render(Lesson lesson, String pageHtml) {
        return render(lesson.body(), lesson.path(), SitePaths.lessonPage(lesson), lesson.glossaryLinks(), null, lesson, pageHtml);
    }

    /** The sanitized body HTML of a standalone page at output path {@code page}. */
    public String render(io.coursegen.model.StandalonePage standalone, String page) {
        return render(standalone.body(), standalone.path(), page, true, null, null, "");
    }

    /** The sanitized body HTML of a glossary term's page; other terms' first mentions are linked. */
    public String render(io.coursegen.model.kb.GlossaryTerm term) {
        return render(term.body(), term.path(), KbPaths.termPage(term.slug()), true, term.slug(), null, "");
    }

    private String render(io.coursegen.model.MarkdownDoc body, String from, String page, boolean autoTerms, String self, Lesson lesson,
            String pageHtml) {
        String html = body.html();
        Document doc = HtmlSanitizer.clean(Jsoup.parseBodyFragment(html, HtmlSanitizer.BASE), paths.remoteImages());
        PageLinks.rewrite(doc, from, page, paths);
        makeCallouts(doc, msg);
        termLinks.apply(doc, page, autoTerms, self);
        alignmentToClasses(doc);
        labelTaskCheckboxes(doc, msg);
        makeScrollersFocusable(doc, msg);
        dropClashingIds(doc);
        doc.outputSettings().prettyPrint(false);
        if (lesson == null) return doc.body().html(); // widgets are embedded in lessons only
        String out = doc.body().html();
        List<String> embedded = EMBED_HTML.matcher(out).results().map(m -> embeds.embed(m.group(1), m.group(2), lesson)).toList();
        if (dropIdsUsedBy(doc, embedded, pageHtml)) out = doc.body().html();
        java.util.Iterator<String> next = embedded.iterator();
        return EMBED_HTML.matcher(out).replaceAll(m -> Matcher.quoteReplacement(next.next()));
    }

    /** An id attribute as jte and jsoup write it. */
    private static final Pattern ID_ATTR = Pattern.compile(" id=\"([^\"]+)\"");

    /** Drops the ids of the author's HTML that the widgets' HTML uses too; true if there was one. */
    private static boolean dropIdsUsedBy(Document doc, List<String> embedded, String pageHtml) {
        if (embedded.isEmpty() && pageHtml.isEmpty()) return false;
        Set<String> used = new HashSet<>();
        for (String html : embedded) ID_ATTR.matcher(html).results().forEach(m -> used.add(m.group(1)));
        ID_ATTR.matcher(pageHtml).results().forEach(m -> used.add(m.group(1)));
        boolean dropped = false;
        for (Element e : doc.select("[id]")) {
            if (used.contains(e.id())) {
                e.removeAttr("id");
                dropped = true;
            }
        }
        return dropped;
    }

    /** {@code > [!NOTE]} blockquotes as callouts; widget markdown has them too ({@link MarkdownSnippets}). */
    static void makeCallouts(Document doc, io.coursegen.i18n.Messages msg) {
        for (Element quote : doc.select("blockquote")) {
            Element first = quote.firstElementChild();
            if (first == null || !first.tagName().equals("p")) continue;
            Node head = first.childNodeSize() > 0 ? first.childNode(0) : null;
            if (!(head instanceof TextNode text)) continue;
            Matcher m = MARKER.matcher(text.getWholeText());
            if (!m.find()) continue;
            String kind = m.group(1).toLowerCase(Locale.ROOT);
            String titleKey = CALLOUT_TITLES.get(kind);
            if (titleKey == null) continue; // reported by the checks
            String title = msg.t(titleKey);
            text.text(text.getWholeText().substring(m.end()));
            if (first.text().isBlank() && first.children().isEmpty()) first.remove();
            // A div with role=note, not an aside: an aside inside <main> is a misplaced landmark.
            Element aside = new Element("div").attr("role", "note").addClass("callout").addClass("callout-" + kind);
            aside.appendElement("p").addClass("callout-title").text(title);
            aside.appendChildren(quote.childNodesCopy());
            quote.replaceWith(aside);
        }
    }

    /**
     * {@code align} as GitHub shows it, but as a class ({@code align-center}): on table cells, paragraphs,
     * divs and headings it aligns the text, on an image it floats it left or right (or centres it).
     */
    private static void alignmentToClasses(Document doc) {
        for (Element e : doc.select("th[align], td[align], p[align], div[align], h1[align], h2[align], h3[align], h4[align],"
                + " h5[align], h6[align], img[align]")) {
            String align = e.attr("align").strip().toLowerCase(Locale.ROOT);
            e.removeAttr("align");
            if (align.equals("left") || align.equals("center") || align.equals("right")) e.addClass("align-" + align);
        }
    }

    /** A checkbox needs an accessible name; the item's state is what it conveys. */
    private static void labelTaskCheckboxes(Document doc, io.coursegen.i18n.Messages msg) {
        for (Element box : doc.select("input[type=checkbox]")) {
            box.attr("disabled", true);
            box.attr("aria-label", msg.t(box.hasAttr("checked") ? "lesson.task-done" : "lesson.task-not-done"));
        }
    }

    /**
     * Wide tables and code blocks scroll sideways on phones; keyboard users can only scroll what can
     * take focus, so each gets {@code tabindex=0}, and tables a labelled region wrapper to scroll in.
     * Regions need distinct names, so with several tables on a page they are "Table 1", "Table 2", ...
     */
    private static void makeScrollersFocusable(Document doc, io.coursegen.i18n.Messages msg) {
        for (Element pre : doc.select("pre")) pre.attr("tabindex", "0");
        List<Element> tables = doc.select("table");
        for (int i = 0; i < tables.size(); i++) {
            String label = tables.size() == 1 ? msg.t("lesson.table") : msg.t("lesson.table-n", "number", i + 1);
            tables.get(i).wrap("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"" + label + "\"></div>");
        }
    }

    /** Raw HTML may carry ids that the layout or an earlier element already uses; drop the repeats. */
    private static void dropClashingIds(Document doc) {
        Set<String> seen = new HashSet<>(HeadingIds.RESERVED);
        for (Element e : doc.select("[id]")) {
            if (!seen.add(e.id())) e.removeAttr("id");
        }
    }
}
