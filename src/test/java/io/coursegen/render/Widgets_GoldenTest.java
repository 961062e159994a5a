package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden pages for lessons with widgets: the fixture course {@code src/test/resources/golden-widgets/course}
 * has one lesson embedding a quiz, one a decision tree, one the cost calculator, one an exercise set and one a flashcard deck.
 * Its lesson pages and the pages the widgets add (the exercise set's, the quiz's and the tree's all-paths
 * page) are compared byte for byte with {@code golden-widgets/expected/}, asset fingerprints replaced by
 * {@code HASH}. {@link Site_GoldenTest} covers the other kinds of page.
 *
 * <p>To refresh after an intended change: {@code mvn test -Dtest=Widgets_GoldenTest -Dcoursegen.refresh=true}
 * (the comparison is then skipped and {@link #refreshExpectedPages} rewrites {@code expected/}), then
 * review the diff. Without the flag the refresh is skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Widgets_GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden-widgets");
    private static final Path EXPECTED = GOLDEN.resolve("expected");
    private static final String HINT = "if the change is intended, run mvn test -Dtest=Widgets_GoldenTest -Dcoursegen.refresh=true and review the diff";

    /** Each lesson of the fixture and the element its widget renders to. */
    private static final Map<String, String> LESSON_WIDGETS = Map.of(
            "widgets/quiz.html", "<section class=\"quiz\" id=\"quiz-check-yourself\"",
            "widgets/tree.html", "<section class=\"tree\" id=\"tree-pick-one\"",
            "widgets/calculator.html", "<section class=\"calculator\" id=\"calculator\" data-cg=\"calculator\" data-preset=\"small\"",
            "widgets/exercise.html", "href=\"../exercises/decide.html\"",
            "widgets/flashcards.html", "<section class=\"flashcards\" id=\"flashcards-first-words\"");

    private Path site;

    @BeforeAll
    void build(@TempDir Path tmp) {
        site = GoldenPages.build(GOLDEN.resolve("course"), tmp.resolve("site"), "https://example.org/widgets/");
    }

    /** The fixture is what the comparison assumes: every lesson shows its widget. */
    @Test
    void eachLessonShowsItsWidget() throws IOException {
        for (Map.Entry<String, String> e : LESSON_WIDGETS.entrySet()) {
            String page = Files.readString(site.resolve(e.getKey()));
            assertTrue(page.contains(e.getValue()), e.getKey() + " shows no " + e.getValue());
        }
        assertTrue(pages().containsAll(LESSON_WIDGETS.keySet()), "compared pages " + pages());
        assertEquals(List.of("exercises/decide.html", "quizzes/check-yourself.html", "trees/pick-one.html"),
                pages().stream().filter(p -> !p.startsWith("widgets/")).toList(), "the widgets' own pages");
    }

    @Test
    void pagesMatchExpected() throws IOException {
        assumeFalse(GoldenPages.REFRESH, "refreshing golden-widgets/expected");
        GoldenPages.assertMatch(site, pages(), EXPECTED, HINT);
    }

    /** Rewrites {@code golden-widgets/expected/}; runs only with {@code -Dcoursegen.refresh=true}. */
    @Test
    void refreshExpectedPages() throws IOException {
        assumeTrue(GoldenPages.REFRESH, "set -Dcoursegen.refresh=true to rewrite golden-widgets/expected");
        GoldenPages.write(site, pages(), EXPECTED);
    }

    /** The lesson pages of the widgets module and the pages of the set, the quiz and the tree (no indexes). */
    private List<String> pages() throws IOException {
        return GoldenPages.files(site, p -> p.endsWith(".html") && !p.endsWith("/index.html")
                && (p.startsWith("widgets/") || p.startsWith("exercises/") || p.startsWith("quizzes/") || p.startsWith("trees/")));
    }
}
