package io.coursegen.lms;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.Suggest;
import io.coursegen.model.Course;
import io.coursegen.model.SourceRef;
import io.coursegen.model.lms.LmsSettings;
import io.coursegen.widget.quiz.QuizWidget;
import java.util.List;
import java.util.Set;

/** Checks the quizzes that course.yaml's {@code lms:} section names against the course's quizzes. */
public final class LmsChecker {
    private LmsChecker() {}

    public static void check(Course course, Diagnostics diagnostics) {
        LmsSettings s = course.lms();
        List<String> known = course.items(QuizWidget.ITEMS).stream().map(q -> q.id()).sorted().toList();
        Set<String> shown = LmsPlan.shownQuizzes(course);
        for (LmsSettings.Counted c : s.quizzes()) checkQuiz(course, c.quizId(), c.ref(), known, shown, "`lms: quizzes`", diagnostics);
        s.passQuiz().ifPresent(p -> checkQuiz(course, p.quizId(), p.ref(), known, shown, "`lms: completed: quiz`", diagnostics));
    }

    private static void checkQuiz(Course course, String id, SourceRef ref, List<String> known, Set<String> shown, String where,
            Diagnostics diagnostics) {
        if (!known.contains(id)) {
            if (course.failures().failed(QuizWidget.ITEMS.failures(), id)) return;
            diagnostics.error(ref, "unknown quiz `" + id + "` in " + where + (known.isEmpty() ? "; there are no quizzes in quizzes/"
                    : Suggest.known(id, known) + Suggest.didYouMean(id, known)));
        } else if (course.lms().scope() == LmsSettings.Scope.MODULE && !shown.contains(id)) {
            diagnostics.error(ref, "quiz `" + id + "` in " + where + " is shown by no lesson, so no module's SCO can report it"
                    + " (with `sco: module` each module counts the quizzes its lessons show); embed it in a lesson, or leave it out");
        }
    }
}
