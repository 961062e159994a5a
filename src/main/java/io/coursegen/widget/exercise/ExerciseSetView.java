package io.coursegen.widget.exercise;

import io.coursegen.render.view.PageFrame;
import java.util.List;

/**
 * An exercise set's page: its scenarios with the learner's controls, and what the build may show of
 * the solutions.
 *
 * @param solutions false for a site built with {@code --no-solutions}: no accepted answers, model
 *                  answers or rubric explanations anywhere in the page
 * @param dataJson  the answer-logic data for {@code exercises.js} (ids only, see ExerciseClientJson)
 */
public record ExerciseSetView(PageFrame frame, String id, String title, String introHtml, List<ScenarioView> scenarios,
        boolean solutions, String dataJson, List<LinkView> usedIn) {

    /** One scenario. Element ids on the page are {@code ex-<id>-...}; scenario ids are unique and plain. */
    public record ScenarioView(String id, int number, int count, String title, String scenarioHtml, String reveal,
            List<ChoiceView> choices, List<AnswerView> answers, List<RubricView> rubric, String modelAnswerHtml,
            List<String> hintsHtml, LinkView calculator, LinkView tree, List<LinkView> lessons) {}

    public record ChoiceView(String id, String label) {}

    /** An accepted answer with why (markdown rendered). */
    public record AnswerView(String choice, String label, String whyHtml) {}

    /** A rubric point; {@code explanationHtml} is empty without solutions. */
    public record RubricView(String id, String point, String explanationHtml) {}

    /** A link shown on the page; {@code href} null for plain text. */
    public record LinkView(String title, String href) {}
}
