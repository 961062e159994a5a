package io.coursegen.quiz;

import static io.coursegen.quiz.Questions.fixed;
import static io.coursegen.quiz.Questions.right;
import static io.coursegen.quiz.Questions.wrong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.coursegen.model.quiz.Option;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Pins the two published algorithms {@link Shuffle} is built from to their reference values, so the
 * Java and JavaScript ports are checked against a third party and not only against each other.
 */
class Shuffle_AlgorithmTest {

    @Test
    void fnv1aMatchesTheReferenceValues() {
        // From the FNV test suite (32-bit FNV-1a); ASCII strings hash the same over bytes or code units.
        assertEquals(0x811C9DC5, Shuffle.fnv1a(""));
        assertEquals(0xE40C292C, Shuffle.fnv1a("a"));
        assertEquals(0xBF9CF968, Shuffle.fnv1a("foobar"));
    }

    @Test
    void mulberry32MatchesTheReferenceImplementation() {
        // First outputs of the reference JavaScript mulberry32 (bryc/code, PRNGs.md), times 2^32.
        assertEquals(List.of(1144304738L, 1416247L, 958946056L), firstThree(0));
        assertEquals(List.of(2693262067L, 11749833L, 2265367787L), firstThree(1));
        assertEquals(List.of(2625274932L, 2119670693L, 3324411561L), firstThree(0x811C9DC5));
    }

    @Test
    void fixedOptionsKeepTheirIndexAndTheRestArePermuted() {
        List<Option> options = List.of(fixed(wrong("first")), right("b"), wrong("c"), wrong("d"), fixed(wrong("none")));
        Set<List<String>> orders = new HashSet<>();
        for (int learner = 0; learner < 200; learner++) {
            List<Option> shuffled = Shuffle.options("learner-" + learner + "/q1", options);
            assertEquals("first", shuffled.get(0).id());
            assertEquals("none", shuffled.get(4).id());
            assertEquals(Set.copyOf(options), Set.copyOf(shuffled));
            orders.add(shuffled.stream().map(Option::id).toList());
        }
        assertEquals(6, orders.size(), "200 learners see all 3! orders of the movable options");
    }

    @Test
    void theSameSeedGivesTheSameOrder() {
        List<Integer> items = IntStream.range(0, 30).boxed().toList();
        assertEquals(Shuffle.shuffle("s/q", items, i -> false), Shuffle.shuffle("s/q", items, i -> false));
        assertNotEquals(Shuffle.shuffle("s/q", items, i -> false), Shuffle.shuffle("s/q2", items, i -> false));
    }

    private static List<Long> firstThree(int seed) {
        Shuffle.Mulberry32 random = new Shuffle.Mulberry32(seed);
        return List.of(random.next(), random.next(), random.next());
    }
}
