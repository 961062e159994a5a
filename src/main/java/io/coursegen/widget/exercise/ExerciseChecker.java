package io.coursegen.widget.exercise;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.check.LessonContext;
import io.coursegen.widget.calculator.CalculatorWidget;
import io.coursegen.widget.tree.TreeWidget;
import io.coursegen.load.Suggest;
import io.coursegen.model.Course;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.LoadFailures.Kind;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.SourceRef;
import io.coursegen.model.exercise.Exercise;
import io.coursegen.model.exercise.ExerciseSet;
import io.coursegen.model.exercise.Link;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks exercises against the rest of the course: scenario ids are unique across every set (saved work
 * is kept under them), the lessons, calculator presets and decision trees a scenario links to exist, and
 * every {@code {{exercise id}}} in a lesson names an exercise set. A target whose file did not load
 * ({@link Course#failures()}) is not reported again here.
 */
public final class ExerciseChecker {
    private ExerciseChecker() {}

    /** Checks the exercise sets: unique scenario ids, and the lessons, presets and trees scenarios link to. */
    static void checkSets(Course course, LessonContext context, Diagnostics diagnostics) {
        Set<String> lessons = context.lessonPathSet();
        List<String> presets = context.ids(CalculatorWidget.ITEMS);
        List<String> trees = context.ids(TreeWidget.ITEMS);
        LoadFailures failed = context.failures();
        Map<String, SourceRef> scenarioIds = new HashMap<>();
        for (ExerciseSet set : course.items(ExerciseWidget.ITEMS)) {
            for (Exercise e : set.scenarios()) {
                SourceRef first = scenarioIds.putIfAbsent(e.id(), e.ref());
                if (first != null) {
                    diagnostics.error(e.ref(), "scenario id `" + e.id() + "` is also used at " + first
                            + "; scenario ids must be unique across all exercise sets, since saved work is kept under them");
                }
                for (Link l : e.lessons()) {
                    if (!lessons.contains(l.target()) && !failed.failed(Kind.LESSON, l.target())) {
                        diagnostics.error(l.ref(), "scenario `" + e.id() + "` links to unknown lesson `" + l.target() + "`"
                                + (lessons.contains("content/" + l.target())
                                        ? "; did you mean `content/" + l.target() + "`? Lessons are named by their path from the project root" : hint(l.target(), lessons.stream().sorted().toList(), "name a lesson by its path from the project root")));
                    }
                }
                if (e.calculator() != null && !presets.contains(e.calculator().target())
                        && !failed.failed(CalculatorWidget.ITEMS.failures(), e.calculator().target())) {
                    diagnostics.error(e.calculator().ref(), "scenario `" + e.id() + "` links to unknown cost preset `"
                            + e.calculator().target() + "`" + hint(e.calculator().target(), presets, "presets live in content/widgets/cost-presets.yaml"));
                }
                if (e.tree() != null && !trees.contains(e.tree().target()) && !failed.failed(TreeWidget.ITEMS.failures(), e.tree().target())) {
                    diagnostics.error(e.tree().ref(), "scenario `" + e.id() + "` links to unknown decision tree `"
                            + e.tree().target() + "`" + hint(e.tree().target(), trees, "trees live in " + TreeWidget.DIR + "/"));
                }
            }
        }
    }

    /** Checks that every {@code {{exercise id}}} of one lesson names an exercise set. */
    static void checkEmbeds(List<MarkdownDoc.Embed> embeds, LessonContext context, Diagnostics diagnostics) {
        List<String> sets = context.ids(ExerciseWidget.ITEMS);
        for (MarkdownDoc.Embed embed : embeds) {
            if (!sets.contains(embed.id()) && !context.failures().failed(ExerciseWidget.ITEMS.failures(), embed.id())) {
                diagnostics.error(embed.ref(), "unknown exercise set `" + embed.id() + "`"
                        + hint(embed.id(), sets, "exercise sets live in " + ExerciseWidget.DIR + "/"));
            }
        }
    }

    /** A "did you mean", else the nearest known names, else where such things live. */
    private static String hint(String name, List<String> known, String where) {
        if (known.isEmpty()) return "; " + where;
        String near = Suggest.didYouMean(name, known);
        return near.isEmpty() ? Suggest.known(name, known) : near;
    }
}
