package io.coursegen.widget.flashcards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.widget.flashcards.Leitner.CardState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every rule of the Leitner schedule: intervals, every box transition, what is due, the next session, restoring stored state. */
class Leitner_RulesTest {

    @ParameterizedTest(name = "box {0} waits {1} sessions")
    @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 16"})
    void intervalsDoubleFromBoxToBox(int box, int sessions) {
        assertEquals(sessions, Leitner.interval(box));
    }

    @Test
    void thereAreNoBoxesOutsideOneToFive() {
        for (int box : new int[] {0, -1, 6, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThrows(IllegalArgumentException.class, () -> Leitner.interval(box), "box " + box);
            assertThrows(IllegalArgumentException.class, () -> new CardState(box, 1), "box " + box);
        }
        assertThrows(IllegalArgumentException.class, () -> new CardState(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Leitner.answer(Leitner.NEW, true, 0));
    }

    /** Knew it: up one box, due after the new box's interval; box 5 stays box 5. */
    @ParameterizedTest(name = "knew it in box {0}, session {1}: box {2}, due {3}")
    @CsvSource({
            "1, 1, 2, 3",
            "2, 3, 3, 7",
            "3, 7, 4, 15",
            "4, 15, 5, 31",
            "5, 31, 5, 47",
            "1, 10, 2, 12",
            "5, 1, 5, 17"})
    void knewItMovesUpOneBox(int box, int session, int newBox, int due) {
        assertEquals(new CardState(newBox, due), Leitner.answer(new CardState(box, session), true, session));
    }

    /** Again: back to box 1 from any box, due in the very next session. */
    @ParameterizedTest(name = "again in box {0}, session {1}: box 1, due {2}")
    @CsvSource({"1, 1, 2", "2, 3, 4", "3, 7, 8", "4, 15, 16", "5, 31, 32"})
    void againSendsTheCardToBoxOne(int box, int session, int due) {
        assertEquals(new CardState(1, due), Leitner.answer(new CardState(box, session), false, session));
    }

    @Test
    void aCardAnsweredLateIsScheduledFromTheSessionItWasAnsweredIn() {
        // Due in session 3, answered in session 9 (the learner skipped ahead): the interval counts from 9.
        assertEquals(new CardState(3, 13), Leitner.answer(new CardState(2, 3), true, 9));
        assertEquals(new CardState(1, 10), Leitner.answer(new CardState(4, 3), false, 9));
    }

    @Test
    void aNewCardIsInBoxOneAndDueInTheFirstSession() {
        assertEquals(new CardState(1, 1), Leitner.NEW);
        assertTrue(Leitner.isDue(Leitner.NEW, 1));
    }

    @Test
    void aCardIsDueInItsSessionAndEveryLaterOneUntilAnswered() {
        CardState c = new CardState(3, 5);
        assertFalse(Leitner.isDue(c, 4));
        assertTrue(Leitner.isDue(c, 5));
        assertTrue(Leitner.isDue(c, 6));
    }

    @Test
    void dueCardsComeInDeckOrderAndUnknownKeysAreNew() {
        Map<String, CardState> states = new LinkedHashMap<>();
        states.put("c", new CardState(2, 3));
        states.put("a", new CardState(1, 2));
        states.put("stale", new CardState(1, 1)); // a card no longer in the deck is never shown
        List<String> deck = List.of("a", "b", "c", "d");
        assertEquals(List.of("b", "d"), Leitner.due(deck, states, 1));
        assertEquals(List.of("a", "b", "d"), Leitner.due(deck, states, 2));
        assertEquals(List.of("a", "b", "c", "d"), Leitner.due(deck, states, 3));
        assertEquals(List.of(), Leitner.due(List.of(), states, 3));
    }

    @Test
    void theNextSessionIsTheFirstLaterOneWithACardDue() {
        assertEquals(2, Leitner.nextSession(List.of(new CardState(1, 2), new CardState(3, 9)), 1));
        assertEquals(9, Leitner.nextSession(List.of(new CardState(4, 9), new CardState(5, 17)), 1), "sessions with nothing due are skipped");
        assertEquals(5, Leitner.nextSession(List.of(new CardState(1, 2), new CardState(2, 7)), 4),
                "a card still due now is due in the next session too");
        assertEquals(4, Leitner.nextSession(List.of(), 3), "an empty deck just counts on");
    }

    @Test
    void countsTellHowManyCardsSitInEachBox() {
        assertArrayEquals(new int[] {2, 0, 1, 0, 1},
                Leitner.counts(List.of(Leitner.NEW, new CardState(3, 4), new CardState(5, 20), new CardState(1, 2))));
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, Leitner.counts(List.of()));
    }

    @Test
    void restoringKeepsWholeNumbersInRangeAndStartsAnythingElseAgain() {
        assertEquals(new CardState(3, 12), Leitner.restore(3, 12));
        assertEquals(new CardState(5, Leitner.MAX_SESSION), Leitner.restore(5.0, (double) Leitner.MAX_SESSION), "JSON numbers may come as doubles");
        for (Object[] bad : new Object[][] {{0, 3}, {6, 3}, {2.5, 3}, {2, 0}, {2, -4}, {2, 1.5}, {2, Leitner.MAX_SESSION + 1},
                {"2", 3}, {2, "3"}, {null, 3}, {2, null}, {true, 3}, {Double.NaN, 3}, {2, Double.POSITIVE_INFINITY}}) {
            assertEquals(Leitner.NEW, Leitner.restore(bad[0], bad[1]), bad[0] + ", " + bad[1]);
        }
        assertEquals(4, Leitner.restoreSession(4));
        assertEquals(1, Leitner.restoreSession(0));
        assertEquals(1, Leitner.restoreSession(3.5));
        assertEquals(1, Leitner.restoreSession("4"));
        assertEquals(1, Leitner.restoreSession(null));
        assertEquals(Leitner.MAX_SESSION, Leitner.restoreSession(Leitner.MAX_SESSION));
        assertEquals(1, Leitner.restoreSession(Leitner.MAX_SESSION + 1));
    }

    /**
     * A whole practice, session by session, knowing every card each time it comes up: each card climbs
     * one box per showing, and a card in box b is shown again after 2^(b-1) sessions.
     */
    @Test
    void aLearnerWhoAlwaysKnowsSeesCardsEverMoreRarely() {
        Map<String, CardState> states = new LinkedHashMap<>();
        List<String> deck = List.of("x");
        List<Integer> shownIn = new ArrayList<>();
        int session = 1;
        for (int round = 0; round < 7; round++) {
            for (String k : Leitner.due(deck, states, session)) {
                shownIn.add(session);
                states.put(k, Leitner.answer(states.getOrDefault(k, Leitner.NEW), true, session));
            }
            session = Leitner.nextSession(states.values(), session);
        }
        assertEquals(List.of(1, 3, 7, 15, 31, 47, 63), shownIn);
    }

    @Test
    void forgettingOnceStartsTheClimbAgain() {
        CardState c = Leitner.NEW;
        c = Leitner.answer(c, true, 1);  // box 2, due 3
        c = Leitner.answer(c, true, 3);  // box 3, due 7
        c = Leitner.answer(c, false, 7); // box 1, due 8
        assertEquals(new CardState(1, 8), c);
        c = Leitner.answer(c, true, 8);
        assertEquals(new CardState(2, 10), c);
    }
}
