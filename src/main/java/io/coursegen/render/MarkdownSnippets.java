package io.coursegen.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import io.coursegen.load.MarkdownParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders the short markdown texts of quizzes (prompts, options, feedback, explanations) to sanitized
 * HTML, with the same syntax and the same sanitizer as lesson bodies.
 */
public final class MarkdownSnippets {
    private static final Parser PARSER = Parser.builder(MarkdownParser.OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(MarkdownParser.OPTIONS).build();

    private MarkdownSnippets() {}

    /** Block HTML for {@code markdown}; empty for null. */
    public static String block(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        Document doc = clean(markdown);
        return doc.body().html();
    }

    /**
     * Phrasing HTML for {@code markdown}, for places such as a {@code <label>} that may not hold
     * paragraphs: a single paragraph is unwrapped; several become line-broken text.
     */
    public static String inline(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        Document doc = clean(markdown);
        Element body = doc.body();
        if (body.children().size() == 1 && body.child(0).tagName().equals("p")) return body.child(0).html();
        StringBuilder sb = new StringBuilder();
        for (Element child : body.children()) {
            if (sb.length() > 0) sb.append("<br>");
            sb.append(child.tagName().equals("p") ? child.html() : escape(child.text()));
        }
        return sb.toString();
    }

    private static Document clean(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        Document doc = HtmlSanitizer.clean(Jsoup.parseBodyFragment(html, HtmlSanitizer.BASE));
        doc.select("[id]").removeAttr("id"); // snippets repeat across pages; ids would clash
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
