package io.coursegen.quiz;

import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.QuizPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a quiz policy decides, pure and the same in the browser ({@code CoursegenQuizPolicy} in
 * {@code widget/quiz/quiz-policy.js}, held to this class by {@code draw.json} and {@code turns.json}):
 * which questions a learner is given and in what order, and, after each check, whether a question
 * may be checked again and whether its answer shows.
 *
 * <p>Every method takes a policy with every field set ({@link Quiz#policy(QuizPolicy)}).
 */
public final class PolicyLogic {
    private PolicyLogic() {}

    /**
     * The ids of the questions a learner is given, in the order shown, for {@code seed} (the page uses
     * its per-learner seed, "/" and the quiz id, so a reload gives the same quiz).
     *
     * <ol>
     *   <li>With {@code draw} set below the number of questions: {@link Shuffle} the ids with the seed
     *       followed by {@code "#draw"} and keep the first {@code draw} of them, then put those back in
     *       written order (so drawing never reorders by itself);
     *   <li>with {@code question-order: shuffled}: {@link Shuffle} what was drawn with the seed followed by
     *       {@code "#order"}.
     * </ol>
     */
    public static List<String> shown(QuizPolicy policy, String seed, List<String> ids) {
        List<String> drawn = ids;
        if (policy.draw() > 0 && policy.draw() < ids.size()) {
            Map<String, Integer> written = IntStream.range(0, ids.size()).boxed().collect(Collectors.toMap(ids::get, i -> i, (a, b) -> a));
            drawn = new ArrayList<>(Shuffle.shuffle(seed + "#draw", ids, id -> false).subList(0, policy.draw()));
            drawn.sort(Comparator.comparing(written::get));
        }
        return policy.shuffled() ? Shuffle.shuffle(seed + "#order", drawn, id -> false) : List.copyOf(drawn);
    }

    /** The quiz a learner with {@code seed} is given: only the questions drawn, in the order shown; graded as a quiz of its own. */
    public static Quiz given(Quiz quiz, QuizPolicy policy, String seed) {
        Map<String, Question> byId = quiz.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        List<Question> questions = shown(policy, seed, quiz.questions().stream().map(Question::id).toList()).stream().map(byId::get).toList();
        return new Quiz(quiz.id(), quiz.title(), quiz.intro(), quiz.pass(), quiz.shuffle(), questions, quiz.checks(), quiz.reviews(),
                quiz.ref(), quiz.markdown(), quiz.policy());
    }

    /**
     * Where one question stands after {@code checks} checks in this attempt, the last of which scored
     * {@code lastScore}.
     *
     * @param quizDone     whether every question the learner was given is done
     * @param answersShown whether the learner has pressed "Show answers" (and not "Hide answers")
     */
    public static Turn turn(QuizPolicy policy, int checks, double lastScore, boolean quizDone, boolean answersShown) {
        if (checks < 0) throw new IllegalArgumentException("checks must be 0 or more, got " + checks);
        boolean right = checks > 0 && lastScore >= 1;
        int tries = policy.tries();
        boolean done = checks > 0 && (right || (tries > 0 && checks >= tries));
        int triesLeft = done ? 0 : tries == 0 ? -1 : tries - checks;
        boolean reveal = switch (policy.reveal()) {
            case AFTER_CHECK -> done || answersShown;
            case ON_REQUEST -> answersShown;
            case AT_END -> quizDone;
        };
        return new Turn(done, triesLeft, reveal);
    }

    /** Whether the page offers "Show answers": always, except that {@code reveal: at-end} offers it once the quiz is done. */
    public static boolean offersShowAnswers(QuizPolicy policy, boolean quizDone) {
        return policy.reveal() != QuizPolicy.Reveal.AT_END || quizDone;
    }

    /**
     * One question's standing.
     *
     * @param done      no more checks in this attempt: right, or its last try checked
     * @param triesLeft how many more checks it allows: 0 when done, -1 without limit
     * @param reveal    whether its right answer, the marks of the right options and its explanation show
     */
    public record Turn(boolean done, int triesLeft, boolean reveal) {}
}
