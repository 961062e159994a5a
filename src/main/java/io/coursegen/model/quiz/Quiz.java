package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quiz: its questions in authored order and the sample responses its author declares.
 *
 * @param intro   markdown shown above the questions, may be null
 * @param pass    the score needed to pass, a fraction from 0 to 1
 * @param shuffle whether the page shows each choice question's options in a per-learner order
 * @param checks  sample responses with the score they must get, verified at build time
 * @param markdown every markdown text of the file (intro, prompts, options, feedback...), parsed
 * @param policy  what the file's {@code policy:} sets; the rest comes from the course's defaults (see
 *                {@link #policy(QuizPolicy)})
 */
public record Quiz(
        String id,
        String title,
        String intro,
        double pass,
        boolean shuffle,
        List<Question> questions,
        List<QuizCheck> checks,
        List<Review> reviews,
        SourceRef ref,
        io.coursegen.model.Snippets markdown,
        QuizPolicy policy) implements io.coursegen.model.Snippets.Holder {

    public Quiz {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(policy, "policy");
        questions = List.copyOf(questions);
        checks = List.copyOf(checks);
        reviews = List.copyOf(reviews);
    }

    /** A quiz read from a file without a {@code policy:}. */
    public Quiz(String id, String title, String intro, double pass, boolean shuffle, List<Question> questions,
            List<QuizCheck> checks, List<Review> reviews, SourceRef ref, io.coursegen.model.Snippets markdown) {
        this(id, title, intro, pass, shuffle, questions, checks, reviews, ref, markdown, QuizPolicy.NONE);
    }

    /** The policy this quiz follows: what its file sets, the rest from {@code courseDefaults}, then {@link QuizPolicy#DEFAULT}. */
    public QuizPolicy policy(QuizPolicy courseDefaults) {
        return policy.over(courseDefaults.over(QuizPolicy.DEFAULT));
    }

    /** This quiz with another policy of its own, everything else kept. */
    public Quiz withPolicy(QuizPolicy newPolicy) {
        return new Quiz(id, title, intro, pass, shuffle, questions, checks, reviews, ref, markdown, newPolicy);
    }

    /** The question with this id, if the quiz has one. */
    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** A quiz without review links, as tests and older callers build it. */
    public Quiz(String id, String title, String intro, double pass, boolean shuffle, List<Question> questions,
            List<QuizCheck> checks, SourceRef ref) {
        this(id, title, intro, pass, shuffle, questions, checks, List.of(), ref);
    }

    /** A quiz made in code, its texts unparsed. */
    public Quiz(String id, String title, String intro, double pass, boolean shuffle, List<Question> questions,
            List<QuizCheck> checks, List<Review> reviews, SourceRef ref) {
        this(id, title, intro, pass, shuffle, questions, checks, reviews, ref, io.coursegen.model.Snippets.none(ref == null ? null : ref.path()));
    }

    /**
     * Where a learner who shows a misconception should read again.
     *
     * @param tag    a misconception tag used by options of this quiz
     * @param target a lesson file with an optional heading anchor, relative to the project root,
     *               e.g. {@code content/01-basics/02-costs.md#training-time}
     */
    public record Review(String tag, String target, SourceRef ref) {}
}
