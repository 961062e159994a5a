package io.coursegen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.LoadFailures.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the loader records as written but not loaded, and how serve's single-file re-reads update it. */
class LoadFailures_RecordTest {
    // Widgets' kinds, as their ItemKinds name them.
    private static final Kind QUIZ = new Kind("quiz");
    private static final Kind EXERCISE_SET = new Kind("exercise");
    private static final Kind COST_PRESET = new Kind("calculator");
    private static final Kind DECISION_TREE = new Kind("tree");

    @Test
    void whatWasWrittenButDidNotLoadFailsPerKind() {
        LoadFailures f = new LoadFailures.Builder()
                .missing(QUIZ, List.of("a", "b", "c"), List.of("b"))
                .add(Kind.LESSON, "content/01-x/01-y.md")
                .build();
        assertEquals(List.of("a", "c"), List.copyOf(f.of(QUIZ)));
        assertTrue(f.failed(QUIZ, "a"));
        assertFalse(f.failed(QUIZ, "b"), "loaded");
        assertFalse(f.failed(QUIZ, "d"), "never written");
        assertFalse(f.failed(EXERCISE_SET, "a"), "another kind");
        assertTrue(f.failed(Kind.LESSON, "content/01-x/01-y.md"));
        assertFalse(f.isEmpty());
        assertTrue(LoadFailures.none().isEmpty());
    }

    @Test
    void aFileListingEveryItemOfAKindExcusesThemAll() {
        LoadFailures f = new LoadFailures.Builder().whole(COST_PRESET).build();
        assertTrue(f.failed(COST_PRESET, "anything"));
        assertFalse(f.failed(QUIZ, "anything"));
    }

    @Test
    void aReReadFileIsMarkedFailedOrFixed() {
        LoadFailures broken = LoadFailures.none().with(Kind.LESSON, "content/01-x/01-y.md", true);
        assertTrue(broken.failed(Kind.LESSON, "content/01-x/01-y.md"));
        LoadFailures fixed = broken.with(Kind.LESSON, "content/01-x/01-y.md", false);
        assertFalse(fixed.failed(Kind.LESSON, "content/01-x/01-y.md"));
        assertTrue(fixed.isEmpty());
    }
}
