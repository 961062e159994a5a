package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.cli.Main;
import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links and images in the markdown of quizzes, exercise sets and decision trees are rewritten as a
 * lesson's are, relative to each page that shows the text: the same quiz explanation on a lesson page
 * and on the quiz's own page, a tree's explanation in a lesson and on its paths page.
 */
class SnippetLinks_RenderTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        Path project = CourseFiles.write(tmp.resolve("project"), """
                -- content/course.yaml --
                title: T
                description: D
                -- content/01-a/module.yaml --
                title: A
                summary: S
                -- content/01-a/01-first.md --
                ---
                title: First
                summary: Shows the quiz and the tree.
                quiz: q
                ---
                Text.

                {{tree t}}

                {{exercise e}}
                -- content/01-a/02-second.md --
                ---
                title: Second
                summary: S
                ---
                Text.
                -- content/01-a/images/chart.png --
                not really a png
                -- content/01-a/images/raw.png --
                shown only by raw HTML in the quiz
                -- content/02-b/module.yaml --
                title: B
                summary: S
                -- content/02-b/01-target.md --
                ---
                title: Target
                summary: S
                ---
                ## A heading

                Text.
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
                      - text: |
                          That, which prints:

                          ```
                          print("hi")
                          ```
                    explanation: |
                      Read [the target](../content/02-b/01-target.md#a-heading) and [the second](../content/01-a/02-second.md),
                      see ![a chart](../content/01-a/images/chart.png) and [elsewhere](https://example.org/).

                      <p>In raw HTML: <a href="../content/02-b/01-target.md#a-heading">the target</a>,
                      <img src="../content/01-a/images/raw.png" alt="raw"></p>
                checks:
                  - name: right
                    responses: {q1: a}
                    score: 1
                -- content/widgets/decision-trees/t.yaml --
                id: t
                title: T
                start: s
                nodes:
                  s:
                    question: Ready?
                    answers:
                      - label: "Yes"
                        next: go
                      - label: Not yet
                        next: wait
                  go:
                    verdict: prompting
                    title: Go
                    explanation: See [the target](../../02-b/01-target.md#a-heading).
                    lessons: [content/02-b/01-target.md]
                  wait:
                    verdict: rethink
                    title: Wait
                    lessons: [content/01-a/02-second.md]
                -- content/exercises/e.yaml --
                id: e
                title: E
                intro: Read [the second lesson](../01-a/02-second.md) first.
                scenarios:
                  - id: s1
                    title: One
                    scenario: |
                      See [the target](../02-b/01-target.md#a-heading).

                      > [!TIP]
                      > A callout, as in a lesson.
                    choices:
                      - {id: a, label: A}
                      - {id: b, label: B}
                    answers:
                      - {choice: a, why: Because.}
                    rubric:
                      - {id: r, point: Says why, explanation: Fine.}
                    model-answer: "**A**"
                """);
        out = tmp.resolve("site");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", out.toString()));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile());
    }

    private static List<String> hrefs(Element scope) {
        return scope.select("a[href]").eachAttr("href");
    }

    @Test
    void aQuizExplanationLinksRightFromTheLessonPageAndFromTheQuizPage() throws IOException {
        Element onLesson = page("a/first.html").selectFirst(".quiz .question-explanation, .quiz [class*=explanation]");
        Element onQuizPage = page("quizzes/q.html").selectFirst(".quiz .question-explanation, .quiz [class*=explanation]");
        assertEquals(List.of("../b/target.html#a-heading", "second.html", "https://example.org/", "../b/target.html#a-heading"), hrefs(onLesson));
        assertEquals(List.of("../b/target.html#a-heading", "../a/second.html", "https://example.org/", "../b/target.html#a-heading"),
                hrefs(onQuizPage));
        assertEquals(List.of("images/chart.png", "images/raw.png"), onLesson.select("img").eachAttr("src"));
        assertEquals(List.of("../a/images/chart.png", "../a/images/raw.png"), onQuizPage.select("img").eachAttr("src"));
        assertTrue(Files.isRegularFile(out.resolve("a/images/chart.png")), "the image is copied as a lesson's would be");
        assertTrue(Files.isRegularFile(out.resolve("a/images/raw.png")), "so is one that only raw HTML shows");
    }

    @Test
    void aTreeExplanationLinksRightInTheLessonAndOnThePathsPage() throws IOException {
        assertTrue(hrefs(page("a/first.html").selectFirst(".tree .tree-explanation")).contains("../b/target.html#a-heading"));
        assertTrue(hrefs(page("trees/t.html").selectFirst("main table")).contains("../b/target.html#a-heading"),
                "in the row of the path that ends there");
    }

    @Test
    void exerciseTextsLinkRightOnTheirPagesAndOnTheLessonCard() throws IOException {
        assertEquals(List.of("second.html"), hrefs(page("a/first.html").selectFirst(".exercise-card")).stream()
                .filter(h -> !h.contains("exercises/")).toList(), "the card's intro, on the lesson page");
        List<String> set = hrefs(page("exercises/e.html").select("main").first());
        assertTrue(set.contains("../a/second.html") && set.contains("../b/target.html#a-heading"), set.toString());
        assertTrue(hrefs(page("exercises/index.html").select("main").first()).contains("../a/second.html"));
        assertEquals("Tip", page("exercises/e.html").select("main .callout-tip .callout-title").text(), "callouts work as in a lesson");
    }

    @Test
    void aCodeBlockInAnOptionIsACodeBlockBesideTheLabel() throws IOException {
        Document quiz = page("quizzes/q.html");
        Element option = quiz.selectFirst("li.option[data-option=b]");
        assertEquals("That, which prints:", option.selectFirst("label").html());
        Element blocks = option.selectFirst(".option-blocks");
        assertEquals("print(\"hi\")\n", blocks.selectFirst("pre > code").wholeText());
        assertEquals(blocks.id(), option.selectFirst("input").attr("aria-describedby"));
        assertEquals("", quiz.selectFirst("li.option[data-option=a] input").attr("aria-describedby"), "a one-line option has no description");
        assertTrue(quiz.selectFirst(".answer-options li[data-option=b] .answer-option-blocks pre > code") != null, "and in the answer key");
    }
}
