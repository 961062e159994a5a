package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Levenshtein distance and "did you mean" hints within two edits. */
class Suggest_DistanceTest {
    @Test
    void distance() {
        assertEquals(0, Suggest.distance("title", "title"));
        assertEquals(0, Suggest.distance("Title", "tITLE"), "case-insensitive");
        assertEquals(1, Suggest.distance("titl", "title"));
        assertEquals(2, Suggest.distance("titel", "title"), "a swap is two edits");
        assertEquals(3, Suggest.distance("kitten", "sitting"));
        assertEquals(4, Suggest.distance("", "tags"));
        assertEquals(4, Suggest.distance("tags", ""));
        assertEquals(0, Suggest.distance("", ""));
    }

    @Test
    void suggestsTheClosestWithinTwoEdits() {
        List<String> keys = List.of("objectives", "sources", "summary", "tags", "title");
        assertEquals("; did you mean `title`?", Suggest.didYouMean("titel", keys));
        assertEquals("; did you mean `summary`?", Suggest.didYouMean("sumary", keys));
        assertEquals("; did you mean `tags`?", Suggest.didYouMean("tag", keys));
        assertEquals("; did you mean `objectives`?", Suggest.didYouMean("objective", keys));
        assertEquals("", Suggest.didYouMean("author", keys));
        assertEquals("", Suggest.didYouMean("titlexyz", keys), "three edits is too far");
        assertEquals("", Suggest.didYouMean("title", List.of()));
    }

    @Test
    void namesWithNothingInCommonAreNotSuggested() {
        // Every one-letter id is one edit from every other: suggesting `a` for `d` is noise.
        assertEquals("", Suggest.didYouMean("d", List.of("a", "b", "c")));
        assertEquals("", Suggest.didYouMean("xy", List.of("ab", "c")));
        assertEquals("; did you mean `q1`?", Suggest.didYouMean("q", List.of("q1", "x")));
        assertEquals("; did you mean `b`?", Suggest.didYouMean("B", List.of("a", "b")), "case differs only");
    }

    @Test
    void closerBeatsFirst() {
        assertEquals("; did you mean `abcd`?", Suggest.didYouMean("abcd", List.of("abxy", "abcx", "abcd")));
    }

    @Test
    void tiesGoToTheAlphabeticallyFirstWhateverTheOrder() {
        // "cat" is one edit from "bat", "cab" and "car": the answer must not depend on set iteration order.
        List<String> names = List.of("car", "bat", "cab");
        for (List<String> order : List.of(names, List.of("cab", "car", "bat"), List.of("bat", "cab", "car"))) {
            assertEquals("; did you mean `bat`?", Suggest.didYouMean("cat", order), order.toString());
            assertEquals("; did you mean `bat`?", Suggest.didYouMean("cat", new LinkedHashSet<>(order)), order.toString());
        }
        assertEquals("; did you mean `bat`?", Suggest.didYouMean("cat", Set.copyOf(names)));
    }

    @Test
    void pathsAreSuggestedWhole() {
        assertEquals("; did you mean `content/01-a/02-costs.md`?",
                Suggest.didYouMean("content/01-a/02-cost.md", List.of("content/01-a/01-intro.md", "content/01-a/02-costs.md")));
    }
}
