package io.coursegen.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import io.coursegen.load.MarkdownParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown that {@code handin.js} writes for learner text renders as that text and nothing else:
 * each quote vector's {@code expected} markdown, rendered by flexmark with the site's own extensions
 * (tables, footnotes, task lists, strikethrough, autolinks), is one block quote of paragraphs holding
 * only text and line breaks, showing exactly the vector's {@code paragraphs}. So a learner typing a
 * fence, a heading, a list, HTML or a link cannot change the document an instructor reads.
 */
class Handin_MarkdownTest {
    private static final Parser PARSER = Parser.builder(MarkdownParser.OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(MarkdownParser.OPTIONS).build();

    static Stream<JsonNode> quotes() {
        return HandinVectors.cases("quote").stream();
    }

    static Stream<JsonNode> inlines() {
        return HandinVectors.cases("inline").stream();
    }

    private static Element render(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown))).body();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotes")
    void aQuoteShowsItsTextAsParagraphsAndNothingElse(JsonNode c) {
        String markdown = c.get("expected").textValue();
        Element body = render(markdown);
        List<String> shape = new ArrayList<>();
        body.children().forEach(e -> shape.add(e.tagName()));
        assertEquals(List.of("blockquote"), shape, "one block quote, for input " + c.get("text") + ":\n" + markdown + "\n" + body.html());
        List<String> paragraphs = new ArrayList<>();
        for (Element p : body.child(0).children()) {
            assertEquals("p", p.tagName(), "only paragraphs in the quote:\n" + body.html());
            paragraphs.add(text(p, body));
        }
        List<String> expected = new ArrayList<>();
        c.get("paragraphs").forEach(n -> expected.add(n.textValue()));
        assertEquals(expected, paragraphs, "for input " + c.get("text") + ":\n" + markdown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inlines")
    void inlineTextShowsAsItself(JsonNode c) {
        Element body = render("- Learner: " + c.get("expected").textValue());
        Element li = body.selectFirst("ul > li");
        assertEquals("Learner: " + c.get("text").textValue().replaceAll("\\s+", " ").strip(), text(li, body), body.html());
    }

    /** The text of {@code e}, a line break for each {@code <br>}; any other element fails the test. */
    private static String text(Element e, Element whole) {
        StringBuilder out = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) out.append(t.getWholeText());
            else if (n instanceof Element br && br.tagName().equals("br")) out.append('\u0000');
            else throw new AssertionError("markup in the rendered text: " + n.outerHtml() + "\n" + whole.html());
        }
        // The renderer writes a newline after each <br />; the text has one line break there.
        return out.toString().replace("\u0000\n", "\n").replace('\u0000', '\n').strip();
    }
}
