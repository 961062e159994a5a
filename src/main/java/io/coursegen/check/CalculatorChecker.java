package io.coursegen.check;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CostPresetParser;
import io.coursegen.load.Suggest;
import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.cost.CostPreset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the lessons that embed the cost calculator: every {@code {{calculator id}}} names a preset
 * of {@code content/widgets/cost-presets.yaml}, and a page shows at most one calculator (its fields
 * have fixed ids and its state lives in the page's URL).
 */
public final class CalculatorChecker {
    private CalculatorChecker() {}

    public static void check(Course course, Path projectRoot, Diagnostics diagnostics) {
        List<String> known = course.costPresets().stream().map(CostPreset::id).toList();
        String file = presetsText(projectRoot);
        course.lessons().forEach(lesson -> checkLesson(lesson, known, file, diagnostics));
    }

    private static void checkLesson(Lesson lesson, List<String> known, String file, Diagnostics diagnostics) {
        List<MarkdownDoc.Embed> embeds = lesson.body().embeds().stream().filter(e -> e.kind().equals("calculator")).toList();
        for (int i = 0; i < embeds.size(); i++) {
            MarkdownDoc.Embed e = embeds.get(i);
            if (i > 0) {
                diagnostics.error(e.ref(), "a lesson can show the cost calculator once; it is already shown on line "
                        + embeds.get(0).ref().line() + " (its preset selector offers every preset)");
            } else if (!known.contains(e.id()) && !writtenIn(file, e.id())) {
                diagnostics.error(e.ref(), "unknown cost preset `" + e.id() + "`" + (known.isEmpty()
                        ? "; there are no presets in " + CostPresetParser.PATH
                        : " (known: " + String.join(", ", known) + ")" + Suggest.didYouMean(e.id(), known)));
            }
        }
    }

    /**
     * Whether the presets file has an entry {@code id: <id>} although no preset of that id loaded: a
     * preset with errors is left out, and the lessons embedding it must not get an "unknown preset"
     * error on top of the preset's own errors.
     */
    private static boolean writtenIn(String file, String id) {
        return Pattern.compile("(?m)^\\s*(-\\s+)?id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*$").matcher(file).find();
    }

    private static String presetsText(Path projectRoot) {
        try {
            Path f = projectRoot.resolve(CostPresetParser.PATH);
            return Files.isRegularFile(f) ? Files.readString(f) : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
