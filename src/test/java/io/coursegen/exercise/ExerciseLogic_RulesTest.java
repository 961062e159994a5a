package io.coursegen.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The answer rules, exhaustively over small worlds: every pick among every choice set with every
 * accepted subset, every tick subset of every rubric, and the blank/length rules at their edges.
 */
class ExerciseLogic_RulesTest {
    private static final List<String> IDS = List.of("prompting", "rag", "fine-tuning", "hybrid");

    @Test
    void everyPickAgainstEveryAcceptedSubset() {
        int cases = 0;
        for (int n = 0; n <= IDS.size(); n++) {
            List<String> choices = IDS.subList(0, n);
            for (List<String> accepted : subsets(choices)) {
                List<String> picks = new ArrayList<>(choices);
                picks.add("unknown");
                picks.add("");
                picks.add(null);
                for (String pick : picks) {
                    ChoiceMatch m = ChoiceMatch.of(choices, accepted, pick);
                    String expected = pick == null || pick.isEmpty() ? "none"
                            : !choices.contains(pick) ? "unknown"
                            : accepted.isEmpty() ? "ungraded"
                            : accepted.contains(pick) ? "accepted" : "not-accepted";
                    assertEquals(expected, m.status(), choices + " " + accepted + " " + pick);
                    assertEquals(accepted, m.accepted());
                    cases++;
                }
            }
        }
        assertEquals(1 * 3 + 2 * 4 + 4 * 5 + 8 * 6 + 16 * 7, cases, "every combination was tried");
    }

    @Test
    void everyTickSubsetOfEveryRubric() {
        for (int n = 0; n <= 4; n++) {
            List<String> rubric = IDS.subList(0, n);
            for (List<String> ticked : subsets(rubric)) {
                List<String> withStray = new ArrayList<>(ticked);
                withStray.add("stray");
                RubricCoverage c = RubricCoverage.of(rubric, withStray);
                assertEquals(ticked, c.covered(), "covered keeps rubric order");
                assertEquals(rubric.stream().filter(p -> !ticked.contains(p)).toList(), c.missing());
                assertEquals(n, c.total());
                assertEquals(n == 0 ? 0.0 : (double) ticked.size() / n, c.fraction(), 1e-12);
            }
        }
    }

    @Test
    void blankIsOnlyTheListedSpaces() {
        for (char c : " \t\n\r\f\u000B\u00A0\u2000\u2005\u200A\u2028\u2029\u3000\uFEFF".toCharArray()) {
            assertTrue(Submission.isBlank("x".replace("x", String.valueOf(c)).repeat(3)), "U+" + Integer.toHexString(c));
        }
        for (String s : List.of("\u200B", "\u0085", "_", ".", "\u180E")) {
            assertFalse(Submission.isBlank(s), "not blank: U+" + Integer.toHexString(s.charAt(0)));
        }
        assertTrue(Submission.isBlank(""));
        assertTrue(Submission.isBlank(null));
    }

    @Test
    void lengthLimitAtItsEdges() {
        List<String> rag = List.of("rag");
        assertEquals(List.of(), Submission.problems(rag, "rag", "a".repeat(Submission.MAX_CHARACTERS)));
        assertEquals(List.of(Submission.TOO_LONG), Submission.problems(rag, "rag", "a".repeat(Submission.MAX_CHARACTERS + 1)));
        assertEquals(List.of(), Submission.problems(rag, "rag", "\uD83D\uDE00".repeat(Submission.MAX_CHARACTERS)), "emoji count once");
        assertEquals(Set.of(), Set.copyOf(Submission.problems(rag, "rag", "x")));
    }

    private static List<List<String>> subsets(List<String> items) {
        List<List<String>> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << items.size(); mask++) {
            List<String> s = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) if ((mask & 1 << i) != 0) s.add(items.get(i));
            out.add(s);
        }
        return out;
    }
}
