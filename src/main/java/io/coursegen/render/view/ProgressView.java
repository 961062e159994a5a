package io.coursegen.render.view;

import java.util.List;

/**
 * The "My progress" page: per module its lessons and quizzes, then the exercise sets, each with an
 * empty bar that {@code progress-ui.js} fills from the learner's stored progress.
 */
public record ProgressView(PageFrame frame, List<ModuleRow> modules, List<SetRow> sets) {
    /** @param moduleKey the module's part of its lessons' progress keys; the keys are in the progress catalog */
    public record ModuleRow(String title, String href, int lessons, String moduleKey, List<QuizRow> quizzes) {}

    public record QuizRow(String id, String title, String href) {}

    /** @param scenarioIds space-separated scenario ids */
    public record SetRow(String title, String href, int scenarios, String scenarioIds) {}
}
