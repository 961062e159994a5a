package io.coursegen.check;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CostPresetParser;
import io.coursegen.load.Suggest;
import io.coursegen.model.Lesson;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.MarkdownDoc;
import java.util.List;

/**
 * Checks the lessons that embed the cost calculator: every {@code {{calculator id}}} names a preset
 * of {@code content/widgets/cost-presets.yaml}, and a page shows at most one calculator (its fields
 * have fixed ids and its state lives in the page's URL).
 */
public final class CalculatorChecker {
    private CalculatorChecker() {}

    static void checkLesson(Lesson lesson, LessonContext context, Diagnostics diagnostics) {
        List<String> known = context.presetIds;
        LoadFailures failures = context.failures;
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
