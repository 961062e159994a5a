package io.coursegen.widget.calculator;

import io.coursegen.check.LessonContext;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Course;
import io.coursegen.model.ItemKind;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.cost.CostPreset;
import io.coursegen.widget.Widget;
import io.coursegen.widget.WidgetLoading;
import io.coursegen.widget.WidgetSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The cost calculator: presets in {@code content/widgets/cost-presets.yaml}, embedded with
 * {@code {{calculator preset-id}}} (the calculator opened on that preset), computed in the browser by
 * {@code cost-model.js} with the rules of {@link io.coursegen.cost.CostModel}, and as a precomputed
 * table without JavaScript.
 */
public final class CalculatorWidget implements Widget<CostPreset> {
    /** The cost presets, in file order. */
    public static final ItemKind<CostPreset> ITEMS = new ItemKind<>("calculator", CostPreset.class, CostPreset::id);

    @Override
    public ItemKind<CostPreset> items() {
        return ITEMS;
    }

    @Override
    public List<CostPreset> load(WidgetLoading loading) {
        Path file = loading.root().resolve(CostPresetParser.PATH);
        if (!Files.isRegularFile(file)) return List.of();
        CostPresetParser.Presets presets = CostPresetParser.read(file, CostPresetParser.PATH, loading.diagnostics());
        presets.failedIds().forEach(id -> loading.failed(ITEMS, id));
        if (presets.unreadable()) loading.failedWhole(ITEMS);
        return presets.loaded();
    }

    @Override
    public List<String> sources() {
        return List.of(CostPresetParser.PATH);
    }

    /** Each preset was checked as it was read; nothing spans them. */
    @Override
    public void check(Course course, LessonContext context, Diagnostics diagnostics) {}

    @Override
    public void checkLesson(Lesson lesson, List<MarkdownDoc.Embed> embeds, LessonContext context, Diagnostics diagnostics) {
        CalculatorChecker.check(embeds, context, diagnostics);
    }

    @Override
    public String embed(String id, Lesson lesson, WidgetSite site) {
        if (site.course().item(ITEMS, id).isEmpty()) throw new IllegalStateException("unknown cost preset " + id + " passed the checks");
        return site.render("widgets/calculator/calculator.jte", CalculatorViews.of(site.course(), id));
    }

    @Override
    public List<String> embedTemplates() {
        return List.of("widgets/calculator/calculator.jte");
    }

    @Override
    public List<String> scripts() {
        return List.of("cost-model.js", "calculator.js");
    }

    @Override
    public List<String> assets() {
        return scripts();
    }
}
