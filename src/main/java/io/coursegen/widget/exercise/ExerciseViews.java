package io.coursegen.widget.exercise;

import io.coursegen.render.MarkdownSnippets;
import io.coursegen.render.SitePaths;
import io.coursegen.widget.calculator.CalculatorWidget;
import io.coursegen.widget.tree.TreeWidget;
import io.coursegen.exercise.ExerciseClientJson;
import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import io.coursegen.model.exercise.Exercise;
import io.coursegen.model.exercise.ExerciseSet;
import io.coursegen.model.exercise.Link;
import io.coursegen.quiz.QuizClientJson;
import io.coursegen.render.view.PageFrame;
import io.coursegen.widget.exercise.ExerciseSetView.LinkView;
import java.util.List;

/**
 * Turns an exercise set into what its page shows. Without solutions, accepted answers, model answers
 * and rubric explanations are left out here, so no template can show them by mistake.
 */
final class ExerciseViews {
    private ExerciseViews() {}

    /** @param calculatorLesson the first lesson showing the calculator, where scenarios open it; null if none does */
    static ExerciseSetView of(ExerciseSet set, Course course, boolean solutions, PageFrame frame, List<LinkView> usedIn, Lesson calculatorLesson) {
        String page = ExerciseWidget.page(set.id());
        List<ExerciseSetView.ScenarioView> scenarios = new java.util.ArrayList<>();
        int n = 0;
        for (Exercise e : set.scenarios()) scenarios.add(scenario(e, ++n, set.scenarios().size(), course, solutions, page, calculatorLesson));
        return new ExerciseSetView(frame, set.id(), set.title(), MarkdownSnippets.block(set.intro()), scenarios, solutions,
                QuizClientJson.toEmbeddedJson(ExerciseClientJson.of(set, solutions)), usedIn);
    }

    private static ExerciseSetView.ScenarioView scenario(Exercise e, int number, int count, Course course, boolean solutions, String page,
            Lesson calculatorLesson) {
        List<ExerciseSetView.ChoiceView> choices = e.choices().stream().map(c -> new ExerciseSetView.ChoiceView(c.id(), c.label())).toList();
        List<ExerciseSetView.AnswerView> answers = !solutions ? List.of() : e.answers().stream()
                .map(a -> new ExerciseSetView.AnswerView(a.choice(), e.labelOf(a.choice()), MarkdownSnippets.block(a.why()))).toList();
        List<ExerciseSetView.RubricView> rubric = e.rubric().stream().map(r -> new ExerciseSetView.RubricView(r.id(), r.point(),
                solutions ? MarkdownSnippets.block(r.explanation()) : "")).toList();
        List<String> hints = e.hints().stream().map(MarkdownSnippets::block).toList();
        LinkView calculator = e.calculator() == null ? null : calculatorLink(e.calculator(), course, page, calculatorLesson);
        LinkView tree = e.tree() == null ? null : course.item(TreeWidget.ITEMS, e.tree().target())
                .map(t -> new LinkView(t.title(), SitePaths.relative(page, TreeWidget.pathsPage(t.id())))).orElse(null);
        List<LinkView> lessons = e.lessons().stream().flatMap(l -> course.lessons().filter(x -> x.path().equals(l.target())).findFirst().stream())
                .map(l -> new LinkView(l.title(), SitePaths.relative(page, SitePaths.lessonPage(l)))).toList();
        return new ExerciseSetView.ScenarioView(e.id(), number, count, e.title(), MarkdownSnippets.block(e.scenario()), e.reveal().key(),
                choices, answers, rubric, solutions ? MarkdownSnippets.block(e.modelAnswer()) : "", hints, calculator, tree, lessons);
    }

    /** The first lesson showing the calculator, opened on the preset; the preset's title alone if no lesson shows it. */
    private static LinkView calculatorLink(Link preset, Course course, String page, Lesson lesson) {
        String title = course.item(CalculatorWidget.ITEMS, preset.target()).map(p -> p.title()).orElse(preset.target());
        return new LinkView(title, lesson == null ? null : SitePaths.relative(page, SitePaths.lessonPage(lesson)) + "?calc=" + preset.target());
    }
}
