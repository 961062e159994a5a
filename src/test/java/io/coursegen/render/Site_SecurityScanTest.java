package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.browser.BuiltSite;
import io.coursegen.render.view.PageFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Scans every page of the real course (the test JVM's one read-only build, {@link BuiltSite#shipped()}) for what the Content-Security-Policy relies on: no
 * inline executable script, no {@code on*} attribute, no {@code javascript:} (or other script) URL, no
 * inline style, and the policy meta tag itself. A template or widget change that slips one in fails here
 * before any browser runs.
 */
public class Site_SecurityScanTest {

    @Test
    void everyPageOfTheCourseIsFreeOfInlineCode() throws IOException {
        BuiltSite site = BuiltSite.shipped();
        Path out = site.root();
        List<String> problems = new ArrayList<>();
        List<Path> pages = site.htmlFiles();
        assertTrue(pages.size() >= 10, "the course has pages: " + pages.size());
        for (Path page : pages) {
            scan(out.relativize(page).toString(), Jsoup.parse(page.toFile(), "UTF-8"), problems);
        }
        assertEquals(List.of(), problems);
    }

    /** Every problem of one page, as {@code page: what}. */
    public static void scan(String name, Document doc, List<String> problems) {
        Element csp = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        if (csp == null || !csp.attr("content").equals(PageFrame.CSP)) problems.add(name + ": missing or different CSP meta tag");
        for (Element script : doc.select("script")) {
            boolean data = script.attr("type").equals("application/json");
            if (!data && !script.hasAttr("src")) problems.add(name + ": inline script " + snippet(script));
            if (data && script.hasAttr("src")) problems.add(name + ": data block with src " + snippet(script));
            if (data && script.data().toLowerCase(Locale.ROOT).contains("</script")) problems.add(name + ": data block closes early");
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\u0000-\\u0020]", "");
                if (key.startsWith("on")) problems.add(name + ": event handler attribute " + key + " on <" + e.tagName() + ">");
                if (key.equals("style")) problems.add(name + ": inline style on <" + e.tagName() + ">");
                if ((key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction") || key.equals("xlink:href"))
                        && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text/html"))) {
                    problems.add(name + ": script URL in " + key + " of <" + e.tagName() + ">");
                }
            }
        }
        if (!doc.select("style, iframe, object, embed, base").isEmpty()) {
            problems.add(name + ": forbidden element " + doc.select("style, iframe, object, embed, base").first().tagName());
        }
        // The widgets' forms submit nowhere (action="#"); the search forms GET a page of this site
        // (search.html?q=...); a form sending answers elsewhere, or posting, is not ours.
        for (Element form : doc.select("form")) {
            String action = form.attr("action").strip();
            boolean searchPage = action.matches("(\\.\\./)*search\\.html") && form.attr("method").equalsIgnoreCase("get");
            if (!action.isEmpty() && !action.equals("#") && !searchPage) problems.add(name + ": form posting to " + action);
        }
    }

    private static String snippet(Element e) {
        String s = e.outerHtml();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    @Test
    void theScanCatchesEachKindOfProblem() {
        List<String> problems = new ArrayList<>();
        scan("bad.html", Jsoup.parse("<html><head><meta http-equiv=Content-Security-Policy content=\"" + PageFrame.CSP + "\"></head><body>"
                + "<script>alert(1)</script><a href=\" JaVaScRiPt:alert(1)\">x</a><img src=x onerror=alert(1)>"
                + "<p style=\"color:red\">s</p><iframe></iframe><form action=\"https://evil.example/\"></form>"
                + "<form action=\"#\"></form><form action=\"../search.html\" method=\"get\"></form>"
                + "<form action=\"search.html\" method=\"post\"></form></body></html>"), problems);
        assertEquals(List.of(
                "bad.html: inline script <script>alert(1)</script>",
                "bad.html: script URL in href of <a>",
                "bad.html: event handler attribute onerror on <img>",
                "bad.html: inline style on <p>",
                "bad.html: forbidden element iframe",
                "bad.html: form posting to https://evil.example/", "bad.html: form posting to search.html"), problems);
        List<String> none = new ArrayList<>();
        scan("nocsp.html", Jsoup.parse("<html><head></head><body></body></html>"), none);
        assertEquals(List.of("nocsp.html: missing or different CSP meta tag"), none);
    }
}
