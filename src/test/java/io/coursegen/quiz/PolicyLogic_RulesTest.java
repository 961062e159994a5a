package io.coursegen.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.QuizPolicy;
import io.coursegen.model.quiz.QuizPolicy.Reveal;
import io.coursegen.model.quiz.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@link PolicyLogic}, over every small case: what a draw gives (its size, a subset
 * of the pool in written order, the same for the same learner, every question drawn about as often),
 * and, for every reveal mode, number of tries, number of checks and score, where a question stands.
 */
class PolicyLogic_RulesTest {

    private static QuizPolicy policy(int draw, boolean shuffled) {
        return new QuizPolicy(Reveal.AFTER_CHECK, 1, shuffled, draw, false);
    }

    private static List<String> ids(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "q" + i).toList();
    }

    @Test
    void aDrawIsASubsetOfTheRightSizeInWrittenOrderAndTheSameForTheSameSeed() {
        for (int n = 0; n <= 9; n++) {
            List<String> pool = ids(n);
            for (int draw = 0; draw <= n; draw++) {
                for (int s = 0; s < 40; s++) {
                    String seed = "learner-" + s + "/quiz";
                    List<String> fixed = PolicyLogic.shown(policy(draw, false), seed, pool);
                    int size = draw == 0 ? n : draw;
                    assertEquals(size, fixed.size(), n + " questions, draw " + draw);
                    assertEquals(size, new HashSet<>(fixed).size(), "no question twice");
                    assertTrue(pool.containsAll(fixed), "only questions of the pool");
                    List<String> inOrder = pool.stream().filter(fixed::contains).toList();
                    assertEquals(inOrder, fixed, "drawn questions keep their written order");
                    assertEquals(fixed, PolicyLogic.shown(policy(draw, false), seed, pool), "the same seed, the same quiz");
                    List<String> shuffled = PolicyLogic.shown(policy(draw, true), seed, pool);
                    assertEquals(new HashSet<>(fixed), new HashSet<>(shuffled), "shuffling the order draws the same questions");
                    if (draw == 0 || draw == n) assertEquals(n == 0 ? List.of() : pool, fixed, "drawing all is no draw");
                }
            }
        }
    }

    @Test
    void everyQuestionIsDrawnAboutAsOftenAndLearnersDiffer() {
        List<String> pool = ids(8);
        Map<String, Integer> counts = new HashMap<>();
        List<List<String>> draws = new ArrayList<>();
        int learners = 4000;
        for (int s = 0; s < learners; s++) {
            List<String> d = PolicyLogic.shown(policy(3, false), "learner-" + s + "/final", pool);
            d.forEach(id -> counts.merge(id, 1, Integer::sum));
            draws.add(d);
        }
        double expected = learners * 3 / 8.0; // 1500 draws of each question
        for (String id : pool) {
            int c = counts.getOrDefault(id, 0);
            assertTrue(Math.abs(c - expected) < expected * 0.1, id + " drawn " + c + " times, expected about " + expected);
        }
        assertTrue(new HashSet<>(draws).size() >= 50, "all 56 subsets of 3 of 8 come up, found " + new HashSet<>(draws).size());
        assertNotEquals(PolicyLogic.shown(policy(0, true), "a/q", ids(8)), PolicyLogic.shown(policy(0, true), "b/q", ids(8)));
    }

    @Test
    void theGivenQuizIsGradedAsAQuizOfItsOwn() {
        List<Question> questions = new ArrayList<>();
        for (String id : ids(5)) questions.add(Questions.shortAnswer(id, "yes"));
        Quiz pool = new Quiz("quiz", "Quiz", null, 0.5, true, questions, List.of(), null);
        QuizPolicy policy = policy(2, false);
        Quiz given = PolicyLogic.given(pool, policy, "learner/quiz");
        assertEquals(PolicyLogic.shown(policy, "learner/quiz", ids(5)), given.questions().stream().map(Question::id).toList());
        String answered = given.questions().get(0).id();
        QuizResult result = Grader.gradeQuiz(given, Map.of(answered, Response.text("yes")));
        assertEquals(0.5, result.score(), 1e-12, "one of the two questions given, not one of five");
        assertTrue(result.passed());
    }

    @Test
    void everyTurnFollowsTheRule() {
        double[] scores = {0, 0.5, 0.99, 1};
        for (Reveal reveal : Reveal.values()) {
            for (int tries = 0; tries <= 4; tries++) {
                QuizPolicy p = new QuizPolicy(reveal, tries, false, 0, false);
                for (int checks = 0; checks <= 6; checks++) {
                    for (double score : scores) {
                        for (boolean quizDone : new boolean[] {false, true}) {
                            for (boolean shown : new boolean[] {false, true}) {
                                PolicyLogic.Turn t = PolicyLogic.turn(p, checks, score, quizDone, shown);
                                String at = reveal + " tries " + tries + " checks " + checks + " score " + score + " done " + quizDone + " shown " + shown;
                                boolean outOfTries = tries > 0 && checks >= tries;
                                assertEquals(checks > 0 && (score == 1 || outOfTries), t.done(), at);
                                if (t.done()) assertEquals(0, t.triesLeft(), at);
                                else if (tries == 0) assertEquals(-1, t.triesLeft(), at);
                                else assertTrue(t.triesLeft() >= 1 && t.triesLeft() == tries - checks, at);
                                boolean reveals = switch (reveal) {
                                    case AFTER_CHECK -> t.done() || shown;
                                    case ON_REQUEST -> shown;
                                    case AT_END -> quizDone;
                                };
                                assertEquals(reveals, t.reveal(), at);
                                if (reveal != Reveal.AFTER_CHECK && !quizDone && !shown) assertTrue(!t.reveal(), "a second try stays a real one: " + at);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void theDefaultIsTodaysBehaviourEveryCheckShowsTheAnswer() {
        QuizPolicy p = QuizPolicy.NONE.over(QuizPolicy.DEFAULT);
        assertEquals(QuizPolicy.DEFAULT, p);
        for (double score : new double[] {0, 0.5, 1}) {
            assertEquals(new PolicyLogic.Turn(true, 0, true), PolicyLogic.turn(p, 1, score, false, false));
        }
        assertEquals(new PolicyLogic.Turn(false, 1, false), PolicyLogic.turn(p, 0, 0, false, false));
    }

    @Test
    void showAnswersIsOfferedAtTheEndOnlyWithAtEnd() {
        for (Reveal r : Reveal.values()) {
            QuizPolicy p = new QuizPolicy(r, 1, false, 0, false);
            assertTrue(PolicyLogic.offersShowAnswers(p, true));
            assertEquals(r != Reveal.AT_END, PolicyLogic.offersShowAnswers(p, false));
        }
    }

    @Test
    void negativeChecksAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PolicyLogic.turn(QuizPolicy.DEFAULT, -1, 0, false, false));
    }

    @Test
    void aQuizPolicyOverridesTheCourseKeyByKey() {
        QuizPolicy course = new QuizPolicy(Reveal.AT_END, 3, null, null, true);
        QuizPolicy quiz = new QuizPolicy(null, 2, true, 4, null);
        assertEquals(new QuizPolicy(Reveal.AT_END, 2, true, 4, true), quiz.over(course.over(QuizPolicy.DEFAULT)));
        assertEquals(new QuizPolicy(Reveal.AT_END, 3, false, 0, true), QuizPolicy.NONE.over(course.over(QuizPolicy.DEFAULT)));
    }
}
