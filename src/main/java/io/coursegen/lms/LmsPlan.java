package io.coursegen.lms;

import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.lms.LmsSettings;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.render.SitePaths;
import io.coursegen.widget.quiz.QuizWidget;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What an LMS package reports, worked out from a checked course and its {@link LmsSettings}: its SCOs
 * (one for the course, or one per module), and for each the lessons whose reading makes it completed, the
 * quizzes that make its score and the quiz it needs passed. The manifest and the run-time's configuration
 * are both written from this, so they cannot disagree.
 */
public record LmsPlan(String version, List<Sco> scos, OptionalDouble mastery, double lessonsShare) {

    /**
     * One SCO.
     *
     * @param id        its identifier in the manifest and its {@code ?sco=} launch parameter
     * @param start     the site page it opens on a first launch
     * @param lessons   the progress keys ({@code module/lesson}) of its lessons, in reading order
     * @param quizzes   the quizzes its score is made of, with weights and pass marks; empty: it reports no score
     * @param passQuiz  the quiz that must be passed for it to be completed, if any
     */
    public record Sco(String id, String title, String start, List<String> lessons, List<Counted> quizzes, Optional<Counted> passQuiz) {}

    /** A quiz with its weight in the score and its own pass mark (0 to 1). */
    public record Counted(String id, double weight, double pass) {}

    /** The plan of {@code course}, whose settings have been checked ({@link LmsChecker}). */
    public static LmsPlan of(Course course) {
        LmsSettings s = course.lms();
        List<Sco> scos = new ArrayList<>();
        if (s.scope() == LmsSettings.Scope.COURSE) {
            scos.add(sco(course, "course", course.title(), SitePaths.HOME, course.modules()));
        } else {
            for (CourseModule m : course.modules()) {
                scos.add(sco(course, "module-" + m.slug(), m.title(), SitePaths.modulePage(m), List.of(m)));
            }
        }
        return new LmsPlan(s.version(), List.copyOf(scos), s.mastery(), s.lessonsShare());
    }

    private static Sco sco(Course course, String id, String title, String start, List<CourseModule> modules) {
        LmsSettings s = course.lms();
        List<String> lessons = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (CourseModule m : modules) {
            for (Lesson l : m.lessons()) {
                lessons.add(l.progressKey());
                shown.addAll(new QuizWidget().shownIn(l));
            }
        }
        List<Counted> quizzes = new ArrayList<>();
        if (s.quizzes().isEmpty()) {
            for (String q : shown) quiz(course, q).ifPresent(quiz -> quizzes.add(new Counted(quiz.id(), 1.0, quiz.pass())));
        } else {
            boolean whole = s.scope() == LmsSettings.Scope.COURSE;
            for (LmsSettings.Counted c : s.quizzes()) {
                if (whole || shown.contains(c.quizId())) {
                    quiz(course, c.quizId()).ifPresent(quiz -> quizzes.add(new Counted(quiz.id(), c.weight(), quiz.pass())));
                }
            }
        }
        Optional<Counted> pass = s.passQuiz()
                .filter(p -> s.scope() == LmsSettings.Scope.COURSE || shown.contains(p.quizId()))
                .flatMap(p -> quiz(course, p.quizId())).map(q -> new Counted(q.id(), 1.0, q.pass()));
        return new Sco(id, title, start, List.copyOf(lessons), List.copyOf(quizzes), pass);
    }

    private static Optional<Quiz> quiz(Course course, String id) {
        return course.item(QuizWidget.ITEMS, id);
    }

    /** The quizzes any lesson of {@code course} shows. */
    static Set<String> shownQuizzes(Course course) {
        Set<String> shown = new LinkedHashSet<>();
        course.lessons().forEach(l -> shown.addAll(new QuizWidget().shownIn(l)));
        return shown;
    }
}
