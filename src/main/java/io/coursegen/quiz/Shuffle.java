package io.coursegen.quiz;

import io.coursegen.model.quiz.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A deterministic shuffle: the same seed always gives the same order, in Java and in the browser
 * ({@code CoursegenGrading.shuffle} in {@code widget/quiz/quiz-grading.js}), and elements marked fixed keep
 * their index.
 *
 * <p>The algorithm, chosen to be short and exact in both languages (32-bit integer arithmetic only):
 * <ol>
 *   <li>hash the seed with 32-bit FNV-1a over its UTF-16 code units (offset basis 0x811C9DC5, prime
 *       0x01000193; each code unit, 0 to 0xFFFF, is XORed in whole);
 *   <li>use the hash as the state of the mulberry32 generator; each step yields an unsigned 32-bit
 *       number r;
 *   <li>Fisher–Yates over the movable elements only: with m movable elements, for i from m−1 down
 *       to 1, swap element i with element r mod (i+1) (the modulo bias, below 2⁻²⁴ for any real
 *       quiz, does not matter here);
 *   <li>put the shuffled movable elements back into the movable positions, in order.
 * </ol>
 * A page seeds with a per-learner seed and the question id (for example {@code seed + "/" + id}), so
 * each learner sees their own order and sees it again after a reload. Grading never depends on the
 * order shown.
 */
public final class Shuffle {

    private Shuffle() {}

    /** The options of a question in the order shown for {@code seed}; fixed options keep their index. */
    public static List<Option> options(String seed, List<Option> options) {
        return shuffle(seed, options, Option::fixed);
    }

    /** {@code elements} in the order given by {@code seed}; those for which {@code fixed} holds keep their index. */
    public static <T> List<T> shuffle(String seed, List<T> elements, Predicate<? super T> fixed) {
        List<Integer> movable = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (!fixed.test(elements.get(i))) {
                movable.add(i);
            }
        }
        List<T> moving = new ArrayList<>();
        movable.forEach(i -> moving.add(elements.get(i)));
        Mulberry32 random = new Mulberry32(fnv1a(seed));
        for (int i = moving.size() - 1; i > 0; i--) {
            int j = random.nextBelow(i + 1);
            T t = moving.get(i);
            moving.set(i, moving.get(j));
            moving.set(j, t);
        }
        List<T> out = new ArrayList<>(elements);
        for (int k = 0; k < movable.size(); k++) {
            out.set(movable.get(k), moving.get(k));
        }
        return List.copyOf(out);
    }

    /** 32-bit FNV-1a of the UTF-16 code units of {@code s}, as a signed int holding the unsigned bits. */
    static int fnv1a(String s) {
        int h = 0x811C9DC5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193; // int overflow is the wanted arithmetic modulo 2^32
        }
        return h;
    }

    /**
     * The mulberry32 generator by Tommy Ettinger: tiny, fast and good enough to shuffle a list. Its
     * state is one int that each step advances, so an instance lives for one shuffle only.
     */
    static final class Mulberry32 {
        private int state;

        Mulberry32(int seed) {
            this.state = seed;
        }

        /** The next number, as an unsigned 32-bit value in a long. */
        long next() {
            state += 0x6D2B79F5;
            int t = state;
            t = (t ^ (t >>> 15)) * (t | 1);
            t ^= t + (t ^ (t >>> 7)) * (t | 61);
            return (t ^ (t >>> 14)) & 0xFFFFFFFFL;
        }

        /** The next number modulo {@code bound}, in [0, bound). */
        int nextBelow(int bound) {
            return (int) (next() % bound);
        }
    }
}
