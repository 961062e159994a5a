package io.coursegen.quiz;

import io.coursegen.model.quiz.Ordering;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The scoring rule of ordering questions. */
final class OrderScore {

    private OrderScore() {}

    /**
     * The fraction of item pairs whose relative order in the response matches the correct order
     * (concordant pairs / (n(n−1)/2), a rescaled Kendall tau): the correct order scores 1, the
     * reversed order 0, one swap of neighbours 1 − 1/(n(n−1)/2). With {@link Ordering#allOrNothing()}
     * only the correct order scores, 1. A response that is not a permutation of the items (an item
     * missing, repeated or unknown) scores 0. With fewer than two items there is no pair, and any
     * permutation is the correct order: 1.
     */
    static double score(Ordering question, List<String> response) {
        List<String> correct = question.itemIds();
        if (!isPermutation(correct, response)) {
            return 0;
        }
        if (question.allOrNothing()) {
            return correct.equals(response) ? 1 : 0;
        }
        int n = correct.size();
        if (n < 2) {
            return 1;
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            position.put(response.get(i), i);
        }
        int concordant = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (position.get(correct.get(i)) < position.get(correct.get(j))) {
                    concordant++;
                }
            }
        }
        return (double) concordant / (n * (n - 1) / 2);
    }

    private static boolean isPermutation(List<String> items, List<String> response) {
        return response.size() == items.size()
                && new HashSet<>(response).size() == response.size()
                && new HashSet<>(items).containsAll(response);
    }
}
