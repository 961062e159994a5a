package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.browser.BuiltSite;
import io.coursegen.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real course's exercise pages and progress page: in the sitemap, in the navigation, embedded in a lesson. */
class ExercisePages_SiteTest {
    @TempDir
    Path out;

    @Test
    void pagesAreListedLinkedAndEmbedded() throws IOException {
        Path project = Path.of("").toAbsolutePath();
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", out.toString(), "--base-url", "https://example.org/c/"));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        for (String url : List.of("exercises/", "exercises/source-003-three-projects.html", "exercises/choosing-an-approach.html", "progress.html")) {
            assertTrue(sitemap.contains("<loc>https://example.org/c/" + url + "</loc>"), url + " in the sitemap");
        }
        Document home = Jsoup.parse(out.resolve("index.html").toFile());
        assertEquals(List.of("exercises/index.html", "progress.html"), home.select("#site-nav li.nav-page a").eachAttr("href"));
        Document set = Jsoup.parse(out.resolve("exercises/source-003-three-projects.html").toFile());
        assertEquals(3, set.select("article.exercise").size());
        assertEquals(3, set.select("article.exercise .exercise-solution").size(), "a no-JS answer box per scenario");
        Document lesson = Jsoup.parse(out.resolve("the-central-question/format-problem-or-knowledge-problem.html").toFile());
        assertEquals("../exercises/source-003-three-projects.html", lesson.select(".exercise-card a").attr("href"));
        Document index = Jsoup.parse(out.resolve("exercises/index.html").toFile());
        assertEquals("page", index.select("#site-nav li.nav-page a[href='index.html']").attr("aria-current"));
        assertEquals(15, index.select("li[data-scenarios]").eachAttr("data-scenarios").stream().mapToInt(s -> s.split(" ").length).sum(),
                "fifteen scenarios in the course (three, seven and five in the three sets)");
    }

    @Test
    void exerciseSetsJoinTagPagesAndTermBacklinks() throws IOException {
        // Reads the test JVM's one build of the course (no base URL), shared with the other tests that only read it.
        Path out = BuiltSite.shipped().root();
        Document tag = Jsoup.parse(out.resolve("tags/rag.html").toFile());
        assertTrue(tag.select("a[href='../exercises/choosing-an-approach.html']").size() > 0, "the tagged set is on its tag's page");
        Document term = Jsoup.parse(out.resolve("glossary/rag.html").toFile());
        assertTrue(term.select("a[href='../exercises/source-003-three-projects.html']").size() > 0,
                "a set whose scenarios mention RAG is listed under Used in");
    }
}
