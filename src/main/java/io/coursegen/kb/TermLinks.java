package io.coursegen.kb;

import io.coursegen.render.SitePaths;
import io.coursegen.kb.TermMatcher;
import io.coursegen.model.kb.GlossaryTerm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Links glossary terms in a rendered lesson body. An explicit link {@code [text](term:slug)} becomes
 * a term link; {@code [text](term:-)} becomes plain text that is never linked. With automatic links
 * on, the first mention of each term (see {@link TermMatcher}) becomes a term link too, except inside
 * code, links, headings, callout titles and embed paragraphs, and except for a term already linked
 * earlier in the page.
 *
 * <p>A term link is an ordinary link to the term's page carrying its one-sentence definition in
 * {@code data-definition}; {@code glossary.js} adds a button that shows the definition in a popover.
 * Without JavaScript the link is all there is.
 */
public final class TermLinks {
    /** The URL scheme of explicit term links. */
    public static final String SCHEME = "term:";
    /** The target of {@code [text](term:-)}: this text is not a term mention. */
    public static final String NOT_A_TERM = "-";

    private static final Set<String> SKIPPED_TAGS = Set.of("a", "code", "pre", "kbd", "samp", "h1", "h2", "h3", "h4",
            "h5", "h6", "button", "script", "style", "sup", "textarea", "summary");

    private final Map<String, GlossaryTerm> terms = new HashMap<>();
    private final TermMatcher matcher;

    public TermLinks(List<GlossaryTerm> glossary) {
        List<TermMatcher.Name> names = new ArrayList<>();
        for (GlossaryTerm t : glossary) {
            terms.put(t.slug(), t);
            t.names().forEach(n -> names.add(new TermMatcher.Name(n.text(), t.slug())));
        }
        this.matcher = new TermMatcher(names);
    }

    /** The matcher over every term name, for finding mentions elsewhere (backlinks). */
    public TermMatcher matcher() {
        return matcher;
    }

    /**
     * Rewrites {@code doc} (a body fragment shown on {@code page}); {@code auto} turns on links for
     * first mentions; {@code self} is a term slug never linked (the term's own page), or null.
     */
    public void apply(Document doc, String page, boolean auto, String self) {
        List<Node> nodes = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode || node instanceof Element e && e.tagName().equals("a") && e.attr("href").startsWith(SCHEME)) {
                    nodes.add(node);
                }
            }
        }, doc.body());
        Set<String> done = new HashSet<>();
        if (self != null) done.add(self);
        Set<Node> plain = new HashSet<>();
        for (Node node : nodes) {
            if (node instanceof Element a) {
                explicit(a, page, done, plain);
            } else if (auto && !plain.contains(node) && node.parent() != null) {
                autoLink((TextNode) node, page, done);
            }
        }
    }

    private void explicit(Element a, String page, Set<String> done, Set<Node> plain) {
        String slug = a.attr("href").substring(SCHEME.length()).strip();
        GlossaryTerm term = terms.get(slug);
        if (slug.equals(NOT_A_TERM) || term == null) { // unknown slugs are reported by the checks
            plain.addAll(a.childNodes());
            a.unwrap();
            return;
        }
        done.add(slug);
        decorate(a, term, page);
    }

    private void autoLink(TextNode text, String page, Set<String> done) {
        String whole = text.getWholeText();
        List<TermMatcher.Match> fresh = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (TermMatcher.Match m : matcher.find(whole)) {
            if (!done.contains(m.slug()) && slugs.add(m.slug())) fresh.add(m);
        }
        // Where the text sits is looked at only when it holds a new mention: most text holds none.
        if (fresh.isEmpty() || !linkable(text)) return;
        done.addAll(slugs);
        List<Node> parts = new ArrayList<>();
        int at = 0;
        for (TermMatcher.Match m : fresh) {
            if (m.start() > at) parts.add(new TextNode(whole.substring(at, m.start())));
            Element a = new Element("a").text(whole.substring(m.start(), m.end()));
            decorate(a, terms.get(m.slug()), page);
            parts.add(a);
            at = m.end();
        }
        if (at < whole.length()) parts.add(new TextNode(whole.substring(at)));
        Node anchor = text;
        for (Node p : parts) {
            anchor.after(p);
            anchor = p;
        }
        text.remove();
    }

    private static void decorate(Element a, GlossaryTerm term, String page) {
        a.attr("href", SitePaths.relative(page, KbPaths.termPage(term.slug())));
        a.addClass("term-link");
        a.attr("data-term", term.term().text());
        a.attr("data-definition", term.definition());
    }

    /** False inside code, links, headings, callout titles and the paragraph of an embed. */
    private static boolean linkable(Node node) {
        for (Element e = (Element) node.parent(); e != null; e = e.parent()) {
            if (SKIPPED_TAGS.contains(e.tagName()) || e.hasClass("callout-title")) return false;
            if (e.tagName().equals("p") && e.parent() != null && e.parent().tagName().equals("body")
                    && io.coursegen.load.MarkdownParser.EMBED.matcher(e.text().strip()).matches()) {
                return false;
            }
        }
        return true;
    }
}
