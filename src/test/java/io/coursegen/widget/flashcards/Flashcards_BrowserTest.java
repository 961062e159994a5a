package io.coursegen.widget.flashcards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.coursegen.browser.Axe;
import io.coursegen.browser.BrowserTestSupport;
import io.coursegen.browser.Chromium;
import io.coursegen.browser.NuHtml;
import io.coursegen.browser.ProbedPage;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CourseLoader;
import io.coursegen.model.Course;
import io.coursegen.widget.flashcards.Leitner.CardState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped deck as a learner uses it: turning cards by button and by key, "Knew it" and "Again" with
 * what the live region says, the counter and boxes, the state in the learner's progress (held to Java's
 * {@link Leitner}) surviving a reload, the end of a session and the next, Start over, keyboard only,
 * the list without JavaScript, and axe, the Nu Html Checker and a clean console at both widths.
 * Screenshots of the deck (front and turned) go to {@code target/screenshots/flashcards-*.png}.
 */
class Flashcards_BrowserTest extends BrowserTestSupport {
    private static final String LESSON = "fine-tuning-in-practice/methods-full-lora-prompt-tuning.html";
    private static final String DECK = "fine-tuning-methods";
    private static final String ROOT = "#flashcards-" + DECK;
    private static final ObjectMapper JSON = new ObjectMapper();

    private List<DeckCards.Resolved> cards;

    @BeforeAll
    void loadDeck() {
        Course course = CourseLoader.load(Path.of("").toAbsolutePath(), new Diagnostics()).orElseThrow();
        cards = DeckCards.of(course.item(FlashcardsWidget.ITEMS, DECK).orElseThrow(), course.glossary());
        assertEquals(9, cards.size(), "the shipped deck: six glossary terms and three own cards");
    }

    private static String sel(String part) {
        return ROOT + " " + part;
    }

    private static String text(Page page, String part) {
        return page.locator(sel(part)).textContent().strip().replaceAll("\\s+", " ");
    }

    private static boolean focused(Page page, String part) {
        return (Boolean) page.locator(sel(part)).evaluate("el => el === document.activeElement");
    }

    /** The deck's state in the learner's progress, as stored in localStorage. */
    private static JsonNode stored(Page page) {
        try {
            String raw = (String) page.evaluate("() => localStorage.getItem(CoursegenProgress.key)");
            if (raw == null) return null;
            return JSON.readTree(raw).path("widgets").get("flashcards/" + DECK);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The front of card {@code i} as the list (and so the widget) shows it. */
    private String front(int i) {
        return cards.get(i).term() != null ? cards.get(i).front() : cards.get(i).front().replace("*", "");
    }

    /**
     * A PNG of the deck, the page scrolled to the top first: the header is sticky, and a full-page shot
     * taken scrolled down paints it over whatever is below it.
     */
    private static void shoot(Page page, String name) {
        Object scrollY = page.evaluate("() => window.scrollY");
        page.evaluate("() => window.scrollTo(0, 0)");
        screenshotOf(page, ROOT, name);
        page.evaluate("y => window.scrollTo(0, y)", scrollY);
    }

    private ProbedPage openDeck(int width) {
        ProbedPage opened = open(LESSON, width);
        opened.page().locator(ROOT).scrollIntoViewIfNeeded();
        return opened;
    }

    @Test
    void turnKnewItAgainWithCounterBoxesAndLiveRegion() {
        ProbedPage opened = openDeck(WIDE);
        Page page = opened.page();
        assertTrue(page.locator(sel(".flashcards-list")).isHidden(), "the list gives way to the widget");
        assertTrue(page.locator(sel(".flashcards-widget")).isVisible());
        assertEquals("body", page.evaluate("() => document.activeElement.tagName.toLowerCase()"), "no focus move on load");
        assertEquals("Session 1 · card 1 of 9 · box 1", text(page, ".flashcards-progress"));
        assertEquals(front(0), text(page, ".flashcards-front"));
        assertTrue(page.locator(sel(".flashcards-back-side")).isHidden());
        assertTrue(page.locator(sel(".flashcards-knew")).isHidden());
        assertEquals("Box 1: 9 · Box 2: 0 · Box 3: 0 · Box 4: 0 · Box 5: 0", text(page, ".flashcards-boxes"));
        shoot(page, "flashcards-front-" + WIDE);

        page.locator(sel(".flashcards-flip")).click();
        assertTrue(page.locator(sel(".flashcards-back-side")).isVisible());
        assertEquals(cards.get(0).back(), text(page, ".flashcards-back p:not(.flashcards-term-link)"));
        assertEquals("More about this term", text(page, ".flashcards-back .flashcards-term-link a"));
        assertTrue(page.locator(sel(".flashcards-flip")).isHidden());
        assertTrue(focused(page, ".flashcards-knew"), "focus moves to Knew it once the card is turned");
        assertEquals("Answer: " + cards.get(0).back(), text(page, ".flashcards-status"), "the answer is read out, without the link");
        shoot(page, "flashcards-turned-" + WIDE);

        page.locator(sel(".flashcards-knew")).click();
        assertEquals("Knew it: the card moves to box 2, due again in session 3. Next card: " + front(1), text(page, ".flashcards-status"));
        assertEquals("Session 1 · card 2 of 9 · box 1", text(page, ".flashcards-progress"));
        assertTrue(focused(page, ".flashcards-flip"), "focus back on Show answer for the next card");

        page.locator(sel(".flashcards-card")).click(); // the card itself turns too
        assertTrue(page.locator(sel(".flashcards-back-side")).isVisible());
        page.locator(sel(".flashcards-again")).click();
        assertEquals("Again: the card goes back to box 1, due again in session 2. Next card: " + front(2), text(page, ".flashcards-status"));
        assertEquals("Box 1: 8 · Box 2: 1 · Box 3: 0 · Box 4: 0 · Box 5: 0", text(page, ".flashcards-boxes"));

        JsonNode state = stored(page);
        assertEquals(1, state.get("session").intValue());
        assertEquals(1, state.get("knew").intValue());
        assertEquals(1, state.get("again").intValue());
        assertEquals(JSON.valueToTree(Map.of("box", 2, "due", 3)), state.get("cards").get(cards.get(0).key()));
        assertEquals(JSON.valueToTree(Map.of("box", 1, "due", 2)), state.get("cards").get(cards.get(1).key()));
        assertEquals(JSON.valueToTree(Map.of("box", 1, "due", 1)), state.get("cards").get(cards.get(2).key()), "unanswered cards are new");
        opened.probe().assertClean("turning and answering cards");
    }

    /** Answers a whole session by clicks, knowing card i when {@code knows} says so; returns the Java states. */
    private Map<String, CardState> answerSession(Page page, int session, Map<String, CardState> states, java.util.function.IntPredicate knows) {
        List<String> keys = cards.stream().map(DeckCards.Resolved::key).toList();
        List<String> due = Leitner.due(keys, states, session);
        for (int n = 0; n < due.size(); n++) {
            int i = keys.indexOf(due.get(n));
            assertEquals("Session " + session + " · card " + (n + 1) + " of " + due.size() + " · box " + states.getOrDefault(due.get(n), Leitner.NEW).box(),
                    text(page, ".flashcards-progress"));
            assertEquals(front(i), text(page, ".flashcards-front"));
            page.locator(sel(".flashcards-flip")).click();
            boolean knew = knows.test(i);
            page.locator(sel(knew ? ".flashcards-knew" : ".flashcards-again")).click();
            states.put(due.get(n), Leitner.answer(states.getOrDefault(due.get(n), Leitner.NEW), knew, session));
        }
        return states;
    }

    @Test
    void stateSurvivesAReloadAndSessionsFollowTheSchedule() {
        ProbedPage opened = openDeck(NARROW);
        Page page = opened.page();
        page.locator(sel(".flashcards-flip")).click();
        page.locator(sel(".flashcards-knew")).click();
        page.reload();
        assertEquals("Session 1 · card 2 of 9 · box 1", text(page, ".flashcards-progress"), "after a reload, where the learner was");
        assertEquals(front(1), text(page, ".flashcards-front"));
        assertEquals("Box 1: 8 · Box 2: 1 · Box 3: 0 · Box 4: 0 · Box 5: 0", text(page, ".flashcards-boxes"));

        Map<String, CardState> states = new LinkedHashMap<>();
        states.put(cards.get(0).key(), new CardState(2, 3));
        // The rest of session 1: knows the even cards.
        List<String> keys = cards.stream().map(DeckCards.Resolved::key).toList();
        List<String> due = Leitner.due(keys, states, 1);
        for (String k : due) {
            int i = keys.indexOf(k);
            page.locator(sel(".flashcards-flip")).click();
            page.locator(sel(i % 2 == 0 ? ".flashcards-knew" : ".flashcards-again")).click();
            states.put(k, Leitner.answer(Leitner.NEW, i % 2 == 0, 1));
        }
        assertTrue(page.locator(sel(".flashcards-done")).isVisible());
        assertTrue(focused(page, ".flashcards-done"), "focus on the summary after the last card");
        assertTrue(page.locator(sel(".flashcards-card")).isHidden());
        int next = Leitner.nextSession(states.values(), 1);
        assertEquals(2, next);
        assertEquals("You knew 5 of 9 cards this session.", text(page, ".flashcards-done-title"));
        assertEquals("Session 2 shows " + Leitner.due(keys, states, 2).size() + " cards.", text(page, ".flashcards-done-next"));
        assertEquals("Start session 2", text(page, ".flashcards-next"));
        shoot(page, "flashcards-done-" + NARROW);
        page.reload();
        assertTrue(page.locator(sel(".flashcards-done")).isVisible(), "a finished session stays finished");

        page.locator(sel(".flashcards-next")).click();
        assertTrue(focused(page, ".flashcards-flip"));
        states = answerSession(page, 2, states, i -> true);
        // Session 3: the cards known in session 1 (box 2, due 3) and none of the others (box 2, due 4).
        page.locator(sel(".flashcards-next")).click();
        assertEquals("Session 3 · card 1 of " + Leitner.due(keys, states, 3).size() + " · box 2", text(page, ".flashcards-progress"));
        page.reload();
        answerSession(page, 3, states, i -> false);
        int[] counts = Leitner.counts(states.values());
        assertEquals("Box 1: " + counts[0] + " · Box 2: " + counts[1] + " · Box 3: " + counts[2] + " · Box 4: " + counts[3] + " · Box 5: " + counts[4],
                text(page, ".flashcards-boxes"));
        JsonNode stored = stored(page);
        for (DeckCards.Resolved c : cards) {
            CardState s = states.get(c.key());
            assertEquals(JSON.valueToTree(Map.of("box", s.box(), "due", s.due())), stored.get("cards").get(c.key()), c.key());
        }
        opened.probe().assertClean("three sessions and reloads");
    }

    @Test
    void keyboardOnly() {
        ProbedPage opened = openDeck(NARROW);
        Page page = opened.page();
        page.locator(sel(".flashcards-flip")).focus(); // as after tabbing to the deck; keys only from here
        page.keyboard().press("Enter");
        assertTrue(page.locator(sel(".flashcards-back-side")).isVisible(), "Enter on Show answer turns the card");
        assertTrue(focused(page, ".flashcards-knew"));
        page.keyboard().press("k");
        assertEquals("Session 1 · card 2 of 9 · box 1", text(page, ".flashcards-progress"));
        assertTrue(text(page, ".flashcards-status").startsWith("Knew it: the card moves to box 2"), text(page, ".flashcards-status"));
        assertTrue(focused(page, ".flashcards-flip"));
        page.keyboard().press("a");
        assertEquals("Session 1 · card 2 of 9 · box 1", text(page, ".flashcards-progress"), "A does nothing before the card is turned");
        page.keyboard().press("Space");
        assertTrue(page.locator(sel(".flashcards-back-side")).isVisible(), "Space turns the card");
        page.keyboard().press("Shift+A");
        assertTrue(text(page, ".flashcards-status").startsWith("Again: the card goes back to box 1"), text(page, ".flashcards-status"));
        assertEquals("Session 1 · card 3 of 9 · box 1", text(page, ".flashcards-progress"));
        page.keyboard().press("Control+k");
        assertEquals("Session 1 · card 3 of 9 · box 1", text(page, ".flashcards-progress"), "never with a modifier");

        // Space and Enter also turn the card while focus is on the card itself (after a click into it).
        page.locator(sel(".flashcards-card")).focus();
        page.keyboard().press("Space");
        assertTrue(page.locator(sel(".flashcards-back-side")).isVisible());
        assertTrue(focused(page, ".flashcards-knew"));
        page.keyboard().press("Tab");
        assertTrue(focused(page, ".flashcards-again"), "Tab from Knew it reaches Again");
        page.keyboard().press("Enter");
        assertEquals("Session 1 · card 4 of 9 · box 1", text(page, ".flashcards-progress"));
        shoot(page, "flashcards-keyboard-" + NARROW);
        opened.probe().assertClean("keyboard only");
    }

    @Test
    void startOverPutsEveryCardBackInBoxOne() {
        ProbedPage opened = openDeck(WIDE);
        Page page = opened.page();
        for (int i = 0; i < 3; i++) {
            page.locator(sel(".flashcards-flip")).click();
            page.locator(sel(".flashcards-knew")).click();
        }
        assertEquals("Box 1: 6 · Box 2: 3 · Box 3: 0 · Box 4: 0 · Box 5: 0", text(page, ".flashcards-boxes"));
        page.locator(sel(".flashcards-restart")).click();
        assertEquals("Started over: every card is back in box 1.", text(page, ".flashcards-status"));
        assertEquals("Session 1 · card 1 of 9 · box 1", text(page, ".flashcards-progress"));
        assertEquals("Box 1: 9 · Box 2: 0 · Box 3: 0 · Box 4: 0 · Box 5: 0", text(page, ".flashcards-boxes"));
        assertTrue(focused(page, ".flashcards-flip"));
        assertEquals(null, stored(page), "the deck's state is gone from the progress");
        page.reload();
        assertEquals("Session 1 · card 1 of 9 · box 1", text(page, ".flashcards-progress"));
        opened.probe().assertClean("start over");
    }

    @Test
    void theStateIsPartOfTheProgressExportAndImport() {
        ProbedPage opened = openDeck(WIDE);
        Page page = opened.page();
        page.locator(sel(".flashcards-flip")).click();
        page.locator(sel(".flashcards-knew")).click();
        assertEquals(2, ((Number) page.evaluate("() => CoursegenProgress.snapshot().widgets['flashcards/" + DECK + "'].cards['"
                + cards.get(0).key() + "'].box")).intValue(), "the export holds the deck");
        // An import (or a reset on the progress page) replaces the store; the deck shows the new state at once.
        page.evaluate("() => { const s = CoursegenProgress.snapshot(); s.widgets['flashcards/" + DECK + "'] = {session: 4, knew: 0, again: 0,"
                + " cards: {'" + cards.get(0).key() + "': {box: 5, due: 40}}}; return CoursegenProgress.replace(s); }");
        assertEquals("Session 4 · card 1 of 8 · box 1", text(page, ".flashcards-progress"));
        assertEquals("Box 1: 8 · Box 2: 0 · Box 3: 0 · Box 4: 0 · Box 5: 1", text(page, ".flashcards-boxes"));
        // Damaged values are checked before use: the card starts again, nothing throws.
        page.evaluate("() => { const s = CoursegenProgress.snapshot(); s.widgets['flashcards/" + DECK + "'] = {session: 'x', cards: {'"
                + cards.get(0).key() + "': {box: 9, due: -1}, '__proto__': {box: 2, due: 2}}}; return CoursegenProgress.replace(s); }");
        assertEquals("Session 1 · card 1 of 9 · box 1", text(page, ".flashcards-progress"));
        opened.probe().assertClean("export and import");
    }

    @Test
    void withoutJavaScriptTheDeckIsAList() {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setViewportSize(NARROW, Chromium.VIEWPORT_HEIGHT));
        try {
            Page page = context.newPage();
            page.navigate(server.url(LESSON));
            assertTrue(page.locator(sel(".flashcards-widget")).isHidden());
            assertTrue(page.locator(sel(".flashcards-list")).isVisible());
            List<String> fronts = new ArrayList<>();
            for (int i = 0; i < cards.size(); i++) fronts.add(front(i));
            assertEquals(fronts, page.locator(sel(".flashcards-item-front")).allTextContents().stream().map(String::strip).toList());
            assertEquals(6, page.locator(sel(".flashcards-term-link a")).count(), "glossary cards link to their terms");
            shoot(page, "flashcards-nojs-" + NARROW);
        } finally {
            context.close();
        }
    }

    @Test
    void accessibleAtBothWidthsInBothThemesAndValid() {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            ProbedPage opened = openDeck(width);
            Page page = opened.page();
            for (int t = 0; t < 2; t++) {
                waitForAnimations(page);
                String name = "flashcards-" + width + "-" + theme(page);
                shoot(page, name + "-front");
                Axe.violations(page).forEach(v -> problems.add(name + " front:\n" + v));
                page.locator(sel(".flashcards-flip")).click();
                waitForAnimations(page);
                shoot(page, name + "-turned");
                Axe.violations(page).forEach(v -> problems.add(name + " turned:\n" + v));
                page.locator(sel(".flashcards-knew")).click();
                String before = theme(page);
                page.locator("#theme-toggle").click();
                assertNotEquals(before, theme(page));
            }
            screenshot(page, "flashcards-lesson-" + width);
            problems.addAll(opened.probe().problems());
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s)\n" + String.join("\n", problems));
        assertEquals(List.of(), new NuHtml().check(site.file(LESSON)), "Nu Html Checker on the lesson with the deck");
    }
}
