package io.coursegen.check;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CostPresetParser;
import io.coursegen.load.Suggest;
import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.cost.CostPreset;
import java.util.List;

/**
 * Checks the lessons that embed the cost calculator: every {@code {{calculator id}}} names a preset
 * of {@code content/widgets/cost-presets.yaml}, and a page shows at most one calculator (its fields
 * have fixed ids and its state lives in the page's URL).
 */
public final class CalculatorChecker {
    private CalculatorChecker() {}

    public static void check(Course course, Diagnostics diagnostics) {
        List<String> known = course.costPresets().stream().map(CostPreset::id).toList();
        course.lessons().forEach(lesson -> checkLesson(lesson, known, course.failures(), diagnostics));
    }

    private static void checkLesson(Lesson lesson, List<String> known, LoadFailures failures, Diagnostics diagnostics) {
        List<MarkdownDoc.Embed> embeds = lesson.body().embeds().stream().filter(e -> e.kind().equals("calculator")).toList();
        for (int i = 0; i < embeds.size(); i++) {
            MarkdownDoc.Embed e = embeds.get(i);
            if (i > 0) {
                diagnostics.error(e.ref(), "a lesson can show the cost calculator once; it is already shown on line "
                        + embeds.get(0).ref().line() + " (its preset selector offers every preset)");
            } else if (!known.contains(e.id()) && !failures.failed(LoadFailures.Kind.COST_PRESET, e.id())) {
                diagnostics.error(e.ref(), "unknown cost preset `" + e.id() + "`" + (known.isEmpty()
                        ? "; there are no presets in " + CostPresetParser.PATH
                        : Suggest.known(e.id(), known) + Suggest.didYouMean(e.id(), known)));
            }
        }
    }
}
