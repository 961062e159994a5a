package io.coursegen.quiz;

import io.coursegen.model.quiz.Option;
import java.util.List;
import java.util.Set;

/** The scoring rules of choice questions. */
final class ChoiceScore {

    private ChoiceScore() {}

    /**
     * All-or-nothing: 1 when exactly one option is picked and it is a correct one, else 0 (nothing
     * picked, several picked, an unknown id). The check stage makes sure single-choice, true/false
     * and scenario questions have exactly one correct option.
     */
    static double single(List<Option> options, Set<String> picked) {
        if (picked.size() != 1 || !allKnown(options, picked)) {
            return 0;
        }
        String id = picked.iterator().next();
        return options.stream().anyMatch(o -> o.id().equals(id) && o.correct()) ? 1 : 0;
    }

    /**
     * Partial credit by the "false2" rule of R/exams: with C the correct options and W the wrong
     * ones, each correct pick earns 1/|C|, each wrong pick costs 1/max(|W|, 2), and the total is
     * floored at 0. Picking exactly C scores 1; picking nothing scores 0 (unless C is empty).
     *
     * <p>Why this rule: without a penalty, picking every option would score 1; with a penalty of
     * 1/|W| (rule "false"), a question with a single wrong option would make any wrong pick wipe out
     * all credit. Dividing by at least 2 keeps one slip at a half-point cost, and the floor keeps a
     * bad answer from dragging the rest of the quiz down.
     *
     * <p>The score is computed as one division of two exact integers, (hits·w − misses·c) / (c·w),
     * so picking exactly C gives exactly 1.0 and the browser, doing the same division, gets the
     * same bits.
     */
    static double multiple(List<Option> options, Set<String> picked) {
        if (!allKnown(options, picked)) {
            return 0;
        }
        long c = options.stream().filter(Option::correct).count();
        long w = Math.max(options.size() - c, 2);
        long hits = options.stream().filter(o -> o.correct() && picked.contains(o.id())).count();
        long misses = picked.size() - hits;
        if (c == 0) {
            // Nothing is correct: only picking nothing is exactly right.
            return misses == 0 ? 1 : 0;
        }
        return Math.max(0, (double) (hits * w - misses * c) / (double) (c * w));
    }

    private static boolean allKnown(List<Option> options, Set<String> picked) {
        return picked.stream().allMatch(id -> options.stream().anyMatch(o -> o.id().equals(id)));
    }
}
