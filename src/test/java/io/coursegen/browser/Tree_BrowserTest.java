package io.coursegen.browser;

import io.coursegen.widget.tree.TreeWidget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CourseLoader;
import io.coursegen.model.Course;
import io.coursegen.model.tree.DecisionTree;
import io.coursegen.model.tree.OutcomeNode;
import io.coursegen.tree.TreePath;
import io.coursegen.tree.TreeWalker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The decision-tree widget as a learner uses it: every path of both course trees clicked through and
 * held to Java's {@link TreeWalker#paths}; the path in the URL hash surviving a reload and opening a
 * shared link; the walk kept in the learner's progress through a table-of-contents anchor, a reload,
 * a later visit, an import and a reset; Back pre-selecting the answer given before; Start over; a
 * keyboard-only walk; the nested list without JavaScript; the all-paths table stacked at 375 px; axe
 * at both widths (light at 375, dark at 1280) on a lesson and on every all-paths page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Tree_BrowserTest extends BrowserTestSupport {

    private Course course;

    @BeforeAll
    void loadCourse() {
        Diagnostics diagnostics = new Diagnostics();
        course = CourseLoader.load(Path.of("").toAbsolutePath(), diagnostics).orElseThrow();
        assertEquals(2, course.items(TreeWidget.ITEMS).size(), "the course has two decision trees");
    }

    private String lessonWith(String treeId) {
        return site.lessons().stream().filter(l -> {
            try {
                return Files.readString(site.file(l)).contains("<section class=\"tree\" id=\"tree-" + treeId + "\"");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no lesson shows tree " + treeId));
    }

    private static String sel(String treeId, String part) {
        return "#tree-" + treeId + " " + part;
    }

    private static String shownOutcome(Page page, String treeId) {
        return page.locator(sel(treeId, ".tree-result-body .tree-verdict strong")).textContent() + " / "
                + page.locator(sel(treeId, ".tree-result-body .tree-outcome-title")).textContent();
    }

    private static String expectedOutcome(OutcomeNode o) {
        return o.verdict().label() + " / " + o.title();
    }

    private static String hashOf(TreePath p) {
        return p.steps().stream().map(s -> String.valueOf(s.answerIndex())).collect(Collectors.joining("."));
    }

    /** A PNG of just the tree's section. */
    private static void shoot(Page page, String treeId, String name) {
        screenshotOf(page, "#tree-" + treeId, name);
    }

    /**
     * Every path of both trees, held to {@link TreeWalker#paths}. The longest path of each tree is
     * clicked through with Playwright's mouse (real pointer events, actionability checks); the others
     * are walked in the page by the same clicks on the same controls in one round trip, which reads back
     * after every step what the Playwright walk asserts, so a tree of many paths costs one call, not
     * hundreds.
     */
    @Test
    void everyPathOfBothTreesEndsWhereJavaSays() {
        for (DecisionTree tree : course.items(TreeWidget.ITEMS)) {
            String id = tree.id();
            ProbedPage opened = open(lessonWith(id), WIDE);
            Page page = opened.page();
            assertTrue(page.locator(sel(id, ".tree-static")).isHidden(), "the nested list gives way to the widget");
            assertEquals("body", page.evaluate("() => document.activeElement.tagName.toLowerCase()"), "no focus move on load");
            List<TreePath> paths = TreeWalker.paths(tree);
            assertEquals(paths.size() + "", page.locator(sel(id, ".tree-all-paths a")).textContent().replaceAll("\\D", ""));

            TreePath longest = paths.stream().max((a, b) -> a.steps().size() - b.steps().size()).orElseThrow();
            for (int s = 0; s < longest.steps().size(); s++) {
                assertEquals("Step " + (s + 1), page.locator(sel(id, ".tree-step")).textContent());
                assertEquals(s, page.locator(sel(id, ".tree-history li")).count(), "answers so far");
                page.locator("#tree-" + id + "-answer-" + longest.steps().get(s).answerIndex()).check();
                page.locator(sel(id, ".tree-next")).click();
            }
            assertTrue(page.locator(sel(id, ".tree-result")).isVisible(), id + " " + hashOf(longest));
            assertTrue(page.locator(sel(id, ".tree-form")).isHidden());
            assertEquals(expectedOutcome(longest.outcome()), shownOutcome(page, id), id + " path " + hashOf(longest));
            assertEquals("#tree-" + id + "=" + hashOf(longest), page.evaluate("() => location.hash"));
            assertTrue(page.locator(sel(id, ".tree-result")).evaluate("el => el === document.activeElement").equals(true),
                    "focus moves to the outcome after Next");

            List<List<Integer>> answers = paths.stream()
                    .map(p -> p.steps().stream().map(TreePath.Step::answerIndex).toList()).toList();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> walked = (List<Map<String, Object>>) page.evaluate(WALK_IN_PAGE, Map.of("id", id, "paths", answers));
            assertEquals(paths.size(), walked.size());
            for (int i = 0; i < paths.size(); i++) {
                TreePath p = paths.get(i);
                Map<String, Object> w = walked.get(i);
                String what = id + " path " + hashOf(p);
                List<String> steps = new ArrayList<>();
                for (int s = 0; s < p.steps().size(); s++) steps.add("Step " + (s + 1) + " after " + s);
                assertEquals(steps, w.get("steps"), what + ": the step label and the answers so far before each answer");
                assertEquals(true, w.get("resultShown"), what + ": the outcome shows");
                assertEquals(true, w.get("formHidden"), what + ": the question gives way");
                assertEquals(expectedOutcome(p.outcome()), w.get("outcome"), what);
                assertEquals("#tree-" + id + "=" + hashOf(p), w.get("hash"), what + ": the address names the walk");
                assertEquals(p.steps().size(), ((Number) w.get("history")).intValue(), what + ": every answer in the history");
                assertEquals(p.outcome().lessons().size(), ((Number) w.get("lessons")).intValue(), what + ": the outcome's lessons");
                assertEquals(true, w.get("focusOnResult"), what + ": focus moves to the outcome after Next");
            }
            shoot(page, id, "tree-" + id + "-outcome-" + WIDE);
            opened.probe().assertClean("walking tree " + id);
        }
    }

    /**
     * Walks the given answer paths of tree {@code id} with the widget's own controls (Start over, an
     * answer's radio button, Next), all synchronous handlers, and reads back what a learner sees.
     */
    private static final String WALK_IN_PAGE = "({id, paths}) => {"
            + " const root = document.getElementById('tree-' + id);"
            + " const q = s => root.querySelector(s);"
            + " const shown = el => el !== null && el.checkVisibility();"
            + " return paths.map(answers => {"
            + "   if (shown(q('.tree-restart'))) q('.tree-restart').click();"
            + "   const steps = [];"
            + "   for (const a of answers) {"
            + "     steps.push(q('.tree-step').textContent + ' after ' + root.querySelectorAll('.tree-history li').length);"
            + "     document.getElementById('tree-' + id + '-answer-' + a).click();"
            + "     q('.tree-next').click();"
            + "   }"
            + "   return { steps, resultShown: shown(q('.tree-result')), formHidden: !shown(q('.tree-form')),"
            + "     outcome: q('.tree-result-body .tree-verdict strong').textContent + ' / ' + q('.tree-result-body .tree-outcome-title').textContent,"
            + "     hash: location.hash, history: root.querySelectorAll('.tree-history li').length,"
            + "     lessons: root.querySelectorAll('.tree-result-body .tree-lessons a').length,"
            + "     focusOnResult: q('.tree-result') === document.activeElement };"
            + " }); }";

    @Test
    void sharedHashReloadBackAndStartOver() {
        DecisionTree tree = course.item(TreeWidget.ITEMS, "readiness").orElseThrow();
        TreePath longest = TreeWalker.paths(tree).stream().max((a, b) -> a.steps().size() - b.steps().size()).orElseThrow();
        String hash = hashOf(longest);
        String lesson = lessonWith("readiness");
        ProbedPage opened = open(lesson + "#tree-readiness=" + hash, NARROW);
        Page page = opened.page();
        assertEquals(expectedOutcome(longest.outcome()), shownOutcome(page, "readiness"), "a shared link opens at its outcome");
        assertEquals("body", page.evaluate("() => document.activeElement.tagName.toLowerCase()"), "no focus move on load");
        shoot(page, "readiness", "tree-readiness-shared-" + NARROW);
        page.reload();
        assertEquals(expectedOutcome(longest.outcome()), shownOutcome(page, "readiness"), "after a reload");
        assertEquals(longest.steps().size(), page.locator(sel("readiness", ".tree-history li")).count());

        page.locator(sel("readiness", ".tree-back")).click();
        int n = longest.steps().size();
        assertEquals("Step " + n, page.locator(sel("readiness", ".tree-step")).textContent());
        assertEquals("#tree-readiness=" + hash.substring(0, Math.max(0, hash.lastIndexOf('.'))), page.evaluate("() => location.hash"));
        assertTrue(page.locator(sel("readiness", ".tree-fieldset")).evaluate("el => el === document.activeElement").equals(true));
        page.reload();
        assertEquals("Step " + n, page.locator(sel("readiness", ".tree-step")).textContent(), "Back is kept in the URL too");

        page.locator(sel("readiness", ".tree-restart")).click();
        assertEquals("Step 1", page.locator(sel("readiness", ".tree-step")).textContent());
        assertEquals("", page.evaluate("() => location.hash"));
        assertTrue(page.locator(sel("readiness", ".tree-back")).isHidden());
        assertTrue(page.locator(sel("readiness", ".tree-history-box")).isHidden());

        // Next without an answer explains itself (after Start over nothing is pre-selected).
        assertEquals(0, page.locator(sel("readiness", ".tree-options input:checked")).count());
        page.locator(sel("readiness", ".tree-next")).click();
        assertTrue(page.locator("#tree-readiness-error").isVisible());
        assertEquals("tree-readiness-error", page.locator(sel("readiness", ".tree-fieldset")).getAttribute("aria-describedby"));

        // Printing shows the whole nested list, not the widget.
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertTrue(page.locator(sel("readiness", ".tree-static")).isVisible(), "print shows the nested list");
        assertTrue(page.locator(sel("readiness", ".tree-widget")).isHidden(), "print hides the widget");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

        // A nonsense hash falls back to the start instead of failing.
        ProbedPage odd = open(lesson + "#tree-readiness=7.7.x", NARROW);
        assertEquals("Step 1", odd.page().locator(sel("readiness", ".tree-step")).textContent());
        opened.probe().assertClean("sharing a walk");
        odd.probe().assertClean("a nonsense hash");
    }

    /** The walk as the learner's progress keeps it: {@code widgets["tree/<id>"]}, or null. */
    private static Object storedWalk(Page page, String treeId) {
        return page.evaluate("id => { const w = window.CoursegenProgress.snapshot().widgets; "
                + "return w && w['tree/' + id] !== undefined ? JSON.stringify(w['tree/' + id]) : null; }", treeId);
    }

    private static void answer(Page page, String treeId, int k) {
        page.locator("#tree-" + treeId + "-answer-" + k).check();
        page.locator(sel(treeId, ".tree-next")).click();
    }

    private static int checkedAnswer(Page page, String treeId) {
        List<com.microsoft.playwright.Locator> checked = page.locator(sel(treeId, ".tree-options input:checked")).all();
        return checked.isEmpty() ? -1 : Integer.parseInt(checked.get(0).getAttribute("data-answer"));
    }

    @Test
    void walkKeptInProgressThroughTocAnchorReloadAndReturn() {
        DecisionTree tree = course.item(TreeWidget.ITEMS, "readiness").orElseThrow();
        TreePath longest = TreeWalker.paths(tree).stream().max((a, b) -> a.steps().size() - b.steps().size()).orElseThrow();
        int a0 = longest.steps().get(0).answerIndex();
        int a1 = longest.steps().get(1).answerIndex();
        String lesson = lessonWith("readiness");
        ProbedPage opened = open(lesson, WIDE);
        Page page = opened.page();
        answer(page, "readiness", a0);
        answer(page, "readiness", a1);
        assertEquals("Step 3", page.locator(sel("readiness", ".tree-step")).textContent());
        assertEquals("{\"answers\":[" + a0 + "," + a1 + "],\"ahead\":[]}", storedWalk(page, "readiness"), "kept in progress");

        // A table-of-contents anchor replaces the hash; the walk stays.
        com.microsoft.playwright.Locator toc = page.locator("#toc a[href^='#']").first();
        String anchor = toc.getAttribute("href");
        toc.click();
        // hashchange is dispatched as a task after the click: let it run.
        page.evaluate("() => new Promise(r => setTimeout(r, 100))");
        assertEquals("Step 3", page.locator(sel("readiness", ".tree-step")).textContent(), "a TOC anchor keeps the walk");
        assertEquals(2, page.locator(sel("readiness", ".tree-history li")).count());
        assertEquals(anchor, page.evaluate("() => location.hash"), "the walk does not take the anchor out of the address");

        // Reloading with the anchor in the address restores the walk from progress.
        page.reload();
        assertEquals(anchor, page.evaluate("() => location.hash"), "the anchor stays in the address");
        assertEquals("Step 3", page.locator(sel("readiness", ".tree-step")).textContent(), "restored after a reload");
        assertEquals(2, page.locator(sel("readiness", ".tree-history li")).count());
        assertEquals("body", page.evaluate("() => document.activeElement.tagName.toLowerCase()"), "no focus move on load");

        // Coming back by a plain link restores it too, and the address names it again.
        page.navigate(server.url("index.html"));
        page.navigate(server.url(lesson));
        assertEquals("Step 3", page.locator(sel("readiness", ".tree-step")).textContent(), "restored on a later visit");
        assertEquals("#tree-readiness=" + a0 + "." + a1, page.evaluate("() => location.hash"));

        // Back pre-selects the answer given before, step after step, and a reload keeps that.
        page.locator(sel("readiness", ".tree-back")).click();
        assertEquals("Step 2", page.locator(sel("readiness", ".tree-step")).textContent());
        assertEquals(a1, checkedAnswer(page, "readiness"), "Back pre-selects the answer given before");
        page.locator(sel("readiness", ".tree-back")).click();
        assertEquals("Step 1", page.locator(sel("readiness", ".tree-step")).textContent());
        assertEquals(a0, checkedAnswer(page, "readiness"));
        shoot(page, "readiness", "tree-readiness-back-preselected-" + WIDE);
        page.reload();
        assertEquals("Step 1", page.locator(sel("readiness", ".tree-step")).textContent());
        assertEquals(a0, checkedAnswer(page, "readiness"), "the pre-selection survives a reload");
        // Next with the same answer goes on pre-selecting; a different answer ends it.
        page.locator(sel("readiness", ".tree-next")).click();
        assertEquals(a1, checkedAnswer(page, "readiness"));
        int other = a1 == 0 ? 1 : 0;
        answer(page, "readiness", other);
        if (page.locator(sel("readiness", ".tree-form")).isVisible()) {
            assertEquals(-1, checkedAnswer(page, "readiness"), "a new answer leaves the next question unanswered");
        }
        assertEquals("{\"answers\":[" + a0 + "," + other + "],\"ahead\":[]}", storedWalk(page, "readiness"));

        // Start over forgets it; so does resetting the learner's progress.
        page.locator(sel("readiness", ".tree-restart")).click();
        assertEquals(null, storedWalk(page, "readiness"), "Start over forgets the walk");
        answer(page, "readiness", a0);
        page.evaluate("() => window.CoursegenProgress.reset()");
        assertEquals("Step 1", page.locator(sel("readiness", ".tree-step")).textContent(), "a progress reset starts the tree over");
        assertEquals("", page.evaluate("() => location.hash"));
        page.reload();
        assertEquals("Step 1", page.locator(sel("readiness", ".tree-step")).textContent());

        // An import brings a walk back; a damaged stored walk counts as none.
        page.evaluate("w => { const p = window.CoursegenProgress.snapshot(); p.widgets = p.widgets || {};"
                + " p.widgets['tree/readiness'] = JSON.parse(w); return window.CoursegenProgress.replace(p); }",
                "{\"answers\":[" + a0 + "],\"ahead\":[" + a1 + "]}");
        assertEquals("Step 2", page.locator(sel("readiness", ".tree-step")).textContent(), "an import restores a walk");
        assertEquals(a1, checkedAnswer(page, "readiness"));
        page.evaluate("() => { const p = window.CoursegenProgress.snapshot();"
                + " p.widgets['tree/readiness'] = {answers: ['x', -1, 1.5], ahead: 'no'}; window.CoursegenProgress.replace(p); }");
        assertEquals("Step 1", page.locator(sel("readiness", ".tree-step")).textContent(), "a damaged walk starts over");
        opened.probe().assertClean("the walk kept in progress");
    }

    @Test
    void allPathsTableFitsAPhone() {
        for (DecisionTree tree : course.items(TreeWidget.ITEMS)) {
            for (int width : WIDTHS) {
                ProbedPage opened = open("trees/" + tree.id() + ".html", width);
                Page page = opened.page();
                Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
                assertTrue(scrollWidth.intValue() <= width, tree.id() + " at " + width + ": page is " + scrollWidth + " px wide");
                com.microsoft.playwright.Locator region = page.locator(".tree-paths-scroll");
                assertEquals("region", region.getAttribute("role"));
                assertEquals("Every path of " + tree.title(), region.getAttribute("aria-label"));
                assertEquals("0", region.getAttribute("tabindex"));
                Object fits = region.evaluate("r => r.scrollWidth <= r.clientWidth");
                if (width == NARROW) {
                    assertEquals(true, fits, tree.id() + ": the stacked table needs no sideways scroll at 375 px");
                    // Readable: each path a block as wide as the region, its cells labelled by their column.
                    assertEquals(List.of("block", "\"Answers\"", "\"Recommendation\""), page.evaluate("() => {"
                            + " const row = document.querySelector('.tree-paths tbody tr');"
                            + " const tds = row.querySelectorAll('td');"
                            + " return [getComputedStyle(row).display, getComputedStyle(tds[0], '::before').content,"
                            + " getComputedStyle(tds[1], '::before').content]; }"));
                    Number cell = (Number) page.evaluate("() => document.querySelector('.tree-paths tbody td').getBoundingClientRect().width");
                    assertTrue(cell.doubleValue() >= 300, "a cell takes the width of the screen, is " + cell);
                    Number font = (Number) page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.tree-path-q')).fontSize)");
                    assertTrue(font.doubleValue() >= 14, "text at least 14 px, is " + font);
                } else {
                    assertEquals("table-row", page.evaluate("() => getComputedStyle(document.querySelector('.tree-paths tbody tr')).display"));
                }
                // Axe in one theme per width, as for the lesson below: light at 375, dark at 1280.
                if (width != NARROW) {
                    page.locator("#theme-toggle").click();
                    waitForAnimations(page);
                    assertEquals("dark", theme(page));
                }
                screenshotForPeople(page, "tree-" + tree.id() + "-all-paths-" + width + "-" + theme(page));
                Axe.violations(page).forEach(v -> fail("trees/" + tree.id() + ".html at " + width + " in " + theme(page) + ":\n" + v));
                opened.probe().assertClean("all paths of " + tree.id() + " at " + width);
            }
        }
        // The lesson with the tree does not widen the page either.
        ProbedPage lesson = open(lessonWith("readiness"), NARROW);
        Number w = (Number) lesson.page().evaluate("() => document.documentElement.scrollWidth");
        assertTrue(w.intValue() <= NARROW, "the tree lesson is " + w + " px wide at 375 px");
    }

    @Test
    void keyboardOnlyWalk() {
        DecisionTree tree = course.item(TreeWidget.ITEMS, "format-or-knowledge").orElseThrow();
        String id = tree.id();
        TreePath path = TreeWalker.paths(tree).get(TreeWalker.paths(tree).size() - 1);
        ProbedPage opened = open(lessonWith(id), NARROW);
        Page page = opened.page();
        // Start at the question (as after a click into it); keyboard only from then on.
        page.locator(sel(id, ".tree-fieldset")).focus();
        for (TreePath.Step step : path.steps()) {
            page.keyboard().press("Tab"); // into the radio group: the first answer
            assertEquals("tree-" + id + "-answer-0", page.evaluate("() => document.activeElement.id"));
            page.keyboard().press("Space");
            for (int k = 0; k < step.answerIndex(); k++) page.keyboard().press("ArrowDown");
            assertTrue(page.locator("#tree-" + id + "-answer-" + step.answerIndex()).isChecked());
            page.keyboard().press("Tab");
            assertTrue(page.locator(sel(id, ".tree-next")).evaluate("el => el === document.activeElement").equals(true));
            page.keyboard().press("Enter");
            if (page.locator(sel(id, ".tree-form")).isVisible()) {
                assertTrue(page.locator(sel(id, ".tree-fieldset")).evaluate("el => el === document.activeElement").equals(true),
                        "focus on the next question");
            }
        }
        assertEquals(expectedOutcome(path.outcome()), shownOutcome(page, id));
        assertTrue(page.locator(sel(id, ".tree-result")).evaluate("el => el === document.activeElement").equals(true));
        for (int i = 0; i < 10 && !page.locator(sel(id, ".tree-back")).evaluate("el => el === document.activeElement").equals(true); i++) {
            page.keyboard().press("Tab");
        }
        page.keyboard().press("Enter");
        assertEquals("Step " + path.steps().size(), page.locator(sel(id, ".tree-step")).textContent(), "Back by keyboard");
        shoot(page, id, "tree-" + id + "-keyboard-" + NARROW);
        opened.probe().assertClean("a keyboard walk");
    }

    @Test
    void withoutJavaScriptTheWholeTreeShowsAsNestedLists() {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setViewportSize(NARROW, Chromium.VIEWPORT_HEIGHT));
        try {
            Page page = context.newPage();
            for (DecisionTree tree : course.items(TreeWidget.ITEMS)) {
                page.navigate(server.url(lessonWith(tree.id())));
                String id = tree.id();
                assertTrue(page.locator(sel(id, ".tree-widget")).isHidden());
                assertTrue(page.locator(sel(id, ".tree-static")).isVisible());
                List<TreePath> paths = TreeWalker.paths(tree);
                // Every path ends at an outcome item: as many visible outcome items as paths.
                assertEquals(paths.size(), page.locator(sel(id, ".tree-static li.tree-outcome-node")).count());
                assertEquals(paths.stream().map(p -> expectedOutcome(p.outcome())).toList(),
                        page.locator(sel(id, ".tree-static li.tree-outcome-node")).all().stream()
                                .map(li -> li.locator(".tree-verdict strong").textContent() + " / " + li.locator(".tree-outcome-title").textContent())
                                .toList(), "outcomes in path order");
                assertTrue(page.locator(sel(id, ".tree-static li.tree-outcome-node")).first().isVisible());
                shoot(page, id, "tree-" + id + "-nojs-" + NARROW);
                page.locator(sel(id, ".tree-all-paths a")).click();
                assertTrue(page.url().endsWith("trees/" + id + ".html"), page.url());
                assertEquals(paths.size(), page.locator("table.tree-paths tbody tr").count());
            }
        } finally {
            context.close();
        }
    }

    @Test
    void accessibleAtBothWidthsLightAtPhoneDarkAtDesktop() {
        List<String> problems = new ArrayList<>();
        DecisionTree tree = course.item(TreeWidget.ITEMS, "readiness").orElseThrow();
        String mid = hashOf(TreeWalker.paths(tree).get(TreeWalker.paths(tree).size() - 1));
        // The lesson's tree mid-walk at 375 and at its outcome at 1280; the all-paths pages get theirs in
        // allPathsTableFitsAPhone. One theme per width, light at 375 and dark at 1280: the colours are the
        // same at both widths, and Site_BrowserTest runs every page kind in both themes at both widths.
        for (int width : WIDTHS) {
            String url = lessonWith("readiness") + "#tree-readiness=" + (width == NARROW ? mid.substring(0, mid.indexOf('.') + 2) : mid);
            ProbedPage opened = open(url, width);
            Page page = opened.page();
            page.locator("#tree-readiness").scrollIntoViewIfNeeded();
            if (width != NARROW) page.locator("#theme-toggle").click();
            waitForAnimations(page);
            assertEquals(width == NARROW ? "light" : "dark", theme(page), "the theme this width checks");
            String name = "tree-lesson-" + width + "-" + theme(page);
            screenshotOf(page, "#tree-readiness", name);
            Axe.violations(page).forEach(v -> problems.add(name + ":\n" + v));
            problems.addAll(opened.probe().problems());
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s)\n" + String.join("\n", problems));

        ProbedPage file = openFile(lessonWith("format-or-knowledge"), NARROW);
        assertFalse(file.page().locator(sel("format-or-knowledge", ".tree-widget")).isHidden(), "the widget runs from file://");
        file.page().locator("#tree-format-or-knowledge-answer-0").check();
        file.page().locator(sel("format-or-knowledge", ".tree-next")).click();
        Page fp = file.page();
        assertTrue("Step 2".equals(fp.locator(sel("format-or-knowledge", ".tree-step")).textContent())
                || fp.locator(sel("format-or-knowledge", ".tree-result")).isVisible(), "one step further from file://");
        file.probe().assertClean("the tree from file://");
    }
}
