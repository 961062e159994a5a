package io.coursegen.widget.calculator;

import io.coursegen.check.LessonContext;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.Suggest;
import io.coursegen.model.MarkdownDoc;
import java.util.List;

/**
 * Checks the lessons that embed the cost calculator: every {@code {{calculator id}}} names a preset
 * of {@code content/widgets/cost-presets.yaml}, and a page shows at most one calculator (its fields
 * have fixed ids and its state lives in the page's URL).
 */
public final class CalculatorChecker {
    private CalculatorChecker() {}

    /** Checks one lesson's {@code {{calculator id}}} embeds, in order. */
    static void check(List<MarkdownDoc.Embed> embeds, LessonContext context, Diagnostics diagnostics) {
        List<String> known = context.ids(CalculatorWidget.ITEMS);
        for (int i = 0; i < embeds.size(); i++) {
            MarkdownDoc.Embed e = embeds.get(i);
            if (i > 0) {
                diagnostics.error(e.ref(), "a lesson can show the cost calculator once; it is already shown on line "
                        + embeds.get(0).ref().line() + " (its preset selector offers every preset)");
            } else if (!known.contains(e.id()) && !context.failures().failed(CalculatorWidget.ITEMS.failures(), e.id())) {
                diagnostics.error(e.ref(), "unknown cost preset `" + e.id() + "`" + (known.isEmpty()
                        ? "; there are no presets in " + CostPresetParser.PATH
                        : Suggest.known(e.id(), known) + Suggest.didYouMean(e.id(), known)));
            }
        }
    }
}
