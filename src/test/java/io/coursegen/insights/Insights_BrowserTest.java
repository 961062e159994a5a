package io.coursegen.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.coursegen.browser.Axe;
import io.coursegen.browser.BrowserTestSupport;
import io.coursegen.browser.ProbedPage;
import io.coursegen.render.SitePaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The class results page in Chromium, from {@code file://} as an instructor opens a copy of the site:
 * its statistics run the shared vectors; 200 generated learners' exports chosen at once give the same
 * tables, cell for cell, as {@code coursegen insights} (Java's {@link ReportTables}), with the
 * designed questions flagged; a bad file is named with its reason; the CSV download is Java's CSV;
 * axe finds nothing at either width.
 */
class Insights_BrowserTest extends BrowserTestSupport {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theStatisticsMatchTheSharedVectors() throws Exception {
        ProbedPage opened = openFile(SitePaths.INSIGHTS, NARROW);
        JsonNode vectors = Stats_VectorsTest.vectors();
        String result = (String) opened.page().evaluate("text => { const v = JSON.parse(text); const S = CoursegenInsightsStats; const bad = [];"
                + " const same = (a, b) => (a === null ? Number.isNaN(b) : Math.abs(a - b) <= 1e-9);"
                + " for (const c of v.stats) {"
                + "   if (c.scores) { if (JSON.stringify(S.histogram(c.scores, 10)) !== JSON.stringify(c.expected.histogram)) bad.push(c.name + ': histogram'); continue; }"
                + "   if (!same(c.expected.difficulty, S.mean(c.right))) bad.push(c.name + ': difficulty');"
                + "   if (!same(c.expected.pointBiserial, S.correlation(c.right, c.rest))) bad.push(c.name + ': point-biserial');"
                + "   if (!same(c.expected.upperLower, S.upperLower(c.right, c.rest, S.GROUP))) bad.push(c.name + ': upper-lower'); }"
                + " for (const f of v.flags) { const got = S.flags(f.n, f.difficulty, f.pointBiserial === null ? NaN : f.pointBiserial, f.versions);"
                + "   if (JSON.stringify(got) !== JSON.stringify(f.flags)) bad.push(JSON.stringify(f) + ' gave ' + JSON.stringify(got)); }"
                + " return bad.join('\\n'); }", vectors.toString());
        assertEquals("", result);
        opened.probe().assertClean("insights vectors");
    }

    @Test
    void twoHundredExportsGiveJavasTablesAndFlags(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ProbedPage opened = openFile(SitePaths.INSIGHTS, WIDE);
        Page page = opened.page();
        String course = page.locator("html").getAttribute("data-course");
        List<Learner> learners = SyntheticClass.learners(200, 5);
        List<FilePayload> files = new ArrayList<>();
        for (Learner l : learners) {
            ObjectNode export = SyntheticClass.export(l, course, json);
            export.put("exportedAt", "2026-12-01T10:00:00Z");
            files.add(new FilePayload(l.id() + ".json", "application/json", json.writeValueAsBytes(export)));
        }
        files.add(new FilePayload("broken.json", "application/json", "{\"format\": ".getBytes(StandardCharsets.UTF_8)));
        ObjectNode otherCourse = SyntheticClass.export(learners.get(0), "another-course", json);
        files.add(new FilePayload("other-course.json", "application/json", json.writeValueAsBytes(otherCourse)));
        page.locator("#insights-files").setInputFiles(files.toArray(new FilePayload[0]));
        page.waitForFunction("() => document.querySelector('[data-cg~=insights-results] table') !== null");

        assertEquals("200 learners from 200 exports, 2 files skipped.", page.locator("[data-cg~=insights-status]").textContent());
        String problems = page.locator("[data-cg~=insights-problems]").textContent();
        assertTrue(problems.contains("broken.json: skipped: it is not JSON"), problems);
        assertTrue(problems.contains("other-course.json: skipped: it is an export of the course \"another-course\", not of \"" + course + "\""), problems);

        // Java's report for the same class, in the order the page's catalog gives.
        JsonNode catalog = json.readTree((String) page.evaluate("() => JSON.stringify(window.coursegenProgressCatalog)"));
        Map<String, String> lessons = new LinkedHashMap<>();
        catalog.get("lessons").forEach(l -> lessons.put(l.get("key").textValue(), l.get("title").textValue()));
        Map<String, List<String>> quizzes = new LinkedHashMap<>();
        catalog.get("quizzes").forEach(q -> {
            List<String> ids = new ArrayList<>();
            q.get("questions").forEach(id -> ids.add(id.textValue()));
            quizzes.put(q.get("id").textValue(), ids);
        });
        assertTrue(quizzes.values().stream().allMatch(ids -> !ids.isEmpty()), "the catalog lists each quiz's questions");
        List<ReportTables.Table> expected = ReportTables.of(ClassAnalysis.analyse(learners, new CourseOutline(lessons, quizzes)));
        for (ReportTables.Table t : expected) {
            JsonNode shown = json.readTree((String) page.evaluate("name => JSON.stringify((() => { const s = document.querySelector("
                    + "'[data-cg~=insights-table][data-table=\"' + name + '\"]');"
                    + " return {columns: [...s.querySelectorAll('thead th')].map(e => e.textContent),"
                    + "  rows: [...s.querySelectorAll('tbody tr')].map(r => [...r.cells].map(c => c.textContent))}; })())", t.name()));
            assertEquals(json.valueToTree(t.columns()), shown.get("columns"), t.name());
            List<List<String>> rows = t.rows().isEmpty() ? List.of(List.of("(none)")) : t.rows();
            assertEquals(json.valueToTree(rows), shown.get("rows"), t.name() + ": every cell as Java has it");
        }
        String questions = page.locator("[data-table=questions]").textContent();
        assertTrue(questions.contains("discriminates negatively") && questions.contains("too easy") && questions.contains("too hard"), questions);
        assertEquals(1, page.locator("[data-table=quizzes] svg[role=img]").count(), "a chart per quiz answered (none for the course's own)");
        String label = page.locator("[data-table=quizzes] svg[role=img]").last().getAttribute("aria-label");
        assertTrue(label.startsWith("designed: learners by first-try score. 0 to 10%: "), label);

        Download download = page.waitForDownload(() -> page.locator("[data-table=questions] .insights-csv").click());
        assertEquals("questions.csv", download.suggestedFilename());
        Path saved = dir.resolve("questions.csv");
        download.saveAs(saved);
        assertEquals(ReportTables.csv(expected.get(1)), Files.readString(saved, StandardCharsets.UTF_8));

        opened.probe().assertClean("class results from file://");

        // Axe over http: on file:// its own stylesheet requests are refused, which the probe would report.
        ProbedPage served = open(SitePaths.INSIGHTS, WIDE);
        Page web = served.page();
        web.locator("#insights-files").setInputFiles(files.toArray(new FilePayload[0]));
        web.waitForFunction("() => document.querySelector('[data-cg~=insights-results] table') !== null");
        Axe.assertNoViolations(web, "class results at " + WIDE);
        screenshot(web, "insights-" + WIDE);
        web.setViewportSize(NARROW, 800);
        Axe.assertNoViolations(web, "class results at " + NARROW);
        screenshot(web, "insights-" + NARROW);
        double textPx = ((Number) web.evaluate("() => document.querySelector('.insights-bar-label').getBoundingClientRect().height")).doubleValue();
        assertTrue(textPx >= 11, "chart labels readable at 375 px: " + textPx);
        served.probe().assertClean("class results over http");
    }
}
