package io.coursegen.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.load.MarkdownText;
import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.exercise.Choice;
import io.coursegen.model.exercise.Exercise;
import io.coursegen.model.exercise.ExerciseSet;
import io.coursegen.model.exercise.RubricPoint;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.quiz.QuizClientJson;

/**
 * What the learner's progress refers to, by id with titles, so that {@code progress-ui.js} can write
 * an export people can read (lesson titles, scenario titles, choice labels, rubric points), and the
 * class results page can follow the course's order (lessons, each quiz's questions):
 * <pre>
 * {"solutions": true, "lessons": [{"key": "module/lesson", "title": "..."}], "quizzes": [{"id", "title", "questions": ["id"]}],
 *  "sets": [{"id", "title", "scenarios": [{"id", "title", "text": "the scenario as plain text",
 *    "choices": {"id": "label"}, "accepted": ["id"], "rubric": {"id": "point"}, "hints": 2}]}]}
 * </pre>
 * Of the solutions it holds only the accepted choices' ids, which the exercise pages hold too, so that a
 * hand-in says whether each approach is accepted; built without solutions, {@code accepted} is empty
 * and {@code solutions} false.
 */
final class ProgressCatalog {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProgressCatalog() {}

    /** The progress key of a lesson: its module slug and slug, as in its URL. */
    static String lessonKey(Lesson l) {
        return l.progressKey();
    }

    /** The catalog as a script setting {@code window.coursegenProgressCatalog}, loaded by every page. */
    static String script(Course course, boolean solutions) {
        return "window.coursegenProgressCatalog=" + json(course, solutions) + ";\n";
    }

    static String json(Course course, boolean solutions) {
        ObjectNode root = NODES.objectNode();
        root.put("solutions", solutions);
        ArrayNode lessons = root.putArray("lessons");
        for (CourseModule m : course.modules()) {
            for (Lesson l : m.lessons()) lessons.addObject().put("key", lessonKey(l)).put("title", l.title());
        }
        ArrayNode quizzes = root.putArray("quizzes");
        for (Quiz q : course.items(io.coursegen.widget.quiz.QuizWidget.ITEMS)) {
            ArrayNode questions = quizzes.addObject().put("id", q.id()).put("title", q.title()).putArray("questions");
            q.questions().forEach(question -> questions.add(question.id()));
        }
        ArrayNode sets = root.putArray("sets");
        for (ExerciseSet set : course.items(io.coursegen.widget.exercise.ExerciseWidget.ITEMS)) {
            ObjectNode s = sets.addObject().put("id", set.id()).put("title", set.title());
            ArrayNode scenarios = s.putArray("scenarios");
            for (Exercise e : set.scenarios()) {
                ObjectNode sc = scenarios.addObject().put("id", e.id()).put("title", e.title())
                        .put("text", MarkdownText.plain(e.scenario()));
                ObjectNode choices = sc.putObject("choices");
                for (Choice c : e.choices()) choices.put(c.id(), c.label());
                ArrayNode accepted = sc.putArray("accepted");
                if (solutions) e.answers().forEach(a -> accepted.add(a.choice()));
                ObjectNode rubric = sc.putObject("rubric");
                for (RubricPoint r : e.rubric()) rubric.put(r.id(), r.point());
                sc.put("hints", e.hints().size());
            }
        }
        return QuizClientJson.toEmbeddedJson(root);
    }
}
