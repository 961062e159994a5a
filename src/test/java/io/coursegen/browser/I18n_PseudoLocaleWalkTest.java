package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.coursegen.cli.Main;
import io.coursegen.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped course built in the pseudo-locale ({@code language: qps-ploc}), where every catalog text
 * reads {@code [!! Çĥéçķ åñšŵéŕ !!]}: every page type is opened and every widget is driven into the
 * states a learner sees (quiz checked and summarised, tree outcome, calculator error, exercise submitted
 * and self-checked, flashcard turned and answered, progress page, search results in the page and in the
 * header, the glossary popover), and each visible text, screen-reader text and accessible name
 * ({@code aria-label}, {@code title}, {@code placeholder}) is read. What is left of it once the
 * pseudo-localized stretches are taken out must be the course's own text: found in its files
 * ({@code content/}, {@code quizzes/}) and not one of the English catalog's texts. Anything else is an
 * interface string that did not come from the catalog.
 */
class I18n_PseudoLocaleWalkTest extends BrowserTestSupport {

    /**
     * Reads every visible text node and accessible name under {@code root} (default the body), with the
     * pseudo-localized stretches removed; returns [where, what is left] for each with two letters in a row
     * left. Key caps ({@code kbd}) name keys the scripts listen for, and are left out.
     */
    private static final String WALK = """
            (root) => {
              // Whole stretches, then those a text node holds only the start or the end of (markup inside a
              // sentence splits it); what is left between two such nodes is accented, so it has no ASCII letters.
              const strip = s => { let prev; do { prev = s; s = s.replace(/\\[!! (?:(?!\\[!! |!!\\]).)*? !!\\]/gs, " "); } while (s !== prev);
                return s.replace(/\\[!! (?:(?!!!\\]).)*$/s, " ").replace(/^(?:(?!\\[!! ).)*? !!\\]/s, " "); };
              const letters = s => /[A-Za-z]{2,}/.test(s);
              // Course content: a lesson's body outside its widgets, and the texts inside widgets that the author wrote.
              const content = e => !!e.closest(".question-prompt, .quiz-intro, [data-cg~=option-label], .option-feedback, .option-blocks, "
                + ".explanation, .answer-key-body, .search-snippet, .ssr-snippet, .tree-intro, .tree-explanation, .flashcards-front, .flashcards-back, "
                + ".exercise-scenario, .exercise-why, .exercise-model, .exercise-rubric-point, .exercise-hint")
                || (!!e.closest(".lesson-body") && !e.closest("[data-cg~=quiz], [data-cg~=tree], [data-cg~=calculator], [data-cg~=flashcards], .exercise-card"));
              const where = e => { const parts = []; for (let n = e; n && n !== document.body && parts.length < 4; n = n.parentElement) parts.unshift(n.tagName.toLowerCase() + (n.className && typeof n.className === "string" ? "." + n.className.split(" ")[0] : "")); return parts.join(">"); };
              const out = [];
              const base = root ? document.querySelector(root) : document.body;
              const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const e = n.parentElement;
                if (!e || e.closest("script, style, kbd, code, pre") || !e.checkVisibility()) continue;
                const rest = strip(n.textContent).replace(/\\s+/g, " ").trim();
                if (letters(rest)) out.push([where(e), rest, content(e) ? "content" : ""]);
              }
              for (const e of base.querySelectorAll("[aria-label], [title], [placeholder]")) {
                if (!e.checkVisibility() && !e.closest("[role=status], [aria-live]")) continue;
                for (const a of ["aria-label", "title", "placeholder"]) {
                  if (!e.hasAttribute(a)) continue;
                  const rest = strip(e.getAttribute(a)).replace(/\\s+/g, " ").trim();
                  if (letters(rest)) out.push([where(e) + "@" + a, rest, ""]);
                }
              }
              const title = strip(document.title).trim();
              if (letters(title)) out.push(["title", title, ""]);
              return out;
            }
            """;

    private Path pseudo;
    private String corpus;
    private Set<String> english;
    private final List<String> found = new ArrayList<>();

    @Test
    void everyInterfaceTextOnEveryPageAndWidgetStateComesFromTheCatalog() {
        buildPseudoSite();
        // Static pages, each as it loads.
        for (String p : List.of("index.html", "the-central-question/index.html", "404.html", "print.html", "progress.html",
                "glossary/index.html", "tags/index.html", "quizzes/index.html", "exercises/index.html", "insights.html",
                firstIn("glossary"), firstIn("tags"), firstIn("trees"), "the-central-question/print.html")) {
            Page page = load(p, WIDE);
            walk(page, p);
        }

        // A lesson with a decision tree and the cost calculator: the tree walked to an outcome, a calculator
        // field given a value out of range, the glossary popover open.
        String lesson = "the-central-question/why-prompting-comes-first.html";
        Page page = load(lesson, WIDE);
        Locator tree = page.locator("[data-cg~=tree]").first();
        for (int i = 0; i < 20 && tree.locator("[data-cg~=tree-result]").isHidden(); i++) {
            if (i == 0) {
                tree.locator("button[type=submit]").click(); // no answer chosen: the error
                walk(page, lesson + " (tree error)");
            }
            tree.locator("[data-cg~=tree-options] input").first().check();
            tree.locator("button[type=submit]").click();
        }
        assertTrue(tree.locator("[data-cg~=tree-result]").isVisible(), "the tree reached an outcome");
        Locator field = page.locator("[data-cg~=calculator] input[type=number]").first();
        field.fill("-5");
        field.dispatchEvent("change");
        assertTrue(page.locator("[data-cg~=calc-error]:not([hidden])").count() > 0, "the calculator shows an error");
        Locator term = page.locator("a.term-link").first();
        if (term.count() > 0) {
            term.focus();
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
        }
        walk(page, lesson + " (tree outcome, calculator error, glossary popover)");

        // Quiz answered whole: every question checked (the first option, first blank, ...), the summary shown.
        page = load("quizzes/final-assessment.html", NARROW);
        answerEveryQuestion(page);
        assertTrue(page.locator("[data-cg~=quiz-summary] .quiz-summary-title").count() > 0, "the quiz shows its summary");
        walk(page, "quiz checked and summarised");
        Locator show = page.getByText(Messages.english().t("quiz.show-answers"));
        page.locator("[data-cg~=quiz-actions] button").nth(1).click(); // Show answers: the revealed marks
        walk(page, "quiz with its answers shown");
        assertEquals(0, show.count(), "no English Show answers button");

        // Exercise: submitted and self-checked, the model answer revealed; a hint shown.
        page = load(Exercise_BrowserTest.SOURCE_003, WIDE);
        Locator ex = page.locator("article[data-exercise]").first();
        Locator hint = ex.locator("[data-cg~=exercise-hint-button]");
        if (hint.count() > 0) hint.click();
        ex.locator("[data-cg~=exercise-submit]").click(); // nothing chosen: the problem
        walk(page, "exercise not ready");
        ex.locator("[data-cg~=exercise-choice]").first().check();
        ex.locator("[data-cg~=exercise-text]").fill("Because the task is about format, not knowledge.");
        ex.locator("[data-cg~=exercise-submit]").click();
        ex.locator("[data-cg~=exercise-rubric-box]").first().check();
        ex.locator("[data-cg~=exercise-self-check]").click();
        walk(page, "exercise submitted and revealed");

        // Flashcards: a card turned, answered, the deck run to the end of its session.
        page = load("fine-tuning-in-practice/methods-full-lora-prompt-tuning.html", WIDE);
        Locator deck = page.locator("[data-cg~=flashcards]").first();
        deck.locator("[data-cg~=flashcards-flip]").click();
        walk(page, "flashcard turned");
        for (int i = 0; i < 40 && deck.locator("[data-cg~=flashcards-done]").isHidden(); i++) {
            if (deck.locator("[data-cg~=flashcards-flip]").isVisible()) deck.locator("[data-cg~=flashcards-flip]").click();
            deck.locator("[data-cg~=flashcards-knew]").click();
        }
        walk(page, "flashcard session done");

        // The progress page after all that, and search: the results page and the header box.
        page = load("progress.html", WIDE);
        walk(page, "progress page with progress");
        page = load("search.html?q=fine-tuning", WIDE);
        page.locator("[data-cg~=search-page-results] li").first().waitFor();
        page.locator("#site-search").fill("prompt");
        page.locator(".ssr-all").waitFor();
        walk(page, "search results");
        page.locator("#site-search").fill("qqqxqqq");
        page.locator(".ssr-all").getByText("qqqxqqq").waitFor();
        walk(page, "search with no results");

        assertEquals(List.of(), found, found.size() + " interface text(s) not from the catalog");
    }

    private Page load(String relPath, int width) {
        ProbedPage opened = open("pseudo/" + relPath, width);
        Page page = opened.page();
        page.waitForLoadState();
        return page;
    }

    /** Adds to {@link #found} each text of the page that is neither the catalog's (pseudo-localized) nor the course's. */
    private void walk(Page page, String state) {
        @SuppressWarnings("unchecked")
        List<List<String>> texts = (List<List<String>>) page.evaluate(WALK, null);
        for (List<String> t : texts) {
            boolean content = !t.get(2).isEmpty();
            if (Stream.of(t.get(1).split(" › ")).allMatch(part -> ours(part.replaceAll("^[\\s()\\[\\]:;,.·–—-]+|[\\s()\\[\\]:;,·–—-]+$", ""), content))) continue;
            String rest = t.get(1);
            {
                String line = state + ": " + t.get(0) + ": \"" + rest + "\"";
                if (!found.contains(line)) found.add(line);
            }
        }
    }

    /** Whether a text left over is the course's: in its files, and (outside content) not an English interface text. */
    private boolean ours(String rest, boolean content) {
        return corpus.contains(rest) && (content || !english.contains(rest));
    }

    private void answerEveryQuestion(Page page) {
        page.evaluate("""
                () => {
                  for (const li of document.querySelectorAll("li[data-question]")) {
                    const radio = li.querySelector("input[type=radio], input[type=checkbox]");
                    if (radio) radio.checked = true;
                    for (const t of li.querySelectorAll("input[type=text]")) t.value = "42";
                    for (const s of li.querySelectorAll("select")) s.selectedIndex = 1;
                    li.querySelector("[data-cg~=check-button]").click();
                  }
                }
                """);
        // Questions with tries left stay open: check each again until every one is done.
        for (int round = 0; round < 4; round++) {
            page.evaluate("() => { for (const b of document.querySelectorAll('li[data-question] [data-cg~=check-button]')) if (b.checkVisibility() && !b.disabled) b.click(); }");
        }
    }

    private String firstIn(String dir) {
        try (Stream<Path> s = Files.list(pseudo.resolve(dir))) {
            return dir + "/" + s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html") && !n.equals("index.html"))
                    .sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped course copied with {@code language: qps-ploc}, built beside the shared site, and its texts read. */
    private void buildPseudoSite() {
        Path project = Path.of("target", "i18n-pseudo-project").toAbsolutePath();
        pseudo = site.root().resolve("pseudo");
        StringBuilder texts = new StringBuilder();
        try {
            deleteTree(project);
            for (String dir : List.of("content", "quizzes")) {
                Path from = Path.of(dir).toAbsolutePath();
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path f : files.toList()) {
                        Path to = project.resolve(dir).resolve(from.relativize(f).toString());
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(to);
                            continue;
                        }
                        Files.copy(f, to);
                        String name = f.getFileName().toString();
                        if (name.endsWith(".md") || name.endsWith(".yaml")) texts.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
                    }
                }
            }
            Path courseYaml = project.resolve("content/course.yaml");
            String yaml = Files.readString(courseYaml);
            assertTrue(yaml.contains("\nlanguage: en\n"), "the shipped course.yaml says language: en");
            Files.writeString(courseYaml, yaml.replace("\nlanguage: en\n", "\nlanguage: qps-ploc\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(0, Main.run("build", "--project", project.toString(), "--out", pseudo.toString()));
        corpus = texts.toString().replaceAll("\\s+", " ");
        english = new HashSet<>();
        for (Map.Entry<String, String> e : Messages.english().texts().entrySet()) english.add(e.getValue().strip());
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
