package io.coursegen.check;

import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.cost.CostPreset;
import io.coursegen.model.exercise.ExerciseSet;
import io.coursegen.model.kb.GlossaryTerm;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.tree.DecisionTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything the checks of one lesson may read besides the lesson itself: the ids of the items a
 * lesson can name, what failed to load, and the other lessons' paths and heading ids (link targets).
 * The per-lesson checks are given this, not the course, so an unchanged lesson checked in a context
 * that is {@link #sameAs the same} gives the same diagnostics; {@link IncrementalCheck} relies on that.
 */
final class LessonContext {
    final Path projectRoot;
    final Set<String> sources;
    final LoadFailures failures;
    /** Every lesson in reading order. */
    final List<Lesson> lessons;
    final List<String> lessonPaths;
    final Map<String, Lesson> lessonsByPath;
    final List<String> quizIds;
    final List<String> presetIds;
    final List<String> treeIds;
    final List<String> exerciseSetIds;
    final Set<String> glossarySlugs;

    LessonContext(Course course, Path projectRoot) {
        this.projectRoot = projectRoot;
        this.sources = course.sources().keySet();
        this.failures = course.failures();
        // Plain loops: serve makes a context for every edit, and a course may have 10,000 lessons.
        List<Lesson> all = new ArrayList<>();
        for (CourseModule m : course.modules()) all.addAll(m.lessons());
        List<String> paths = new ArrayList<>(all.size());
        Map<String, Lesson> byPath = new HashMap<>(all.size() * 2);
        for (Lesson l : all) {
            paths.add(l.path());
            byPath.putIfAbsent(l.path(), l);
        }
        this.lessons = Collections.unmodifiableList(all);
        this.lessonPaths = Collections.unmodifiableList(paths);
        this.lessonsByPath = Collections.unmodifiableMap(byPath);
        this.quizIds = course.quizzes().stream().map(Quiz::id).toList();
        this.presetIds = course.costPresets().stream().map(CostPreset::id).toList();
        this.treeIds = course.trees().stream().map(DecisionTree::id).toList();
        this.exerciseSetIds = course.exerciseSets().stream().map(ExerciseSet::id).toList();
        this.glossarySlugs = course.glossary().stream().map(GlossaryTerm::slug).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Whether a lesson's checks read the same in both contexts. Lessons are compared by what another
     * lesson's links can see of them, their path and heading ids; an unchanged lesson is the same
     * object, so the usual edit of one lesson costs one comparison per lesson.
     */
    boolean sameAs(LessonContext other) {
        if (other == null || !projectRoot.equals(other.projectRoot) || !sources.equals(other.sources)
                || !failures.equals(other.failures) || !quizIds.equals(other.quizIds) || !presetIds.equals(other.presetIds)
                || !treeIds.equals(other.treeIds) || !exerciseSetIds.equals(other.exerciseSetIds)
                || !glossarySlugs.equals(other.glossarySlugs) || lessons.size() != other.lessons.size()) {
            return false;
        }
        for (int i = 0; i < lessons.size(); i++) {
            Lesson a = lessons.get(i);
            Lesson b = other.lessons.get(i);
            if (a == b) continue;
            if (!a.path().equals(b.path()) || !a.body().anchorIds().equals(b.body().anchorIds())) return false;
        }
        return true;
    }
}
