package io.coursegen.serve;

import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.render.SitePaths;
import io.coursegen.render.Templates;
import io.coursegen.widget.quiz.QuizWidget;
import io.coursegen.widget.tree.TreeWidget;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which pages an edit touches, comparing the course as last rendered with the course now:
 * <ul>
 * <li>a lesson: its page; if its title, summary or order changed, also every page that lists it (home,
 *     its module page and the module's lessons, its neighbours, quiz and tree pages); if the quizzes it
 *     embeds changed, those quizzes' pages;</li>
 * <li>a quiz: its page, the quiz index and the lessons that embed it;</li>
 * <li>a template: the pages rendered with it or with a template that includes it.</li>
 * </ul>
 * Null means "everything" (a change it cannot narrow down).
 */
final class AffectedPages {
    private final Templates templates;

    AffectedPages(Templates templates) {
        this.templates = templates;
    }

    Set<String> of(Course before, Course now, Set<String> lessonPaths, Set<String> quizPaths, Set<String> templateNames) {
        Set<String> pages = new HashSet<>();
        List<Lesson> order = now.lessons().toList();
        for (String path : lessonPaths) {
            Lesson old = lesson(before, path);
            Lesson lesson = lesson(now, path);
            if (old == null || lesson == null) return null;
            pages.add(SitePaths.lessonPage(lesson));
            if (!listing(old).equals(listing(lesson)) || !headings(old).equals(headings(lesson))) {
                pages.add(SitePaths.HOME);
                CourseModule m = module(now, lesson);
                pages.add(SitePaths.modulePage(m));
                m.lessons().forEach(l -> pages.add(SitePaths.lessonPage(l)));
                int i = order.indexOf(lesson);
                if (i > 0) pages.add(SitePaths.lessonPage(order.get(i - 1)));
                if (i + 1 < order.size()) pages.add(SitePaths.lessonPage(order.get(i + 1)));
                now.items(QuizWidget.ITEMS).forEach(q -> pages.add(SitePaths.quizPage(q.id())));
                now.items(TreeWidget.ITEMS).forEach(t -> pages.add(TreeWidget.pathsPage(t.id())));
            }
            Set<String> quizzes = new HashSet<>(quizIds(old));
            quizzes.addAll(quizIds(lesson));
            if (!quizIds(old).equals(quizIds(lesson))) quizzes.forEach(id -> pages.add(SitePaths.quizPage(id)));
        }
        for (String path : quizPaths) {
            Quiz old = quiz(before, path);
            Quiz quiz = quiz(now, path);
            if (old == null || quiz == null || !old.id().equals(quiz.id())) return null;
            pages.add(SitePaths.quizPage(quiz.id()));
            pages.add(SitePaths.QUIZ_INDEX);
            order.stream().filter(l -> quizIds(l).contains(quiz.id())).forEach(l -> pages.add(SitePaths.lessonPage(l)));
        }
        for (String name : templateNames) {
            Set<String> users = users(name);
            if (users.contains("layout.jte")) return null;
            for (String t : users) {
                Predicate<Lesson> lessons = lessonsUsing(t);
                if (lessons == null) return null; // a template we do not know where it is used
                order.stream().filter(lessons).forEach(l -> pages.add(SitePaths.lessonPage(l)));
                switch (t) {
                    case "home.jte" -> pages.add(SitePaths.HOME);
                    case "module.jte" -> now.modules().forEach(m -> pages.add(SitePaths.modulePage(m)));
                    case "quizzes.jte" -> pages.add(SitePaths.QUIZ_INDEX);
                    case "quiz.jte", "partials/quiz.jte" -> now.items(QuizWidget.ITEMS).forEach(q -> pages.add(SitePaths.quizPage(q.id())));
                    case "tree-paths.jte" -> now.items(TreeWidget.ITEMS).forEach(tr -> pages.add(TreeWidget.pathsPage(tr.id())));
                    case "not-found.jte" -> pages.add(SitePaths.NOT_FOUND);
                    default -> { }
                }
            }
        }
        return pages;
    }

    /** The template and every template that includes it, directly or through others. */
    private Set<String> users(String name) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(name));
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (seen.add(t)) todo.addAll(templates.templatesUsing(t));
        }
        return seen;
    }

    /**
     * The lessons whose page a template is rendered for: page templates by kind, and the partials the
     * renderer calls for embedded widgets. Null for a template this list does not know (a new one).
     */
    private static Predicate<Lesson> lessonsUsing(String template) {
        return switch (template) {
            case "lesson.jte" -> l -> true;
            case "partials/quiz.jte" -> l -> !quizIds(l).isEmpty();
            case "partials/calculator.jte" -> l -> embeds(l, "calculator");
            case "partials/tree.jte" -> l -> embeds(l, "tree");
            case "partials/pager.jte" -> l -> true;
            case "home.jte", "module.jte", "quizzes.jte", "quiz.jte", "tree-paths.jte", "not-found.jte" -> l -> false;
            default -> null;
        };
    }

    private static boolean embeds(Lesson l, String kind) {
        return l.body().embeds().stream().anyMatch(e -> e.kind().equals(kind));
    }

    private static Set<String> quizIds(Lesson l) {
        Set<String> ids = new HashSet<>();
        if (l.quiz() != null) ids.add(l.quiz().id());
        for (MarkdownDoc.Embed e : l.body().embeds()) if (e.kind().equals("quiz")) ids.add(e.id());
        return ids;
    }

    /** What other pages show of a lesson. */
    private static List<Object> listing(Lesson l) {
        return List.of(l.title(), Objects.toString(l.summary()), l.order(), l.slug());
    }

    private static List<String> headings(Lesson l) {
        return l.body().headings().stream().map(h -> h.level() + " " + h.id() + " " + h.text()).toList();
    }

    private static Lesson lesson(Course c, String path) {
        return c.lessons().filter(l -> l.path().equals(path)).findFirst().orElse(null);
    }

    private static Quiz quiz(Course c, String path) {
        return c.items(QuizWidget.ITEMS).stream().filter(q -> q.ref().path().equals(path)).findFirst().orElse(null);
    }

    private static CourseModule module(Course c, Lesson l) {
        return c.modules().stream().filter(m -> m.slug().equals(l.moduleSlug())).findFirst().orElseThrow();
    }
}
