package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import io.coursegen.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * {@code build --no-solutions}: no accepted answer's why, rubric explanation or model answer of the
 * normal build appears anywhere in the graded site (page text or page source), the page data accepts
 * nothing, and a learner can still submit, self-check and export.
 */
class Exercise_NoSolutionsTest extends BrowserTestSupport {

    @Test
    void solutionsAreNowhereInTheGradedSiteAndTheFlowStillWorks() throws IOException {
        Path graded = site.root().resolve("graded");
        assertEquals(0, Main.run("build", "--no-solutions", "--project", Path.of("").toAbsolutePath().toString(), "--out", graded.toString()));

        List<String> solutions = new ArrayList<>();
        for (Path page : site.htmlFiles()) {
            if (!page.toString().contains("/exercises/") || page.startsWith(graded)) continue;
            Document doc = Jsoup.parse(Files.readString(page));
            doc.select(".exercise-model p, .exercise-why p:not(.exercise-why-title), .exercise-rubric-explanation p")
                    .forEach(e -> solutions.add(e.text()));
        }
        assertTrue(solutions.size() >= 30, "the normal build shows solutions: " + solutions.size());

        List<String> leaks = new ArrayList<>();
        List<Path> gradedPages = BuiltSite.open(graded).htmlFiles();
        assertTrue(gradedPages.stream().anyMatch(p -> p.toString().endsWith("exercises/source-003-three-projects.html")));
        for (Path page : gradedPages) {
            String source = Files.readString(page);
            String text = Jsoup.parse(source).text();
            for (String s : solutions) {
                String probe = s.length() > 60 ? s.substring(0, 60) : s;
                if (text.contains(probe) || source.contains(probe)) leaks.add(graded.relativize(page) + ": " + probe);
            }
            if (page.getParent().getFileName().toString().equals("exercises") && !page.getFileName().toString().equals("index.html")) {
                org.jsoup.nodes.Element script = Jsoup.parse(source).selectFirst("script.exercise-data");
                assertTrue(script != null, page + " has its exercise data");
                JsonNode data = ExerciseDriver.parse(script.data());
                data.get("scenarios").forEach(s -> assertEquals(0, s.get("accepted").size(), "no accepted answers in the data"));
                assertFalse(source.contains("exercise-model"), "no model answer section");
            }
        }
        assertEquals(List.of(), leaks, "solutions leaked into the graded site");

        ProbedPage opened = open("graded/" + Exercise_BrowserTest.SOURCE_003, NARROW);
        Page page = opened.page();
        ExerciseDriver ex = new ExerciseDriver(page);
        JsonNode s = ex.scenarios().get(0);
        ex.complete(s, "My graded answer.");
        assertTrue(ex.verdict(s).startsWith("Submitted: Prompting. This copy of the course has no answers to compare with"), ex.verdict(s));
        assertTrue(ex.coverage(s).startsWith("Your justification covers " + s.get("rubric").size() + " of "), ex.coverage(s));
        assertTrue(ex.stored(s).get("selfChecked").booleanValue());
        String markdown = Files.readString(ExerciseDriver.export(page, ".export-markdown", "Grace Hopper").path(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(markdown.contains("- Approach: Prompting (not graded: this copy of the course has no answers)"), markdown);
        Axe.assertNoViolations(page, "graded exercise page");
        opened.probe().assertClean("graded exercise page");
    }
}
