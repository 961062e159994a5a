package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.cli.Main;
import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print views, {@code print.html} (the course) and {@code <module>/print.html}: every lesson in
 * order, ids unique across lessons however the lessons' ids clash (a module named like a layout id, the
 * same heading in two lessons, the same quiz in two lessons, an author's raw id), every id reference
 * kept pointing at its own element, links to lessons on the page turned into anchors, images rebased,
 * headings under the lesson title; noindex and out of the sitemap; with {@code --print-keys} the
 * answer keys are the print default.
 */
class PrintPages_RenderTest {
    @TempDir
    static Path tmp;
    static Path out;
    static Path keysOut;

    @BeforeAll
    static void build() throws IOException {
        Path project = CourseFiles.write(tmp.resolve("project"), """
                -- content/course.yaml --
                title: T
                description: D
                -- content/01-main/module.yaml --
                title: Main things
                summary: A module whose slug is an id the layout uses.
                -- content/01-main/01-first.md --
                ---
                title: First
                summary: S1
                quiz: q
                ---
                ## Summary

                See [the second](02-second.md), [its summary](02-second.md#summary),
                [the target heading](../02-b/01-target.md#a-heading), [this summary](#summary) and
                [the glossary-free outside](https://example.org/).

                ![a chart](images/chart.png)

                <div id="main">An author's id that the layout has.</div>

                | a | b |
                |---|---|
                | 1 | 2 |
                -- content/01-main/02-second.md --
                ---
                title: Second
                summary: S2
                quiz: q
                ---
                ## Summary

                Back to [the first](01-first.md).

                | a | b |
                |---|---|
                | 3 | 4 |
                -- content/01-main/images/chart.png --
                not really a png
                -- content/02-b/module.yaml --
                title: B
                summary: SB
                -- content/02-b/01-target.md --
                ---
                title: Target
                summary: S3
                ---
                ## A heading

                ### Deeper

                Back to [the first summary](../01-main/01-first.md#summary).
                -- quizzes/q.yaml --
                id: q
                title: Q
                questions:
                  - id: q1
                    type: single
                    prompt: Pick one.
                    options:
                      - text: This
                        correct: true
                      - text: That
                    explanation: Because.
                checks:
                  - name: right
                    responses: {q1: a}
                    score: 1
                """);
        out = tmp.resolve("site");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", out.toString(), "--base-url", "https://example.org/c/"));
        keysOut = tmp.resolve("keys");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", keysOut.toString(), "--print-keys"));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile());
    }

    private static List<String> lessonTitles(Document d) {
        return d.select("article.print-lesson .print-lesson-title").eachText();
    }

    private static Element lesson(Document d, String title) {
        for (Element a : d.select("article.print-lesson")) {
            if (a.selectFirst(".print-lesson-title").text().equals(title)) return a;
        }
        throw new AssertionError("no lesson " + title);
    }

    private static Element link(Element scope, String text) {
        for (Element a : scope.select("a[href]")) {
            if (a.text().equals(text)) return a;
        }
        throw new AssertionError("no link " + text + " in " + scope.select("a").eachText());
    }

    @Test
    void everyLessonInOrderTheModulesOwnOnTheirPrintViews() throws IOException {
        Document course = page("print.html");
        assertEquals(List.of("First", "Second", "Target"), lessonTitles(course));
        assertEquals(List.of("Module 1 Main things", "Module 2 B"), course.select(".print-module-title").eachText());
        assertEquals(List.of("First", "Second"), lessonTitles(page("main/print.html")));
        assertEquals(List.of("Target"), lessonTitles(page("b/print.html")));
        assertEquals(List.of("Module 1: Main things", "First", "Second", "Module 2: B", "Target"),
                course.select(".print-contents a").eachText(), "the contents list");
        for (Element a : course.select(".print-contents a")) {
            assertNotNull(course.getElementById(a.attr("href").substring(1)), a.text() + " leads to its part of the page");
        }
        assertTrue(lesson(course, "First").text().contains("An author's id that the layout has."));
        assertEquals("S2", lesson(course, "Second").selectFirst(".lead").text());
    }

    @Test
    void noIdRepeatsAndEveryReferenceFindsItsOwnElement() throws IOException {
        for (String path : List.of("print.html", "main/print.html", "b/print.html")) {
            Document d = page(path);
            Set<String> seen = new HashSet<>();
            List<String> repeated = new ArrayList<>();
            for (Element e : d.select("[id]")) {
                if (!seen.add(e.id())) repeated.add(e.id());
            }
            assertEquals(List.of(), repeated, path + ": repeated ids");
            for (String attr : List.of("for", "aria-labelledby", "aria-describedby", "aria-controls")) {
                for (Element e : d.select("[" + attr + "]")) {
                    for (String id : e.attr(attr).trim().split("\\s+")) assertTrue(seen.contains(id), path + ": " + attr + "=" + id + " finds nothing");
                }
            }
            for (Element a : d.select("a[href^=#]")) {
                assertTrue(seen.contains(a.attr("href").substring(1)), path + ": " + a.attr("href") + " leads nowhere");
            }
        }
        Document course = page("print.html");
        assertEquals("main", course.selectFirst("main").id(), "the layout keeps its own ids");
        // The same quiz in two lessons: two quizzes, each labelled by its own title, with radio groups of their own.
        List<Element> quizzes = course.select("section.quiz");
        assertEquals(2, quizzes.size());
        assertFalse(quizzes.get(0).attr("aria-labelledby").equals(quizzes.get(1).attr("aria-labelledby")));
        for (Element quiz : quizzes) {
            String[] labels = quiz.attr("aria-labelledby").split(" ");
            assertEquals("Q", course.getElementById(labels[0]).ownText().strip(), "a quiz is labelled by its own title");
            assertEquals(quiz.closest("article").selectFirst(".print-lesson-title").id(), labels[1], "and its lesson's");
        }
        assertFalse(quizzes.get(0).selectFirst("input[type=radio]").attr("name").equals(quizzes.get(1).selectFirst("input[type=radio]").attr("name")));
        // Landmarks differ by name: the two quizzes and the two tables ("Table" in each lesson) take their lesson's title.
        List<String> names = new ArrayList<>();
        for (Element e : course.select("section[aria-labelledby], section[aria-label], [role=region], aside, nav, form[aria-label]")) {
            names.add(e.hasAttr("aria-labelledby") ? String.join(" ", java.util.Arrays.stream(e.attr("aria-labelledby").split(" "))
                    .map(id -> course.getElementById(id).text()).toList()) : e.attr("aria-label"));
        }
        assertEquals(names.size(), new HashSet<>(names).size(), "landmark names repeat: " + names);
        assertTrue(names.contains("Table (First)") && names.contains("Table (Second)"), names.toString());
        // The two "Summary" headings, and the module "main" beside the layout's <main id="main">.
        assertFalse(lesson(course, "First").selectFirst("h4").id().equals(lesson(course, "Second").selectFirst("h4").id()));
        assertNotNull(course.selectFirst(".print-module-title[id]"));
        assertFalse(course.select(".print-module-title").eachAttr("id").contains("main"));
    }

    @Test
    void linksToLessonsOnThePageBecomeAnchorsOthersAreRebased() throws IOException {
        Document course = page("print.html");
        Element first = lesson(course, "First");
        Element second = lesson(course, "Second");
        Element target = lesson(course, "Target");
        String secondSummary = second.selectFirst("h4").id();
        assertEquals("#" + second.selectFirst(".print-lesson-title").id(), link(first, "the second").attr("href"));
        assertEquals("#" + secondSummary, link(first, "its summary").attr("href"));
        assertEquals("#" + target.selectFirst("h4").id(), link(first, "the target heading").attr("href"));
        assertEquals("#" + first.selectFirst("h4").id(), link(first, "this summary").attr("href"));
        assertEquals("#" + first.selectFirst("h4").id(), link(target, "the first summary").attr("href"));
        assertEquals("https://example.org/", link(first, "the glossary-free outside").attr("href"));
        assertEquals("main/images/chart.png", first.selectFirst("img").attr("src"), "the image, from the site root");
        assertTrue(Files.isRegularFile(out.resolve("main/images/chart.png")));

        Document module = page("main/print.html");
        assertEquals("../b/target.html#a-heading", link(lesson(module, "First"), "the target heading").attr("href"),
                "a lesson of another module stays a link to its page");
        assertEquals("images/chart.png", lesson(module, "First").selectFirst("img").attr("src"));
        assertEquals("#" + lesson(module, "Second").selectFirst(".print-lesson-title").id(), link(lesson(module, "First"), "the second").attr("href"));
    }

    @Test
    void headingsSitUnderTheLessonTitle() throws IOException {
        Document course = page("print.html");
        assertEquals(1, course.select("main h1").size());
        assertEquals("h3", lesson(course, "Target").selectFirst(".print-lesson-title").tagName());
        assertEquals(List.of("A heading", "Deeper"), lesson(course, "Target").select(".lesson-body h4, .lesson-body h5").eachText());
        assertEquals("h4", lesson(course, "First").selectFirst(".quiz-title").tagName(), "a widget's heading moves too");
        Document module = page("b/print.html");
        assertEquals("h2", lesson(module, "Target").selectFirst(".print-lesson-title").tagName());
        assertEquals(List.of("A heading", "Deeper"), lesson(module, "Target").select(".lesson-body h3, .lesson-body h4").eachText());
    }

    @Test
    void widgetsShowAsWithoutJavaScriptAndThePageIsNotIndexed() throws IOException {
        Document course = page("print.html");
        assertEquals(0, course.select("script[type=application/json]").size(), "no widget data: no widget script reads it");
        assertTrue(course.select("script[src]").eachAttr("src").stream().noneMatch(s -> s.contains("quiz")), "no widget scripts");
        assertEquals(2, course.select(".quiz details.answer-key").size(), "each quiz's answer key, folded");
        assertEquals("noindex", course.selectFirst("meta[name=robots]").attr("content"));
        assertNull(course.selectFirst("link[rel=canonical]"));
        assertNull(page("main/first.html").selectFirst("meta[name=robots]"), "lesson pages are indexed");
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("https://example.org/c/main/first.html"));
        assertFalse(sitemap.contains("print.html"), sitemap);
        assertEquals("print.html", link(page("index.html").selectFirst("main"), "Print the whole course").attr("href"));
        assertEquals("print.html", link(page("main/index.html").selectFirst("main"), "Print this module").attr("href"));
    }

    @Test
    void printKeysMakesTheAnswerKeysThePrintDefault() throws IOException {
        for (String path : List.of("print.html", "main/print.html", "quizzes/q.html", "main/first.html")) {
            assertFalse(page(path).selectFirst("html").hasClass("print-keys"), path + ": a blank worksheet by default");
            assertTrue(Jsoup.parse(keysOut.resolve(path).toFile()).selectFirst("html").hasClass("print-keys"), path + " with --print-keys");
        }
        assertTrue(page("print.html").selectFirst(".print-about").text().contains("blank worksheets"));
        assertTrue(Jsoup.parse(keysOut.resolve("print.html").toFile()).selectFirst(".print-about").text().contains("include their answer keys"));
    }
}
