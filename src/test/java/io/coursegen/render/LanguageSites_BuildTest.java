package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.cli.Main;
import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A course in English and German built into en/ and de/: addresses, alternates, sitemap, fallbacks and what each language has of its own. */
class LanguageSites_BuildTest {
    @TempDir
    Path dir;

    private static final String COURSE = """
            -- content/course.yaml --
            id: two
            title: Two languages
            description: D
            languages: [en, de]
            -- content/de/course.yaml --
            title: Zwei Sprachen
            -- content/01-basics/module.yaml --
            title: Basics
            summary: S
            -- content/01-basics/01-prompts.md --
            ---
            title: Prompts
            summary: About prompts.
            quiz: check
            ---
            Write a clear prompt.
            -- content/01-basics/02-costs.md --
            ---
            title: Costs
            summary: About costs.
            quiz: other
            ---
            Count the tokens.
            -- content/de/01-basics/module.yaml --
            title: Grundlagen
            summary: S
            -- content/de/01-basics/01-prompts.md --
            ---
            title: Prompts schreiben
            summary: Über Prompts.
            quiz: check
            ---
            Schreibe einen klaren Prompt.
            -- quizzes/check.yaml --
            id: check
            title: Check
            questions:
              - id: q
                type: true-false
                prompt: Prompts are text.
                answer: true
            checks:
              - name: right
                responses: {q: true}
                score: 1
            -- quizzes/other.yaml --
            id: other
            title: Other quiz
            questions:
              - id: t
                type: true-false
                prompt: Tokens cost money.
                answer: true
            checks:
              - name: right
                responses: {t: true}
                score: 1
            -- quizzes/de/check.yaml --
            id: check
            title: Prüfung
            questions:
              - id: q
                type: true-false
                prompt: Prompts sind Text.
                answer: true
            checks:
              - name: right
                responses: {q: true}
                score: 1
            """;

    private Path build(String spec, String... more) {
        Path project = CourseFiles.write(dir.resolve("project"), spec);
        Path out = dir.resolve("site");
        List<String> args = new java.util.ArrayList<>(List.of("build", "--project", project.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        assertEquals(0, Main.run(args.toArray(String[]::new)));
        return out;
    }

    @Test
    void eachLanguageIsASubSiteWithAbsoluteAlternatesAndOneSitemap() throws IOException {
        Path out = build(COURSE, "--base-url", "https://example.org/c/");
        Document de = Jsoup.parse(out.resolve("de/basics/prompts.html").toFile());
        assertEquals("de", de.selectFirst("html").attr("lang"));
        assertEquals("https://example.org/c/de/basics/prompts.html", de.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(List.of("https://example.org/c/en/basics/prompts.html", "https://example.org/c/de/basics/prompts.html",
                "https://example.org/c/en/basics/prompts.html"), de.select("link[rel=alternate]").eachAttr("href"));
        assertEquals(List.of("en", "de", "x-default"), de.select("link[rel=alternate]").eachAttr("hreflang"));
        assertEquals(List.of("English", "Deutsch"), de.select(".language-switcher a").eachText());
        assertEquals("Zwei Sprachen", de.selectFirst(".site-title").text());

        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        for (String url : List.of("", "en/", "de/", "en/basics/prompts.html", "en/basics/costs.html", "de/basics/prompts.html", "de/quizzes/check.html")) {
            assertTrue(sitemap.contains("<loc>https://example.org/c/" + url + "</loc>"), url + " in the sitemap");
        }
        assertFalse(sitemap.contains("de/basics/costs.html"), "an untranslated lesson is no page of the German site");
        assertFalse(Files.exists(out.resolve("en/sitemap.xml")) || Files.exists(out.resolve("de/sitemap.xml")));
        Document root = Jsoup.parse(out.resolve("index.html").toFile());
        assertEquals(List.of("https://example.org/c/en/", "https://example.org/c/de/", "https://example.org/c/"),
                root.select("link[rel=alternate]").eachAttr("href"));
    }

    @Test
    void eachLanguageHasItsOwnSearchAndCatalogWithTheSameKeysAndFallsBackToTheDefaultsItems() throws IOException {
        Path out = build(COURSE);
        Document en = Jsoup.parse(out.resolve("en/basics/prompts.html").toFile());
        Document de = Jsoup.parse(out.resolve("de/basics/prompts.html").toFile());
        String enIndex = en.selectFirst("[data-index]").attr("data-index");
        String deIndex = de.selectFirst("[data-index]").attr("data-index");
        assertTrue(deIndex.startsWith("../../assets/search/"), deIndex);
        assertNotEquals(enIndex, deIndex, "a search index per language");
        String catalog = catalog(out, de);
        assertTrue(catalog.contains("\"basics/prompts\"") && catalog.contains("Prompts schreiben"), catalog);
        assertFalse(catalog.contains("basics/costs"), "the German catalog lists the German lessons: " + catalog);
        assertTrue(catalog(out, en).contains("\"basics/prompts\""), "the same lesson key in English");
        // The translated quiz in German; the other quiz, untranslated, in English on the German site.
        assertEquals("Prüfung", Jsoup.parse(out.resolve("de/quizzes/check.html").toFile()).selectFirst("h1").text());
        assertTrue(Jsoup.parse(out.resolve("de/quizzes/other.html").toFile()).selectFirst("h1").text().contains("Other quiz"));
        assertEquals("../../de/basics/index.html", Jsoup.parse(out.resolve("en/basics/costs.html").toFile())
                .selectFirst(".language-switcher a[hreflang=de]").attr("href"));
    }

    private static String catalog(Path out, Document page) throws IOException {
        String src = page.select("script[src]").eachAttr("src").stream().filter(s -> s.contains("progress-catalog")).findFirst().orElseThrow();
        return Files.readString(out.resolve(src.replace("../../", "")));
    }

    @Test
    void aCourseListingOneLanguageBuildsAsACourseInOne() {
        Path out = build("""
                -- content/course.yaml --
                title: One
                description: D
                languages: [fr]
                -- content/01-a/module.yaml --
                title: A
                summary: S
                -- content/01-a/01-b.md --
                ---
                title: B
                summary: S
                ---
                Texte.
                """);
        assertTrue(Files.exists(out.resolve("a/b.html")));
        assertFalse(Files.exists(out.resolve("fr")));
        assertEquals("fr", Jsoup.parse(CourseFiles.read(out, "a/b.html")).selectFirst("html").attr("lang"));
        assertTrue(Jsoup.parse(CourseFiles.read(out, "a/b.html")).select(".language-switcher, link[rel=alternate]").isEmpty());
    }
}
