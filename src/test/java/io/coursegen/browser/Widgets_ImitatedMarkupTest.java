package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.coursegen.cli.Main;
import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Author HTML that imitates the markup of every widget (the classes and ids the scripts once looked
 * up, {@code <div class="progress-tools">} first among them) sits next to the real widgets, in the
 * lesson body and inside the widgets' own texts. The scripts find their elements by data attributes
 * only, which the sanitizer strips from author HTML (see {@code assets/dom.js}), so in Chromium: no
 * console error or exception, "Mark as read" works, every real widget works, and the imitations are
 * left as written. Saves {@code target/screenshots/imitation-<width>.png} for people to look at.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
class Widgets_ImitatedMarkupTest {
    private static final String LESSON = "widgets/imitation.html";
    private static final String EXERCISE = "exercises/real-set.html";

    /** Every widget's markup as a lesson author could copy it from a built page; each text says "fake". */
    static final String IMITATIONS = """
            <div class="imitations">
            <div class="progress-tools"><p>x</p></div>
            <div class="progress-tools" data-cg="progress-tools" id="progress-import"><p class="progress-tools-status">fake status</p><span class="export-json">fake export</span><span class="import-file">fake import</span><span class="reset-progress">fake reset</span></div>
            <div class="lesson-read" data-lesson="widgets/imitation"><p class="lesson-read-button">fake Mark as read</p><p class="lesson-read-status">fake read status</p></div>
            <div class="site-search"><p class="site-search-input">fake search box</p><ul id="site-search-results"><li id="site-search-result-0">fake result</li></ul></div>
            <div class="nav-modules"><ul><li data-lesson="widgets/imitation"><a class="nav-mark" href="#the-real-widgets">fake nav</a></li></ul></div>
            <p class="progress-notice">fake notice</p>
            <div class="progress-row" data-module="widgets"><span class="progress-read">fake read</span><span class="progress-done">fake done</span><span class="progress-quiz-best">fake best</span></div>
            <p class="progress-nojs">fake nojs</p>
            <div class="quiz" id="quiz-real-quiz" data-quiz="real-quiz"><div class="quiz-data">{"id": "fake"}</div><h2 class="quiz-title">fake quiz</h2><ol class="quiz-questions"><li class="question" id="q-rq-single" data-question="rq-single"><div class="question-fieldset"><ul class="options"><li class="option" data-option="a"><input type="checkbox"> <span class="option-label">fake option</span><span id="q-rq-single-a">fake input</span></li></ul></div><div class="question-actions"><span class="check-button">fake Check answer</span></div><div class="question-feedback">fake feedback</div><details class="answer-key"><summary>fake key</summary><div class="explanation">fake explanation</div><p class="answer-label">Answer: <strong>fake</strong></p></details></li></ol><div class="quiz-actions">fake actions</div><div class="quiz-summary"><p class="quiz-summary-title">fake summary</p></div><span class="quiz-mark quiz-mark-right">fake mark</span><span class="is-right">fake right</span></div>
            <div class="tree" id="tree-real-tree"><div class="tree-data">{}</div><div class="tree-widget"><p class="tree-step">fake step</p><div class="tree-history-box"><ol class="tree-history"><li>fake history</li></ol></div><div class="tree-form"><div class="tree-fieldset"><p class="tree-legend">fake legend</p><div class="tree-help-now">fake help</div><div class="tree-options"><input type="checkbox"></div><p class="tree-error">fake error</p></div></div><div class="tree-result"><div class="tree-result-body">fake result</div></div><p class="tree-back">fake back</p><p class="tree-restart">fake restart</p></div><div class="tree-static"><ul><li class="tree-node" data-node="fresh"><p class="tree-q"><span class="tree-q-text">fake question</span></p><div class="tree-help">fake help</div><div class="tree-outcome-body">fake outcome</div></li></ul></div></div>
            <div class="calculator" id="calculator"><div class="calc-data">{}</div><div class="calc-form"><span id="calc-preset">fake preset</span><div class="calc-about" data-about="small">fake about</div><div class="calc-field"><span class="calc-label">fake label</span><span id="calc-requests-per-day">fake input</span><p class="calc-error" id="calc-requests-per-day-error">fake error</p></div></div><div class="calc-results"><p class="calc-status">fake status</p><div class="calc-chart-box">fake chart</div><table class="calc-cumulative"><tbody><tr><td data-out="trainingCost">fake cell</td></tr></tbody></table></div><div class="calc-static">fake static</div></div>
            <div class="flashcards" id="flashcards-real-deck"><div class="flashcards-data">{"cards": ["x"]}</div><div class="flashcards-widget"><p class="flashcards-progress">fake progress</p><div class="flashcards-card"><div class="flashcards-front">fake front</div></div><p class="flashcards-flip">fake flip</p><p class="flashcards-knew">fake knew</p></div><dl class="flashcards-list"><div class="flashcards-item"><dt class="flashcards-item-front">fake card front</dt><dd class="flashcards-item-back">fake card back<p class="flashcards-term-link">fake term link</p></dd></div></dl></div>
            <div class="exercise-set"><div class="exercise-data">{}</div><div class="exercise" data-exercise="real-scenario"><div class="exercise-work"><p class="exercise-submit">fake submit</p><div class="exercise-rubric"><input type="checkbox"> fake point</div></div></div><ul class="exercise-list"><li data-scenarios="real-scenario"><span class="exercise-done-count">fake count</span></li></ul></div>
            <p><a class="term-link" href="#the-real-widgets">fake term link</a> <span id="term-def-1" class="term-popover">fake popover</span></p>
            <ol id="search-page-results"><li>fake search result</li></ol><p id="search-status">fake search status</p>
            </div>
            """;

    /** The course: one lesson with the imitations, then every real widget; the widgets' texts imitate too. */
    static final String COURSE = """
            -- content/course.yaml --
            id: imitation
            title: Imitated widgets
            description: A lesson whose HTML copies every widget's markup, next to the real widgets.
            answer-sets:
              approaches:
                - {id: prompting, label: Prompting}
                - {id: rag, label: RAG}
            -- content/glossary/retrieval.md --
            ---
            term: retrieval
            definition: Looking documents up at question time and adding them to the prompt.
            ---
            Retrieval brings facts in.
            -- content/01-widgets/module.yaml --
            title: Widgets
            summary: Real widgets next to imitations.
            -- content/01-widgets/01-imitation.md --
            ---
            title: Imitation
            summary: Every widget's markup, copied by hand, above the real widgets.
            ---
            This lesson is about retrieval. The block below copies the markup of every widget by hand.

            IMITATIONS

            ## The real widgets

            {{quiz real-quiz}}

            {{tree real-tree}}

            {{calculator small}}

            {{flashcards real-deck}}

            {{exercise real-set}}
            -- content/01-widgets/02-after.md --
            ---
            title: After
            summary: A second lesson, so the sidebar has two.
            ---
            Nothing here.
            -- quizzes/real-quiz.yaml --
            id: real-quiz
            title: Real quiz
            intro: |
              <div class="quiz-actions">fake intro actions</div>
            pass: 0.5
            questions:
              - id: rq-single
                type: single
                prompt: |
                  Which approach adds fresh facts? <span class="check-button quiz-mark is-right">fake check</span> <input type="checkbox">

                  <div class="question-feedback answer-key options">fake parts</div>
                options:
                  - id: a
                    text: Retrieval <span class="option-label">fake label</span>
                    correct: true
                    feedback: <span class="option-feedback">fake</span> Right.
                  - id: b
                    text: A longer prompt
                explanation: |
                  <div class="explanation">fake inner explanation</div> Retrieval looks facts up.
              - id: rq-order
                type: ordering
                prompt: Put these in order. <span class="ordering-text">fake</span>
                items:
                  - {id: first, text: "First <span class='ordering-text ordering-item'>fake</span>"}
                  - {id: second, text: Second}
              - id: rq-number
                type: numeric
                prompt: How many options had the first question? <span class="answer-field answer-unit">fake</span>
                answer: 2
              - id: rq-cloze
                type: cloze
                prompt: Fill in the blank. <span class="cloze-input">fake</span>
                text: Retrieval adds {{when}} facts.
                blanks:
                  when: {answers: [fresh]}
              - id: rq-match
                type: matching
                prompt: Match them. <span class="matching-select">fake</span>
                pairs:
                  - {id: fresh, left: "Fresh facts <span class='matching-select'>fake</span>", right: Retrieval}
                  - {id: style, left: A house style, right: Fine-tuning}
            checks:
              - name: all right
                responses: {rq-single: a, rq-order: [first, second], rq-number: 2, rq-cloze: {when: fresh}, rq-match: {fresh: fresh, style: style}}
                score: 1
            -- content/widgets/decision-trees/real-tree.yaml --
            id: real-tree
            title: Real tree
            start: fresh
            nodes:
              fresh:
                question: Do the answers need new facts? <span class="tree-q-text">fake</span>
                help: |
                  <div class="tree-options tree-help">fake help options</div>
                answers:
                  - label: "Yes"
                    next: use-rag
                  - label: "No"
                    next: use-prompting
              use-rag:
                verdict: rag
                title: Retrieve them
                explanation: |
                  <div class="tree-outcome-body tree-result-body">fake outcome</div> Retrieval brings the facts in.
                lessons: [content/01-widgets/02-after.md]
              use-prompting:
                verdict: prompting
                title: Prompt well
                lessons: [content/01-widgets/02-after.md]
            -- content/widgets/cost-presets.yaml --
            - id: small
              title: A small pilot
              prices-as-of: 2024-07-24
              description: |
                <div class="calc-about calc-field"><span class="calc-error calc-label">fake</span></div> Round figures.
              requests-per-day: 1000
              input-tokens: 100
              output-tokens: 50
              prompted: {prompt-tokens: 400, input-price-per-million: 5, output-price-per-million: 15}
              fine-tuned: {prompt-tokens: 40, input-price-per-million: 0.3, output-price-per-million: 1.2}
              training: {cost: 500}
              horizon-months: 6
            -- content/widgets/flashcards/real-deck.yaml --
            title: Real deck
            description: <div class="flashcards-widget flashcards-list">fake deck parts</div>
            cards:
              - front: What is retrieval? <span class="flashcards-item-back">fake back</span>
                back: Looking documents up. <p class="flashcards-term-link">fake term link</p>
              - front: Second card
                back: Second back
            -- content/exercises/real-set.yaml --
            id: real-set
            title: Real set
            intro: |
              <div class="progress-tools"><p>x</p></div>
            scenarios:
              - id: real-scenario
                title: News answers
                scenario: |
                  A site wants answers about today's articles.
                  <div class="exercise-work exercise-rubric"><p class="exercise-submit">fake submit</p><input type="checkbox"></div>
                answers:
                  - choice: rag
                    why: The facts are new today. <span class="exercise-why">fake why</span>
                rubric:
                  - id: fresh
                    point: Names the facts as new
                    explanation: |
                      No model was trained on them. <input type="checkbox"> <span class="exercise-rubric-explanation">fake</span>
                model-answer: |
                  **RAG.** <div class="exercise-model">fake model</div>
                hints:
                  - When were the facts written? <span class="exercise-hint">fake hint</span>
            """.replace("IMITATIONS\n", IMITATIONS);

    private Path site;
    private StaticServer server;
    private Chromium chromium;

    @BeforeAll
    void buildAndServe(Chromium shared) throws IOException {
        Path base = Path.of("target", "browser-site", getClass().getSimpleName());
        deleteTree(base);
        Path root = CourseFiles.write(base.resolve("course"), COURSE);
        site = base.resolve("site");
        assertEquals(0, Main.run("build", "--project", root.toString(), "--out", site.toString()));
        server = StaticServer.start(site);
        chromium = shared;
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void theBuiltLessonKeepsTheImitationsButNoneOfTheirDataAttributes() throws IOException {
        String html = Files.readString(site.resolve(LESSON));
        assertTrue(html.contains("<div class=\"progress-tools\"><p>x</p></div>"), "the issue's example is kept as written");
        assertFalse(html.contains("data-cg=\"progress-tools\""), "the lesson page has no real progress tools");
        assertTrue(html.contains("<div class=\"quiz\"><div class=\"quiz-data\">"), "an author id that the real quiz uses is dropped");
        assertTrue(html.contains("<span id=\"term-def-1\" class=\"term-popover\">"), "other author ids are kept");
    }

    @Test
    void theLessonsScriptsFindOnlyTheirOwnElements() {
        for (int width : BrowserTestSupport.WIDTHS) {
            withPage(LESSON, width, page -> {
                BrowserTestSupport.screenshotForPeople(page, "imitation-" + width);
                if (width == BrowserTestSupport.WIDE) workTheLesson(page);
            });
        }
    }

    private void workTheLesson(Page page) {
        // Mark as read, in the real box; the imitation's text stays.
        Locator read = page.locator("[data-cg~=lesson-read-button]");
        assertEquals(1, read.count());
        read.click();
        assertEquals("true", read.getAttribute("aria-pressed"));
        assertEquals("Marked as read.", page.locator("[data-cg~=lesson-read-status]").textContent());
        assertEquals("fake read status", page.locator(".imitations .lesson-read-status").textContent());
        assertTrue(page.locator("#site-nav li[data-lesson='widgets/imitation'] [data-cg~=nav-mark]").textContent().contains("(read)"));
        assertEquals(0, page.locator(".imitations [data-cg]").count(), "no script hooked an imitation");
        String stored = (String) page.evaluate("() => localStorage.getItem('coursegen:imitation:v1')");
        assertTrue(stored.contains("\"widgets/imitation\":true"), stored);

        // The quiz: every kind answered right and checked.
        Locator quiz = page.locator("section[data-quiz=real-quiz]");
        quiz.locator("[data-question=rq-single] [data-cg~=option-input][value=a]").check();
        quiz.locator("[data-question=rq-number] [data-cg~=answer-input]").fill("2");
        quiz.locator("[data-question=rq-cloze] input[data-blank=when]").fill("fresh");
        quiz.locator("[data-question=rq-match] select[data-pair=fresh]").selectOption("fresh");
        quiz.locator("[data-question=rq-match] select[data-pair=style]").selectOption("style");
        orderRight(quiz.locator("[data-question=rq-order]"));
        for (String q : List.of("rq-single", "rq-order", "rq-number", "rq-cloze", "rq-match")) {
            quiz.locator("[data-question=" + q + "] [data-cg~=check-button]").click();
            assertTrue(quiz.locator("[data-question=" + q + "] [data-cg~=question-feedback]").textContent().startsWith("✓ Correct."),
                    q + ": " + quiz.locator("[data-question=" + q + "] [data-cg~=question-feedback]").textContent());
        }
        assertTrue(quiz.locator("[data-cg~=quiz-summary]").textContent().contains("You scored 100%"));
        assertEquals("fake check", quiz.locator("[data-question=rq-single] .question-prompt .check-button").textContent());
        assertEquals("fake right", page.locator(".imitations .is-right").textContent());
        quiz.locator("button:text('Start over')").click();
        assertEquals("fake check", quiz.locator("[data-question=rq-single] .question-prompt .check-button.quiz-mark.is-right").textContent(),
                "starting over leaves the author's quiz-mark and is-right alone");

        // The tree: one answer leads to its outcome.
        Locator tree = page.locator("section[data-tree=real-tree]");
        assertTrue(tree.locator("[data-cg~=tree-widget]").isVisible());
        tree.locator("[data-cg~=tree-options] input").first().check();
        tree.locator("button:text('Next')").click();
        assertTrue(tree.locator("[data-cg~=tree-result]").textContent().contains("Retrieve them"));
        assertEquals("fake result", page.locator(".imitations .tree-result-body").textContent());

        // The calculator: a new figure updates the results; the imitation's static part stays visible.
        Locator calc = page.locator("section[data-cg~=calculator]");
        calc.locator("input[data-field=requestsPerDay]").fill("2000");
        assertFalse(calc.locator("[data-out='prompted.perDay']").textContent().isBlank());
        assertTrue(calc.locator("[data-cg~=calc-static]").isHidden());
        assertTrue(page.locator(".imitations .calc-static").isVisible());
        calc.locator("input[data-field=requestsPerDay]").fill("-5");
        assertFalse(calc.locator("[data-cg~=calc-error]").first().textContent().isBlank(), "the real field shows its error");
        assertEquals("fake error", page.locator(".imitations .calc-error").first().textContent());

        // The deck: turn the first card, then "Knew it".
        Locator deck = page.locator("section[data-deck=real-deck]");
        deck.locator("[data-cg~=flashcards-flip]").click();
        assertTrue(deck.locator("[data-cg~=flashcards-back]").textContent().contains("Looking documents up."));
        deck.locator("[data-cg~=flashcards-knew]").click();
        assertTrue(deck.locator("[data-cg~=flashcards-front]").textContent().contains("Second card"));
        assertEquals("fake flip", page.locator(".imitations .flashcards-flip").textContent());

        // The glossary popover: the real term link's button opens the real definition.
        Locator toggle = page.locator("button.term-toggle").first();
        toggle.click();
        String panel = toggle.getAttribute("aria-controls");
        assertEquals("term-def-1-2", panel, "term-def-1 is the author's");
        assertTrue(page.locator("#" + panel).textContent().contains("Looking documents up at question time"));
        assertTrue(page.locator("#term-def-1").textContent().equals("fake popover"));

        // The header search: results in a list of the script's own.
        Locator search = page.locator("[data-cg~=site-search-input]");
        search.fill("retrieval");
        String list = search.getAttribute("aria-controls");
        assertEquals("site-search-results-2", list);
        page.locator("#" + list + " [role=option]").first().waitFor();
        assertEquals("fake result", page.locator(".imitations #site-search-result-0").textContent());
    }

    /** Moves the first item of an ordering question to the top, if it is not there yet. */
    private static void orderRight(Locator question) {
        Locator items = question.locator("li[data-item]");
        if (!"first".equals(items.first().getAttribute("data-item"))) {
            question.locator("li[data-item=first] button[data-move='-1']").click();
        }
        assertEquals("first", items.first().getAttribute("data-item"));
    }

    @Test
    void theExerciseScriptFindsOnlyItsOwnElements() {
        withPage(EXERCISE, BrowserTestSupport.WIDE, page -> {
            assertTrue(page.locator("[data-cg~=progress-tools]").isVisible(), "the real export tools start");
            Locator article = page.locator("article[data-exercise=real-scenario]");
            article.locator("[data-cg~=exercise-choice][value=rag]").check();
            article.locator("[data-cg~=exercise-text]").fill("The articles are new today, so look them up.");
            article.locator("[data-cg~=exercise-submit]").click();
            assertTrue(article.locator("[data-cg~=exercise-feedback]").textContent().contains("RAG"),
                    article.locator("[data-cg~=exercise-feedback]").textContent());
            assertEquals(1, article.locator("[data-cg~=exercise-rubric-box]").count());
            article.locator("[data-cg~=exercise-rubric-box]").check();
            article.locator("[data-cg~=exercise-self-check]").click();
            assertTrue(article.locator("[data-cg~=exercise-coverage]").textContent().contains("1 of 1"),
                    article.locator("[data-cg~=exercise-coverage]").textContent());
            BrowserTestSupport.screenshotForPeople(page, "imitation-exercise-1280");
        });
    }

    /** Opens a page at a width, runs the checks, and fails on any console error or uncaught exception. */
    private void withPage(String rel, int width, Consumer<Page> checks) {
        BrowserContext context = chromium.newContext(width);
        try {
            Page page = context.newPage();
            PageProbe probe = PageProbe.http(page, server.origin());
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            page.navigate(server.url(rel));
            page.waitForLoadState();
            checks.accept(page);
            assertEquals(List.of(), errors, rel + " at " + width + " px");
            probe.assertClean(rel + " at " + width + " px");
        } finally {
            context.close();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
