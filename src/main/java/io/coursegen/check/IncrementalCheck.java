package io.coursegen.check;

import io.coursegen.diagnostics.Diagnostic;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The check behind {@code serve}: gives the same diagnostics as {@link CourseChecker#check}, but keeps
 * each lesson's own results between checks and runs a lesson's rules again only when the lesson
 * changed (a new object) or what its rules read of the rest of the course did ({@link LessonContext#sameAs}).
 * Editing one lesson of 10,000 so re-checks one lesson, plus the course-wide rules. Not thread-safe.
 */
public final class IncrementalCheck {
    private LessonContext context;
    /** Each lesson's own diagnostics, by its position in {@code context.lessons}; an edit keeps every position. */
    private List<List<Diagnostic>> byLesson = List.of();
    private int lessonsChecked;
    private int lessons;

    /** Checks {@code course} into {@code diagnostics}, reusing what still holds from the last call. */
    public void check(Course course, Path projectRoot, Diagnostics diagnostics) {
        LessonContext now = new LessonContext(course, projectRoot);
        // sameAs also makes sure the lessons sit at the same positions as last time.
        boolean reuse = now.sameAs(context);
        List<List<Diagnostic>> next = new ArrayList<>(now.lessons.size());
        lessonsChecked = 0;
        CourseChecker.checkCourseWide(course, now, diagnostics);
        for (int i = 0; i < now.lessons.size(); i++) {
            Lesson lesson = now.lessons.get(i);
            List<Diagnostic> found = reuse && context.lessons.get(i) == lesson ? byLesson.get(i) : null;
            if (found == null) {
                Diagnostics own = new Diagnostics();
                CourseChecker.checkLesson(lesson, now, own);
                found = own.sorted();
                lessonsChecked++;
            }
            next.add(found);
            found.forEach(diagnostics::add);
        }
        context = now;
        byLesson = next;
        lessons = now.lessons.size();
    }

    /** How many lessons the last {@link #check} ran the rules of (the rest were kept), for timings and tests. */
    public int lessonsChecked() {
        return lessonsChecked;
    }

    /** How many lessons the course of the last {@link #check} has. */
    public int lessons() {
        return lessons;
    }
}
