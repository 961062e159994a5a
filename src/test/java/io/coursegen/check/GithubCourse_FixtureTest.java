package io.coursegen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.cli.Main;
import io.coursegen.testing.CourseFiles;
import io.coursegen.testing.GithubCourse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course laid out as GitHub courses are ({@code src/test/resources/github-course/}): lesson folders
 * with README.md or index.md and their own images, notebook, code and data, no modules, no front matter
 * but in one lesson, links with {@code ?query} and trailing slashes, raw HTML, badges, a SETUP.md and a
 * folder's README. It checks with exactly the errors of the links planted in {@code 03-broken-links/}
 * ({@code expected-errors.txt}; refresh with {@code -Dcoursegen.refresh=true}, then review), and without
 * that lesson it builds with no warning into the site its authors expect.
 */
class GithubCourse_FixtureTest {
    private static final Path FIXTURE = GithubCourse.FIXTURE;
    private static final boolean REFRESH = Boolean.getBoolean("coursegen.refresh");

    @TempDir
    Path tmp;

    @Test
    void reportsOnlyThePlantedBrokenLinksEachWithItsFix() throws IOException {
        List<String> actual = CourseFiles.check(GithubCourse.copy(tmp.resolve("project")));
        Path expectedFile = FIXTURE.resolve("expected-errors.txt");
        if (REFRESH) {
            Files.writeString(expectedFile, String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
            return;
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
        assertTrue(actual.stream().allMatch(l -> l.startsWith("content/03-broken-links/README.md:")), "only the planted errors");
    }

    /** The fixture without its broken lesson, built. */
    private static Path buildWithoutBrokenLinks(Path tmp) throws IOException {
        Path project = GithubCourse.copyWithoutBrokenLinks(tmp.resolve("project"));
        assertEquals(List.of(), CourseFiles.check(project), "no error and no warning without the planted links");
        Path site = tmp.resolve("site");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", site.toString()));
        return site;
    }

    private static Document page(Path site, String rel) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(rel), StandardCharsets.UTF_8));
    }

    @Test
    void buildsTheSiteItsAuthorsExpect() throws IOException {
        Path site = buildWithoutBrokenLinks(tmp);
        // Lesson folders are lessons of one module, in folder order; each shows its title once.
        Document intro = page(site, "lessons/introduction.html");
        assertEquals(1, intro.select("h1").size(), "one h1");
        assertEquals("Introduction to prompts", intro.selectFirst("h1").text());
        // The summary is the first sentence; the page does not print it again above that same sentence.
        assertEquals("A prompt is the whole text a model reads before it answers.", intro.selectFirst("meta[name=description]").attr("content"));
        assertTrue(intro.select(".lesson-header .lead").isEmpty(), intro.select(".lesson-header").outerHtml());
        Document writing = page(site, "lessons/writing-prompts.html");
        assertEquals(1, writing.select("h1").size(), "title: and the same # heading make one h1");
        // GitHub-style links: query dropped, folder and README links to the lesson page, anchors kept.
        assertTrue(intro.select("a[href=writing-prompts.html]").hasText(), intro.select(".lesson-body a").toString());
        assertTrue(intro.select("a[href=../setup.html#python]").hasText());
        assertTrue(writing.select("a[href=introduction.html]").hasText(), "raw HTML <a href> to a lesson folder");
        assertTrue(writing.select("a[href=checking-answers.html]").hasText(), "raw HTML link to a folder with index.md");
        assertTrue(page(site, "lessons/checking-answers.html").select("a[href=writing-prompts.html#try-it]").hasText());
        // Files that are not lessons are copied and linked; a folder links into the repository.
        for (String f : List.of("01-writing-prompts/prompts.ipynb", "01-writing-prompts/code/app.py", "01-writing-prompts/data/prices.csv",
                "00-introduction/images/overview.png")) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f + " is copied");
        }
        assertTrue(writing.select("a[href=../01-writing-prompts/prompts.ipynb]").hasText());
        assertTrue(writing.select("a[href=https://github.com/example/prompts-in-practice/tree/v1.0/content/01-writing-prompts/code]").hasText());
        assertTrue(page(site, "readme.html").select("a[href=https://github.com/example/prompts-in-practice/blob/v1.0/tools/check.sh]")
                .text().equals("Licence: MIT"), "a badge inside a link is its alt text under remote-images: link");
        // Raw HTML: align as a class, the image's size kept and its src rewritten.
        assertEquals("<img src=\"../00-introduction/images/overview.png\" alt=\"The parts of a prompt\" width=\"480\" height=\"270\">",
                intro.selectFirst("p.align-center img").outerHtml());
        assertFalse(intro.html().contains("Lesson header for GitHub readers"), "HTML comments are dropped");
        assertEquals("a | b", intro.select("td code").get(1).text());
        assertTrue(intro.selectFirst(".lesson-body").text().contains("When you are ready \uD83D\uDE80"), "emoji");
        // Markdown files that are not lessons are pages: reachable from home, searchable, outside prev/next.
        Document setup = page(site, "setup.html");
        assertEquals("Setting up", setup.selectFirst("h1").text());
        assertTrue(setup.select(".pager").isEmpty(), "no prev/next on a standalone page");
        assertTrue(Files.isRegularFile(site.resolve("01-writing-prompts/solution/readme.html")));
        assertTrue(writing.select("a[href=../01-writing-prompts/solution/readme.html]").hasText());
        Document home = page(site, "index.html");
        assertEquals(List.of("Solution to the exercise", "Prompts in practice", "Setting up"), home.select(".more-pages a").eachText());
        // The search index (assets/search/: manifest, shards, one file per document) knows the page.
        String search;
        try (java.util.stream.Stream<Path> files = Files.walk(site.resolve("assets/search"))) {
            search = files.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(java.util.stream.Collectors.joining("\n"));
        }
        assertTrue(search.contains("\"setup.html\"") && search.contains("Setting up"), "the page is searchable");
        assertEquals(List.of("writing-prompts.html"), intro.select(".pager a").eachAttr("href"));
        assertEquals(List.of("introduction.html", "checking-answers.html"), writing.select(".pager a").eachAttr("href"));
    }
}
