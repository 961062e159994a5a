package io.coursegen.insights;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One question's item analysis.
 *
 * @param quiz            the quiz id
 * @param question        the question id
 * @param learners        learners who answered it on a first try
 * @param attempts        every check of it, retries included
 * @param difficulty      the share of learners right on the first try (0 to 1), NaN with no learners
 * @param meanScore       the mean first-try score, partial credit included
 * @param pointBiserial   the correlation of being right on the first try with the rest of the quiz's
 *                        first-try score (the quiz without this question), NaN when undefined
 * @param upperLower      the share right among the best 27% on the rest of the quiz minus the share
 *                        right among the worst 27%, NaN when undefined
 * @param options         how often each option was picked on a first try, by option id, most picked
 *                        first; empty for a question without options
 * @param misconceptions  how often each misconception tag was shown (on any try), most shown first
 * @param versions        the content versions its answers were given to
 * @param flags           what may be wrong with it
 */
public record QuestionStats(String quiz, String question, int learners, int attempts, double difficulty,
        double meanScore, double pointBiserial, double upperLower, Map<String, Integer> options,
        Map<String, Integer> misconceptions, Set<String> versions, List<ItemFlag> flags) {}
