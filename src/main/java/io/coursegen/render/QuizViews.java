package io.coursegen.render;

import io.coursegen.model.Course;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.quiz.ChoiceQuestion;
import io.coursegen.model.quiz.MultipleSelect;
import io.coursegen.model.quiz.Numeric;
import io.coursegen.model.quiz.Option;
import io.coursegen.model.quiz.Ordering;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.Scenario;
import io.coursegen.model.quiz.ShortAnswer;
import io.coursegen.model.quiz.SingleChoice;
import io.coursegen.model.quiz.TrueFalse;
import io.coursegen.quiz.QuizClientJson;
import io.coursegen.quiz.Shuffle;
import io.coursegen.render.view.QuizView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns a quiz into what its template shows: rendered markdown, inputs per type, and its grading data. */
public final class QuizViews {
    private QuizViews() {}

    /**
     * The view of {@code quiz}. Its HTML is embedded in quiz pages and lesson pages alike; both sit one
     * folder below the site root, so the review links (relative URLs) work in either.
     */
    public static QuizView of(Quiz quiz, Course course) {
        List<QuizView.QuestionView> questions = new ArrayList<>();
        int n = 0;
        for (Question q : quiz.questions()) questions.add(question(quiz, q, ++n, quiz.questions().size()));
        return new QuizView(quiz.id(), quiz.title(), MarkdownSnippets.block(quiz.intro()),
                (int) Math.round(quiz.pass() * 100), questions,
                QuizClientJson.toEmbeddedJson(QuizClientJson.quiz(quiz)), SitePaths.quizPage(quiz.id()), reviews(quiz, course));
    }

    private static List<QuizView.ReviewLink> reviews(Quiz quiz, Course course) {
        List<QuizView.ReviewLink> out = new ArrayList<>();
        for (Quiz.Review r : quiz.reviews()) {
            String[] parts = r.target().split("#", 2);
            course.lessons().filter(l -> l.path().equals(parts[0])).findFirst().ifPresent(l -> {
                String heading = parts.length < 2 ? null : l.body().headings().stream()
                        .filter(h -> h.id().equals(parts[1])).map(MarkdownDoc.Heading::text).findFirst().orElse(null);
                out.add(new QuizView.ReviewLink(r.tag(), "../" + SitePaths.lessonPage(l) + (parts.length < 2 ? "" : "#" + parts[1]),
                        heading == null ? l.title() : l.title() + " › " + heading));
            });
        }
        return out;
    }

    private static QuizView.QuestionView question(Quiz quiz, Question q, int number, int count) {
        List<QuizView.OptionView> options = q instanceof ChoiceQuestion c
                ? c.options().stream().map(QuizViews::option).toList() : List.of();
        List<QuizView.ItemView> items = List.of();
        List<QuizView.ItemView> correct = List.of();
        String unit = null;
        String answer = null;
        if (q instanceof Ordering o) {
            correct = o.items().stream().map(i -> new QuizView.ItemView(i.id(), MarkdownSnippets.inline(i.text()))).toList();
            // Without JavaScript the items must not appear in their correct order; the same seed keeps builds reproducible.
            items = scrambled(quiz.id() + "/" + q.id(), correct);
        } else if (q instanceof Numeric num) {
            unit = num.unit();
            answer = numericAnswer(num);
        } else if (q instanceof ShortAnswer s) {
            answer = s.accepted().isEmpty() ? "" : s.accepted().get(0)
                    + (s.accepted().size() > 1 ? " (also accepted: " + String.join(", ", s.accepted().subList(1, s.accepted().size())) + ")" : "");
        }
        return new QuizView.QuestionView(q.id(), number, count, type(q), MarkdownSnippets.block(q.prompt()),
                MarkdownSnippets.block(q.explanation()), options, items, correct, unit, answer);
    }

    private static QuizView.OptionView option(Option o) {
        return new QuizView.OptionView(o.id(), MarkdownSnippets.inline(o.text()), o.correct(), MarkdownSnippets.block(o.feedback()));
    }

    /** A shuffle that never leaves the items in their correct order (when there are two or more). */
    private static List<QuizView.ItemView> scrambled(String seed, List<QuizView.ItemView> correct) {
        if (correct.size() < 2) return correct;
        for (int attempt = 0; attempt < 8; attempt++) {
            List<QuizView.ItemView> s = Shuffle.shuffle(seed + "#" + attempt, correct, i -> false);
            if (!s.equals(correct)) return s;
        }
        List<QuizView.ItemView> reversed = new ArrayList<>(correct);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static String numericAnswer(Numeric n) {
        String value = plain(n.answer()) + (n.unit() == null ? "" : " " + n.unit());
        double tolerance = Math.max(n.absTolerance(), n.relTolerance() * Math.abs(n.answer()));
        return tolerance > 0 ? value + " (± " + plain(tolerance) + ")" : value;
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The type word used in quiz files, on the page and in the client JSON. */
    static String type(Question q) {
        return io.coursegen.quiz.QuestionKinds.of(q).key();
    }
}
