package io.coursegen.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The analysis finds in a class of 200 generated learners what was designed into their answers: the
 * easy, hard and wrongly keyed questions flagged, the well-made ones not, the best discriminator
 * ranked first, and the drop-off along the lessons.
 */
class ClassAnalysis_SyntheticClassTest {

    @Test
    void theFlagsComeOutAsDesignedForSeveralClasses() {
        // Several seeds: a design that passes for one lucky class would not be a check.
        for (long seed = 1; seed <= 5; seed++) {
            QuizStats quiz = analyse(seed).quizzes().get(0);
            for (SyntheticClass.Item item : SyntheticClass.ITEMS) {
                QuestionStats q = find(quiz, item.id());
                String what = "seed " + seed + ", " + item.id() + ": p=" + q.difficulty() + " r=" + q.pointBiserial() + " " + q.flags();
                if (item.flag() == null) {
                    assertEquals(List.of(), q.flags(), what);
                } else {
                    assertTrue(q.flags().contains(ItemFlag.valueOf(item.flag())), what);
                }
            }
        }
    }

    @Test
    void theBestDiscriminatorRanksFirstAndTheWrongKeyLast() {
        QuizStats quiz = analyse(7).quizzes().get(0);
        List<String> byDiscrimination = quiz.questions().stream()
                .sorted((a, b) -> Double.compare(b.pointBiserial(), a.pointBiserial()))
                .map(QuestionStats::question).toList();
        assertEquals("good", byDiscrimination.get(0), byDiscrimination.toString());
        assertEquals("bad-key", byDiscrimination.get(byDiscrimination.size() - 1), byDiscrimination.toString());
        QuestionStats good = find(quiz, "good");
        QuestionStats bad = find(quiz, "bad-key");
        assertTrue(good.upperLower() > 0.5, "good: upper-lower " + good.upperLower());
        assertTrue(bad.upperLower() < -0.2, "bad key: upper-lower " + bad.upperLower());
    }

    @Test
    void countsAttemptsOptionsAndMisconceptionsAndTheDropOff() {
        ClassReport report = analyse(3);
        assertEquals(200, report.learners());
        QuizStats quiz = report.quizzes().get(0);
        assertEquals(200, quiz.learners());
        assertEquals(200, java.util.Arrays.stream(quiz.distribution()).sum());
        for (QuestionStats q : quiz.questions()) {
            int right = (int) Math.round(q.difficulty() * 200);
            // Every wrong first try is retried once.
            assertEquals(200 + (200 - right), q.attempts(), q.question());
            assertEquals(Map.of("right", right, "wrong", 200 - right).entrySet().stream().filter(e -> e.getValue() > 0)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), q.options(), q.question());
            assertEquals(200 - right == 0 ? Map.of() : Map.of("mistook-" + q.question(), 200 - right), q.misconceptions(), q.question());
        }
        List<Integer> read = report.lessons().stream().map(LessonReach::read).toList();
        for (int i = 1; i < read.size(); i++) {
            assertTrue(read.get(i) < read.get(i - 1), "fewer read each next lesson: " + read);
        }
    }

    private static ClassReport analyse(long seed) {
        return ClassAnalysis.analyse(SyntheticClass.learners(200, seed),
                new CourseOutline(SyntheticClass.LESSONS.stream().collect(Collectors.toMap(k -> k, k -> k, (a, b) -> a, java.util.LinkedHashMap::new)),
                        Map.of(SyntheticClass.QUIZ, SyntheticClass.ITEMS.stream().map(SyntheticClass.Item::id).toList())));
    }

    private static QuestionStats find(QuizStats quiz, String id) {
        return quiz.questions().stream().filter(q -> q.question().equals(id)).findFirst().orElseThrow();
    }
}
