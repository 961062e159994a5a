package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A learner who uses only the keyboard (Tab, Space, the arrow keys, Enter, and typing into text
 * fields) answers and checks a scenario, a multiple-select, an ordering, a short-answer and a
 * numeric question. Nothing is clicked; the page is only read. Focus starts nowhere in particular,
 * is visibly marked wherever it lands, moves only when the learner acts, and reordering is
 * announced in a live region.
 */
class Quiz_KeyboardTest extends BrowserTestSupport {

    private static final List<String> TYPES = List.of("scenario", "multiple", "ordering", "short", "numeric");

    @Test
    void everyKindOfQuestionCanBeAnsweredWithTheKeyboardAlone() {
        Set<String> done = new LinkedHashSet<>();
        for (String path : site.quizPages()) {
            ProbedPage opened = open(path, WIDE);
            Page page = opened.page();
            assertEquals(true, page.evaluate("() => document.activeElement === document.body"),
                    path + ": the quiz must not take focus on load");
            QuizDriver quiz = QuizDriver.first(page);
            for (JsonNode q : quiz.questions()) {
                String type = q.get("type").textValue();
                if (!TYPES.contains(type) || done.contains(type)) {
                    continue;
                }
                switch (type) {
                    case "scenario" -> chooseWithArrows(quiz, q);
                    case "multiple" -> tickWithSpace(quiz, q);
                    case "ordering" -> reorderWithButtons(quiz, q);
                    case "short" -> typeAnswer(quiz, q, "  LoRA ", "Correct.");
                    default -> typeNumber(quiz, q);
                }
                done.add(type);
            }
            opened.probe().assertClean("keyboard use of " + path);
        }
        assertEquals(new TreeSet<>(TYPES), new TreeSet<>(done), "the course's quizzes should have a question of each kind");
    }

    /** Tab into the radio group, Space picks the first, arrow keys move to the right option; Enter on Check. */
    private static void chooseWithArrows(QuizDriver quiz, JsonNode q) {
        Page page = quiz.page();
        String id = q.get("id").textValue();
        String domId = "q-" + id;
        tabUntil(page, "document.activeElement.matches('#" + domId + " input[type=radio]')", id + " first radio");
        page.keyboard().press("Space");
        List<String> shown = quiz.shownOptions(q);
        String right = QuizDriver.firstOption(q, true);
        for (int i = 0; i < shown.indexOf(right); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertEquals(right, page.evaluate("() => document.activeElement.value"), id + ": arrow keys reach the right option");
        assertEquals(List.of(right), checkedOptions(quiz, q), id + ": the focused radio is the chosen one");
        assertFocusVisible(page, id + " radio");
        pressCheck(quiz, q, "Enter");
        assertTrue(quiz.feedbackText(q).startsWith("✓ Correct."), id + ": " + quiz.feedbackText(q));
    }

    /** Tab from checkbox to checkbox, Space on the ones to tick (all right ones and one wrong). */
    private static void tickWithSpace(QuizDriver quiz, JsonNode q) {
        Page page = quiz.page();
        String id = q.get("id").textValue();
        JsonNode planned = QuizDriver.plannedResponse(q, false);
        List<String> wanted = new ArrayList<>();
        planned.get("choices").forEach(c -> wanted.add(c.textValue()));
        tabUntil(page, "document.activeElement.matches('#q-" + id + " input[type=checkbox]')", id + " first checkbox");
        while (Boolean.TRUE.equals(page.evaluate("() => document.activeElement.matches('#q-" + id + " input[type=checkbox]')"))) {
            if (wanted.contains((String) page.evaluate("() => document.activeElement.value"))) {
                page.keyboard().press("Space");
            }
            page.keyboard().press("Tab");
        }
        assertEquals(wanted.stream().sorted().toList(), checkedOptions(quiz, q).stream().sorted().toList(), id + ": ticked");
        assertEquals(true, page.evaluate("() => document.activeElement.matches('#q-" + id + " .check-button')"),
                id + ": Tab after the last checkbox reaches Check answer");
        pressCheck(quiz, q, "Enter");
        double score = quiz.javaGrade(q, planned);
        assertTrue(quiz.feedbackText(q).contains(QuizDriver.verdict(score)), id + ": " + quiz.feedbackText(q));
    }

    /**
     * Selection sort with the Move up buttons: Tab to the item that belongs next, Enter until it is
     * in place. Focus stays on the moved item's buttons, and each move is announced.
     */
    private static void reorderWithButtons(QuizDriver quiz, JsonNode q) {
        Page page = quiz.page();
        String id = q.get("id").textValue();
        List<String> target = new ArrayList<>();
        q.get("items").forEach(i -> target.add(i.textValue()));
        assertFalse(target.equals(quiz.shownOrder(q)), id + ": items must not start in the right order");
        int n = target.size();
        for (int position = 0; position < n; position++) {
            String item = target.get(position);
            int at = quiz.shownOrder(q).indexOf(item);
            if (at == position) {
                continue;
            }
            String button = "#q-" + id + " .ordering-item[data-item=\"" + item + "\"] button[data-move=\"-1\"]";
            tabUntil(page, "document.activeElement.matches('" + button.replace("'", "\\'") + "')", id + " Move up of " + item);
            String name = (String) page.evaluate("() => document.activeElement.textContent");
            String text = QuizDriver.squash(quiz.orderingItem(q, item).locator(".ordering-text").textContent());
            assertEquals("↑Move up: " + text, name, id + ": the button's name includes the item text");
            assertFocusVisible(page, id + " Move up");
            for (; at > position; at--) {
                page.keyboard().press("Enter");
                assertEquals("Moved “" + text + "” to position " + at + " of " + n + ".",
                        QuizDriver.squash(quiz.question(q).locator(".ordering-status").textContent()), id + ": move announced");
                assertEquals(true, page.evaluate("item => document.activeElement.closest('.ordering-item')?.dataset.item === item", item),
                        id + ": focus stays with the moved item");
            }
        }
        assertEquals(target, quiz.shownOrder(q), id + ": sorted by keyboard");
        tabUntil(page, "document.activeElement.matches('#q-" + id + " .check-button')", id + " Check answer");
        pressCheck(quiz, q, "Space");
        assertTrue(quiz.feedbackText(q).startsWith("✓ Correct."), id + ": " + quiz.feedbackText(q));
    }

    /** Type into the field and press Enter: checks without any button. */
    private static void typeAnswer(QuizDriver quiz, JsonNode q, String typed, String verdict) {
        Page page = quiz.page();
        String id = q.get("id").textValue();
        tabUntil(page, "document.activeElement.matches('#q-" + id + " .answer-field input')", id + " field");
        assertFocusVisible(page, id + " field");
        page.keyboard().type(typed);
        page.keyboard().press("Enter");
        assertTrue(quiz.feedbackText(q).contains(verdict), id + ": " + quiz.feedbackText(q));
        assertEquals(true, quiz.feedback(q).evaluate("e => e === document.activeElement"), id + ": focus moves to the feedback");
    }

    /** Something that is not a number is refused with a hint; then a wrong number shows the answer. */
    private static void typeNumber(QuizDriver quiz, JsonNode q) {
        Page page = quiz.page();
        String id = q.get("id").textValue();
        tabUntil(page, "document.activeElement.matches('#q-" + id + " .answer-field input')", id + " field");
        page.keyboard().type("lots");
        page.keyboard().press("Enter");
        assertEquals("“lots” is not a number this quiz can read. Type digits only, for example 1500.", quiz.feedbackText(q));
        assertEquals(true, page.evaluate("() => document.activeElement.matches('#q-" + id + " .answer-field input')"),
                id + ": focus stays in the field when the answer cannot be read");
        for (int i = 0; i < "lots".length(); i++) {
            page.keyboard().press("Backspace");
        }
        double wrong = q.get("answer").doubleValue() * 2 + 1;
        typeAnswer(quiz, q, Long.toString((long) wrong), "✗ Not correct.");
        String answer = QuizDriver.squash(quiz.question(q).locator(".answer-key .answer-label strong").textContent());
        assertTrue(quiz.feedbackText(q).contains("The answer: " + answer), id + ": " + quiz.feedbackText(q));
    }

    private static void pressCheck(QuizDriver quiz, JsonNode q, String key) {
        Page page = quiz.page();
        String id = q.get("id").textValue();
        if (!Boolean.TRUE.equals(page.evaluate("() => document.activeElement.matches('#q-" + id + " .check-button')"))) {
            page.keyboard().press("Tab");
        }
        assertEquals(true, page.evaluate("() => document.activeElement.matches('#q-" + id + " .check-button')"), id + ": Tab reaches Check answer");
        assertFocusVisible(page, id + " Check answer");
        page.keyboard().press(key);
        assertEquals(true, quiz.feedback(q).evaluate("e => e === document.activeElement"), id + ": focus moves to the feedback");
    }

    private static List<String> checkedOptions(QuizDriver quiz, JsonNode q) {
        List<String> out = new ArrayList<>();
        quiz.snapshot(q).get("options").forEach(o -> {
            if (o.get("checked").booleanValue()) {
                out.add(o.get("id").textValue());
            }
        });
        return out;
    }

    /** Presses Tab until the condition (a JavaScript expression) holds; fails after 200 presses. */
    private static void tabUntil(Page page, String condition, String what) {
        for (int i = 0; i < 200; i++) {
            if (Boolean.TRUE.equals(page.evaluate("() => !!(" + condition + ")"))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("Tab never reached " + what);
    }

    /** The focused element shows a focus outline (its own, or its option row's). */
    private static void assertFocusVisible(Page page, String what) {
        Object style = page.evaluate("() => { const e = document.activeElement; const row = e.closest('.option');"
                + " const s = getComputedStyle(e); const r = row ? getComputedStyle(row) : null;"
                + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2"
                + "   || (r && r.outlineStyle !== 'none' && parseFloat(r.outlineWidth) >= 2); }");
        assertEquals(true, style, what + ": focus must be visible");
    }
}
