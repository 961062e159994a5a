package io.coursegen.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import io.coursegen.kb.TermLinks;
import io.coursegen.load.MarkdownParser;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.Snippets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders the markdown texts of widget items (quiz prompts, options, feedback and explanations,
 * exercise texts, tree questions and help, preset descriptions) for one page, as a lesson body is
 * rendered: the HTML parsed at load ({@link Snippets}), cleaned by the same sanitizer, its links to
 * lessons and images rewritten relative to the page showing it ({@link PageLinks}) and its
 * {@code term:} links made links to the terms' pages, and callouts made as in a lesson. Unlike a lesson
 * body, automatic glossary links and embeds do not apply, and ids are dropped: a text may repeat on a page.
 */
public final class MarkdownSnippets {
    /** For texts made while rendering (a cloze text with its blanks marked), which no file holds as such. */
    private static final Parser PARSER = Parser.builder(MarkdownParser.OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(MarkdownParser.OPTIONS).build();

    private final SitePaths paths;
    private final TermLinks termLinks;
    private final io.coursegen.i18n.Messages msg;

    public MarkdownSnippets(SitePaths paths, TermLinks termLinks, io.coursegen.i18n.Messages msg) {
        this.msg = msg;
        this.paths = paths;
        this.termLinks = termLinks;
    }

    /** The texts of {@code from} as shown on {@code page} (an output path such as {@code quizzes/costs.html}). */
    public On on(Snippets from, String page) {
        return new On(from, page);
    }

    /** Markdown of one file rendered for one page. */
    public final class On {
        private final Snippets from;
        private final String page;

        private On(Snippets from, String page) {
            this.from = from;
            this.page = page;
        }

        /** Block HTML for {@code markdown}; empty for null. */
        public String block(String markdown) {
            if (markdown == null || markdown.isBlank()) return "";
            return clean(markdown).body().html();
        }

        /**
         * Phrasing HTML for {@code markdown}, for places such as a {@code <label>} that may not hold
         * paragraphs: a single paragraph is unwrapped; several become line-broken text, and other
         * blocks their text.
         */
        public String inline(String markdown) {
            return labelled(markdown, false).label();
        }

        /**
         * {@code markdown} as a label and, for blocks a label may not hold (code blocks, lists, tables,
         * quotes), those blocks to show beside it: the paragraphs before the first such block make the
         * label, and everything from it on the blocks (with no such paragraph, the label holds their text,
         * visually hidden). Without any block the label is {@link #inline}'s.
         */
        public Labelled labelled(String markdown) {
            return labelled(markdown, true);
        }

        private Labelled labelled(String markdown, boolean keepBlocks) {
            if (markdown == null || markdown.isBlank()) return new Labelled("", "");
            Element body = clean(markdown).body();
            if (body.children().size() == 1 && body.child(0).tagName().equals("p")) return new Labelled(body.child(0).html(), "");
            StringBuilder label = new StringBuilder();
            StringBuilder blocks = new StringBuilder();
            for (Element child : body.children()) {
                boolean paragraph = child.tagName().equals("p");
                if (keepBlocks && (!paragraph || blocks.length() > 0)) {
                    blocks.append(child.outerHtml());
                    continue;
                }
                if (label.length() > 0) label.append("<br>");
                label.append(paragraph ? child.html() : escape(child.text()));
            }
            if (label.length() == 0 && blocks.length() > 0) {
                // Only blocks (an option that is just a code block): the label still needs a name, so it
                // holds their text for screen readers, and the blocks show it.
                label.append("<span class=\"visually-hidden\">").append(escape(body.text())).append("</span>");
            }
            return new Labelled(label.toString(), blocks.toString());
        }

        private Document clean(String markdown) {
            MarkdownDoc parsed = from.doc(markdown).orElse(null);
            String html = parsed != null ? parsed.html() : RENDERER.render(PARSER.parse(markdown));
            Document doc = HtmlSanitizer.clean(Jsoup.parseBodyFragment(html, HtmlSanitizer.BASE), paths.remoteImages());
            doc.select("[id]").removeAttr("id"); // snippets repeat across pages; ids would clash
            if (from.path() != null) PageLinks.rewrite(doc, from.path(), page, paths);
            BodyRenderer.makeCallouts(doc, msg); // their kinds are checked at load, as a lesson's are
            if (!doc.select("a[href^=term:]").isEmpty()) termLinks.apply(doc, page, false, null);
            doc.outputSettings().prettyPrint(false);
            return doc;
        }
    }

    /**
     * A text split for a form control: {@code label}, phrasing HTML for its {@code <label>}, and
     * {@code blocks}, block HTML shown next to it ("" if none).
     */
    public record Labelled(String label, String blocks) {}

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
