package io.coursegen.hostile;

import static io.coursegen.hostile.Hostile.check;
import static io.coursegen.hostile.Hostile.lesson;
import static io.coursegen.hostile.Hostile.withBody;
import static io.coursegen.hostile.HostileCourse.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursegen.cli.Main;
import io.coursegen.render.Site_SecurityScanTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile content: the {@link HostileCourse} builds, and every case comes out as inert text or is
 * dropped; markdown links with script URLs are build errors at their position. The static oracle is
 * {@link Site_SecurityScanTest#scan} plus a check of each case's own output; the browser oracle is
 * {@code io.coursegen.browser.Hostile_InjectionBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Hostile_InjectionTest {
    private Path site;

    @BeforeAll
    void build(@TempDir Path dir) {
        Path root = HostileCourse.write(dir.resolve("course"));
        site = dir.resolve("site");
        assertEquals(0, Main.run("build", "--project", root.toString(), "--out", site.toString()));
    }

    private Document page(String rel) {
        try {
            return Jsoup.parse(site.resolve(rel).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The raw-HTML case's page passes the scan, keeps the text around it, and its body holds nothing active. */
    private void assertInert(String caseName) {
        String rel = "intro/" + caseName + ".html";
        Document doc = page(rel);
        List<String> problems = new ArrayList<>();
        Site_SecurityScanTest.scan(rel, doc, problems);
        assertEquals(List.of(), problems);
        Element body = doc.selectFirst("article");
        assertTrue(body.text().contains("Before") && body.text().contains("After"), body.text());
        assertEquals(List.of(), body.select("script, iframe, frame, object, embed, base, meta, form, style, svg, input").eachAttr("outerHTML"));
        for (Element e : body.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String v = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\u0000-\\u0020]", "");
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), () -> e.outerHtml());
                assertFalse(v.contains("javascript:") || v.contains("vbscript:") || v.startsWith("data:"), () -> e.outerHtml());
            }
        }
    }

    @Test void i01_rawScript() { assertInert("script"); }
    @Test void i02_imgOnerror() { assertInert("img-onerror"); }
    @Test void i03_svgOnload() { assertInert("svg-onload"); }
    @Test void i04_iframeSrcdoc() { assertInert("iframe-srcdoc"); }
    @Test void i05_baseHref() { assertInert("base-href"); }
    @Test void i06_metaRefresh() { assertInert("meta-refresh"); }
    @Test void i07_formAction() { assertInert("form-action"); }
    // i08-i13 (raw HTML links to javascript:, JaVaScRiPt:, java&#115;cript:, &#1;javascript:, data:text/html,
    // vbscript:) never reach a page now: the checks refuse raw HTML links as they refuse markdown's
    // (HostileCourse.REFUSED_RAW_HTML, Hostile_RawHtmlCheckTest); the sanitizer's own handling of such
    // URLs stays covered by BodyRenderer_SanitizeTest and HtmlSanitizer_PropertiesTest.
    @Test void i14_titleAttributeBreakingOutOfItsQuotes() { assertInert("title-breakout"); }
    @Test void i15_objectAndEmbed() { assertInert("object-embed"); }
    @Test void i16_styleTag() { assertInert("style-tag"); }

    @Test
    void i17_markdownLinkAndImageTitlesBreakingOutOfTheirQuotes() {
        assertInert("link-title-breakout");
        Element a = page("intro/link-title-breakout.html").selectFirst("article a[title]");
        assertEquals("x\" onmouseover=\"alert(1);console.log('INJECTED')", a.attr("title"));
    }

    private static final String LESSON = "content/01-intro/02-x.md";

    private List<String> mdLink(Path dir, String link) {
        return check(lesson(dir, withBody(link + "\n")));
    }

    private static String notAllowed(int col, String url) {
        return LESSON + ":5:" + col + ": error: link `" + url + "` uses a scheme that is not allowed; use http:, https:, mailto: or a relative path";
    }

    @Test
    void i18_markdownLinkJavascript(@TempDir Path dir) {
        assertEquals(List.of(notAllowed(5, "javascript:alert(1)")), mdLink(dir, "[x](javascript:alert(1))"));
    }

    @Test
    void i19_markdownLinkMixedCaseJavascript(@TempDir Path dir) {
        assertEquals(List.of(notAllowed(5, "JaVaScRiPt:alert(1)")), mdLink(dir, "[x](JaVaScRiPt:alert(1))"));
    }

    @Test
    void i20_markdownLinkEntityEncodedJavascript(@TempDir Path dir) {
        assertEquals(List.of(notAllowed(5, "javascript:alert(1)")), mdLink(dir, "[x](java&#115;cript:alert(1))"));
    }

    @Test
    void i21_markdownLinkControlCharBeforeJavascript(@TempDir Path dir) {
        // The control character is shown escaped, never printed raw (issue 23, item 2).
        assertEquals(List.of(notAllowed(5, "\\u0001javascript:alert(1)")), mdLink(dir, "[x](&#1;javascript:alert(1))"));
    }

    @Test
    void i22_markdownLinkDataTextHtml(@TempDir Path dir) {
        assertEquals(List.of(notAllowed(6, "data:text/html,<b>x</b>")), mdLink(dir, "[x](<data:text/html,<b>x</b>>)"));
    }

    @Test
    void i23_markdownLinkVbscript(@TempDir Path dir) {
        assertEquals(List.of(notAllowed(5, "vbscript:msgbox(1)")), mdLink(dir, "[x](vbscript:msgbox(1))"));
    }

    @Test
    void i24_markdownImageJavascript(@TempDir Path dir) {
        assertEquals(List.of(LESSON + ":5:6: error: image `javascript:alert(1)` uses a scheme that is not allowed; save the image under"
                + " content/ and link it by a relative path"), mdLink(dir, "![x](javascript:alert(1))"));
    }

    @Test
    void i25_markdownReferenceLinkJavascript(@TempDir Path dir) {
        assertEquals(List.of(LESSON + ":7:6: error: link `javascript:alert(1)` uses a scheme that is not allowed; use http:, https:, mailto: or a relative path"),
                mdLink(dir, "[x][r]\n\n[r]: javascript:alert(1)"));
    }

    // Text fields: plain-text fields come out as exactly the text written; markdown fields keep no markup of it.

    @Test
    void i26_courseTitleInTheTitleElement() {
        assertTrue(page("index.html").title().contains(TEXT), page("index.html").title());
    }

    @Test
    void i27_courseDescriptionInTheMetaDescription() {
        assertEquals(TEXT, page("index.html").selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void i28_lessonTitleInTitleAndHeading() {
        Document doc = page("intro/fields.html");
        assertTrue(doc.title().startsWith(TEXT), doc.title());
        assertEquals(TEXT, doc.selectFirst("h1").text());
    }

    @Test
    void i29_lessonSummaryInTheMetaDescription() {
        assertEquals(TEXT, page("intro/fields.html").selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void i30_moduleTitleAndSummary() {
        Document doc = page("intro/index.html");
        assertTrue(doc.selectFirst("h1").text().endsWith(TEXT), doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst("main").text().contains(TEXT + " " + TEXT) || count(doc.selectFirst("main").text(), TEXT) >= 2,
                doc.selectFirst("main").text());
    }

    @Test
    void i31_objectivesTagsAndSourceTitles() {
        String text = page("intro/fields.html").selectFirst("main").text();
        assertTrue(count(text, TEXT) >= 3, text); // an objective, the source title, and the summary at least
    }

    @Test
    void i32_quizJsonDataBlock() {
        List<String> strings = jsonStrings(page("quizzes/q.html"), "script.quiz-data");
        assertTrue(strings.contains(TEXT), strings.toString()); // the misconception tag and the accepted short answer
    }

    @Test
    void i33_quizTitleOptionsFeedbackAndExplanation() {
        Document doc = page("quizzes/q.html");
        assertTrue(doc.title().startsWith(TEXT), doc.title());
        assertTrue(count(doc.selectFirst("main").text(), "X ") >= 6, doc.selectFirst("main").text());
        assertNoActiveMarkup("quizzes/q.html");
    }

    @Test
    void i34_quizEmbeddedInALesson() {
        assertTrue(jsonStrings(page("intro/fields.html"), "script.quiz-data").contains(TEXT));
        assertNoActiveMarkup("intro/fields.html");
    }

    @Test
    void i35_decisionTreeJsonDataBlock() {
        assertTrue(jsonStrings(page("intro/fields.html"), "script.tree-data").contains(TEXT));
    }

    @Test
    void i36_decisionTreeQuestionHelpAndOutcomeText() {
        Document doc = page("trees/t.html");
        assertTrue(doc.title().contains(TEXT), doc.title());
        assertTrue(count(doc.selectFirst("main").text(), TEXT) >= 2, doc.selectFirst("main").text());
        assertNoActiveMarkup("trees/t.html");
    }

    @Test
    void i37_calculatorPresetTitleAndDescription() {
        Document doc = page("intro/fields.html");
        assertEquals(TEXT, doc.selectFirst("select#calc-preset option").text());
        assertTrue(doc.select("script.calc-data").size() == 1 && !jsonStrings(doc, "script.calc-data").isEmpty());
        assertNoActiveMarkup("intro/fields.html");
    }

    @Test
    void i38_everyPageOfTheHostileCoursePassesTheStaticScan() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Site_SecurityScanTest.scan(site.relativize(p).toString(), Jsoup.parse(p.toFile(), "UTF-8"), problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void i39_glossaryTermPagePopoverDataAndIndex() {
        Document lesson = page("intro/fields.html");
        Element link = lesson.selectFirst("a.term-link");
        assertTrue(link != null, "the first mention of the term is linked");
        assertEquals(TEXT, link.attr("data-definition"), "the popover's definition travels as an attribute value");
        Document term = page("glossary/fields.html");
        assertTrue(term.selectFirst("main").text().contains(TEXT), term.selectFirst("main").text());
        for (String rel : List.of("intro/fields.html", "glossary/fields.html", "glossary/index.html")) assertNoActiveMarkup(rel);
    }

    @Test
    void i40_exerciseSetPageAndItsDataBlock() {
        Document doc = page("exercises/e.html");
        assertTrue(doc.title().startsWith(TEXT), doc.title());
        assertTrue(count(doc.selectFirst("main").text(), TEXT) >= 5, doc.selectFirst("main").text());
        for (String rel : List.of("exercises/e.html", "exercises/index.html", "progress.html")) assertNoActiveMarkup(rel);
    }

    @Test
    void i41_searchIndexIsADataOnlyScript() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(site.resolve("assets/search"))) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() > 2, "a manifest, shards and documents: " + files);
        // Each file is one push of a JSON value: nothing else in it can run, and the hostile text is a string in it.
        List<String> strings = new ArrayList<>();
        for (Path f : files) collect(io.coursegen.search.IndexScripts.parse(Files.readString(f)), strings);
        assertTrue(strings.stream().anyMatch(v -> v.contains(TEXT)), "the hostile text is indexed as a string value");
    }

    private void assertNoActiveMarkup(String rel) {
        List<String> problems = new ArrayList<>();
        Site_SecurityScanTest.scan(rel, page(rel), problems);
        assertEquals(List.of(), problems);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }

    /** Every string value in the page's JSON data block(s) matching {@code selector}, parsed as JSON. */
    private static List<String> jsonStrings(Document doc, String selector) {
        List<String> out = new ArrayList<>();
        for (Element block : doc.select(selector)) {
            try {
                collect(new ObjectMapper().readTree(block.data()), out);
            } catch (IOException e) {
                throw new AssertionError("data block is not JSON: " + block.data(), e);
            }
        }
        assertFalse(out.isEmpty(), "no data block " + selector);
        return out;
    }

    private static void collect(JsonNode n, List<String> out) {
        if (n.isTextual()) out.add(n.textValue());
        n.elements().forEachRemaining(c -> collect(c, out));
    }
}
