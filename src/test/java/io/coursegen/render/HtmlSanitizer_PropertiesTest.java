package io.coursegen.render;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whatever mix of tags, attributes, quotes, entities and schemes a lesson body holds, the rendered and
 * sanitized HTML has no {@code on*} attribute, no script element and no script URL.
 */
class HtmlSanitizer_PropertiesTest {

    @Provide
    Arbitrary<String> hostileMarkdown() {
        Arbitrary<String> pieces = Arbitraries.of(
                "<", ">", "</", "/>", "\"", "'", "=", " ", "\n", "\n\n", "&#", "&#x", ";", "&#1;", "&#115;", "&#x73;", "\t",
                "script", "img", "svg", "iframe", "a", "abbr", "details", "style", "base", "form", "meta", "object",
                "onerror", "onload", "onmouseover", "href", "src", "title", "srcdoc", "action", "http-equiv",
                "javascript:", "JaVaScRiPt:", "java\tscript:", "vbscript:", "data:text/html,", "alert(1)",
                "[x](", ")", "![y](", "](", "<!--", "-->", "`", "```", "> ", "- ", "*", "_", "\\");
        return pieces.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void sanitizedBodiesHaveNothingThatRuns(@ForAll("hostileMarkdown") String markdown) {
        Document doc = Jsoup.parseBodyFragment(Render_Fixture.body(markdown));
        if (!doc.select("script, iframe, object, embed, base, meta, form, style, svg").isEmpty()) {
            throw new AssertionError("active element survived: " + doc.body().html());
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\u0000-\\u0020]", "");
                if (key.startsWith("on") || value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                    throw new AssertionError("active attribute survived: " + e.outerHtml());
                }
            }
        }
    }
}
