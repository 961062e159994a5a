package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** "(known: ...)" lists stay one readable line: a few names as given, or the five nearest and a count. */
class Suggest_KnownListTest {
    @Test
    void upToFiveNamesAreListedInTheGivenOrder() {
        assertEquals("", Suggest.known("x", List.of()));
        assertEquals(" (known: readiness)", Suggest.known("x", List.of("readiness")));
        assertEquals(" (known: e, d, c, b, a)", Suggest.known("x", List.of("e", "d", "c", "b", "a")));
    }

    @Test
    void moreThanFiveShowTheFiveNearestThenHowManyMore() {
        List<String> lessons = IntStream.rangeClosed(1, 40).mapToObj(i -> String.format("content/%02d-m/01-lesson.md", i)).toList();
        assertEquals(" (known: content/12-m/01-lesson.md, content/02-m/01-lesson.md, content/10-m/01-lesson.md,"
                        + " content/11-m/01-lesson.md, content/13-m/01-lesson.md and 35 more)",
                Suggest.known("content/12-m/01-lessen.md", lessons));
    }

    @Test
    void equallyNearNamesAreTakenAlphabeticallySoTheMessageIsTheSameEveryRun() {
        List<String> shuffled = List.of("golf", "alpha", "echo", "bravo", "delta", "foxtrot", "charlie");
        List<String> sorted = shuffled.stream().sorted().toList();
        assertEquals(Suggest.known("zzzzzzz", sorted), Suggest.known("zzzzzzz", shuffled));
        assertEquals(" (nodes: a1, a2, a3, a4, a5 and 2 more)", Suggest.listed("nodes", "a", List.of("a7", "a6", "a5", "a4", "a3", "a2", "a1")));
    }

    @Test
    void aNameGivenTwiceIsCountedOnce() {
        assertEquals(" (known: a, b)", Suggest.known("x", List.of("a", "b", "a")));
    }
}
