package io.coursegen.widget.flashcards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The Leitner schedule of flashcard decks, the rules {@code leitner.js} follows in the browser (the
 * shared vectors {@code leitner.json} under {@code src/test/resources/io/coursegen/widget/flashcards/} hold the two to the same answers). Pure: no I/O, no clock.
 *
 * <p>A deck is practised in numbered sessions, 1, 2, 3, ...; a session shows the cards due in it, and
 * the learner starts the next one when it is done. Each card sits in one of {@value #BOXES} boxes and
 * carries the session it is next due in. A card never seen is in box 1, due in session 1. Answering
 * "Knew it" in session {@code s} moves a card up one box (box 5 stays box 5) and makes it due in
 * {@code s + interval(box)}; "Again" puts it back in box 1, due in the next session. A box's interval is
 * {@code 2^(box - 1)} sessions: 1, 2, 4, 8, 16, so a known card comes back ever more rarely and a
 * forgotten one at once. The session after {@code s} is the first in which a card is due, so no session
 * is empty. Sessions count practice rounds, not days: a learner's pace sets the clock.
 */
public final class Leitner {
    /** How many boxes there are. */
    public static final int BOXES = 5;
    /** Highest session number a stored state may hold; past it the state is taken as damaged. */
    public static final int MAX_SESSION = 1_000_000;

    /** A card never answered: box 1, due in the first session. */
    public static final CardState NEW = new CardState(1, 1);

    private Leitner() {}

    /**
     * Where one card stands.
     *
     * @param box 1 to {@link #BOXES}
     * @param due the session the card is next shown in, 1 or more
     */
    public record CardState(int box, int due) {
        public CardState {
            if (box < 1 || box > BOXES) throw new IllegalArgumentException("box " + box + " is not 1 to " + BOXES);
            if (due < 1) throw new IllegalArgumentException("due session " + due + " is not 1 or more");
        }
    }

    /** How many sessions a card of {@code box} waits: {@code 2^(box - 1)}. */
    public static int interval(int box) {
        if (box < 1 || box > BOXES) throw new IllegalArgumentException("box " + box + " is not 1 to " + BOXES);
        return 1 << (box - 1);
    }

    /** The card after the learner answered it in {@code session}: up one box if they knew it, else back to box 1. */
    public static CardState answer(CardState card, boolean knew, int session) {
        if (session < 1) throw new IllegalArgumentException("session " + session + " is not 1 or more");
        int box = knew ? Math.min(card.box() + 1, BOXES) : 1;
        return new CardState(box, session + interval(box));
    }

    /** Whether {@code card} is shown in {@code session}: it is due then or earlier. */
    public static boolean isDue(CardState card, int session) {
        return card.due() <= session;
    }

    /**
     * The cards due in {@code session}, in deck order: {@code keys} is the deck's cards in order, and a
     * key missing from {@code states} is a card never answered ({@link #NEW}).
     */
    public static List<String> due(List<String> keys, Map<String, CardState> states, int session) {
        List<String> out = new ArrayList<>();
        for (String k : keys) if (isDue(states.getOrDefault(k, NEW), session)) out.add(k);
        return out;
    }

    /** The session after {@code session}: the first later one in which any of {@code cards} is due ({@code session + 1} if none). */
    public static int nextSession(Collection<CardState> cards, int session) {
        int next = Integer.MAX_VALUE;
        for (CardState c : cards) next = Math.min(next, Math.max(c.due(), session + 1));
        return next == Integer.MAX_VALUE ? session + 1 : next;
    }

    /** How many of {@code cards} are in each box: element 0 is box 1. */
    public static int[] counts(Collection<CardState> cards) {
        int[] out = new int[BOXES];
        for (CardState c : cards) out[c.box() - 1]++;
        return out;
    }

    /**
     * A card's state as read back from storage, where anything may have been written: {@code box} and
     * {@code due} must be whole numbers, box 1 to {@link #BOXES} and due 1 to {@link #MAX_SESSION};
     * otherwise the card starts again as {@link #NEW}. Values are what a JSON reader gives (numbers,
     * text, booleans, null).
     */
    public static CardState restore(Object box, Object due) {
        Integer b = whole(box, 1, BOXES);
        Integer d = whole(due, 1, MAX_SESSION);
        return b == null || d == null ? NEW : new CardState(b, d);
    }

    /** A deck's session number as read back from storage: a whole number 1 to {@link #MAX_SESSION}, else 1. */
    public static int restoreSession(Object session) {
        Integer s = whole(session, 1, MAX_SESSION);
        return s == null ? 1 : s;
    }

    private static Integer whole(Object value, int min, int max) {
        if (!(value instanceof Number n)) return null;
        double v = n.doubleValue();
        if (Double.isNaN(v) || v != Math.floor(v) || v < min || v > max) return null;
        return (int) v;
    }
}
