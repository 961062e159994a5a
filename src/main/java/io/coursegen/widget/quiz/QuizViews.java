package io.coursegen.widget.quiz;

import io.coursegen.render.SitePaths;
import io.coursegen.render.MarkdownSnippets;
import io.coursegen.model.Course;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.quiz.QuestionKind;
import io.coursegen.quiz.QuestionKinds;
import io.coursegen.quiz.QuestionViewContext;
import io.coursegen.quiz.QuizClientJson;
import io.coursegen.quiz.ReportLinks;
import io.coursegen.model.quiz.QuizPolicy;
import java.util.ArrayList;
import java.util.List;

/** Turns a quiz into what its template shows: rendered markdown, each question's view from its kind, and its grading data. */
public final class QuizViews {
    private QuizViews() {}

    /**
     * The view of {@code quiz}, its markdown rendered by {@code md} for the page it is shown on. Its HTML is
     * embedded in quiz pages and lesson pages alike; both sit one folder below the site root, so the review
     * links (relative URLs) work in either.
     */
    public static QuizView of(Quiz quiz, Course course, MarkdownSnippets.On md) {
        return of(quiz, course, md, null);
    }

    /**
     * As {@link #of(Quiz, Course, MarkdownSnippets.On)}, on the page at {@code pageUrl} (the address its
     * "Report a problem" links name; null for none, as without course.yaml's {@code issues-url}).
     */
    public static QuizView of(Quiz quiz, Course course, MarkdownSnippets.On md, String pageUrl) {
        QuizPolicy policy = quiz.policy(course.quizPolicy());
        String issues = pageUrl == null ? null : course.issuesUrl();
        List<QuizView.QuestionView> questions = new ArrayList<>();
        int n = 0;
        for (Question q : quiz.questions()) {
            String report = issues == null ? null : ReportLinks.href(issues, quiz.id(), q.id(), pageUrl);
            questions.add(question(quiz, q, ++n, quiz.questions().size(), md, report));
        }
        return new QuizView(quiz.id(), quiz.title(), md.block(quiz.intro()),
                io.coursegen.quiz.ScorePercent.passMark(quiz.pass()), questions,
                QuizClientJson.toEmbeddedJson(QuizClientJson.quiz(quiz, policy)), QuizWidget.page(quiz.id()), reviews(quiz, course),
                policy.draw());
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

    private static QuizView.QuestionView question(Quiz quiz, Question q, int number, int count, MarkdownSnippets.On md, String report) {
        QuestionKind<Question> kind = QuestionKinds.of(q);
        String seed = quiz.id() + "/" + q.id();
        Object body = kind.view(q, new QuestionViewContext() {
            public String block(String markdown) { return md.block(markdown); }
            public String inline(String markdown) { return md.inline(markdown); }
            public Labelled labelled(String markdown) {
                MarkdownSnippets.Labelled l = md.labelled(markdown);
                return new Labelled(l.label(), l.blocks());
            }
            public String seed() { return seed; }
        });
        return new QuizView.QuestionView(q.id(), number, count, kind.key(), md.block(q.prompt()),
                md.block(q.explanation()), kind.template(), body, report, io.coursegen.quiz.QuestionVersion.of(q));
    }

    /** The type word used in quiz files, on the page and in the client JSON. */
    static String type(Question q) {
        return QuestionKinds.of(q).key();
    }
}
