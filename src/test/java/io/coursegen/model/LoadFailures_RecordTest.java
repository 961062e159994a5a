package io.coursegen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.LoadFailures.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the loader records as written but not loaded, and how serve's single-file re-reads update it. */
class LoadFailures_RecordTest {
    @Test
    void whatWasWrittenButDidNotLoadFailsPerKind() {
        LoadFailures f = new LoadFailures.Builder()
                .missing(Kind.QUIZ, List.of("a", "b", "c"), List.of("b"))
                .add(Kind.LESSON, "content/01-x/01-y.md")
                .build();
        assertEquals(List.of("a", "c"), List.copyOf(f.of(Kind.QUIZ)));
        assertTrue(f.failed(Kind.QUIZ, "a"));
        assertFalse(f.failed(Kind.QUIZ, "b"), "loaded");
        assertFalse(f.failed(Kind.QUIZ, "d"), "never written");
        assertFalse(f.failed(Kind.EXERCISE_SET, "a"), "another kind");
        assertTrue(f.failed(Kind.LESSON, "content/01-x/01-y.md"));
        assertFalse(f.isEmpty());
        assertTrue(LoadFailures.none().isEmpty());
    }

    @Test
    void aFileListingEveryItemOfAKindExcusesThemAll() {
        LoadFailures f = new LoadFailures.Builder().whole(Kind.COST_PRESET).build();
        assertTrue(f.failed(Kind.COST_PRESET, "anything"));
        assertFalse(f.failed(Kind.QUIZ, "anything"));
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
