package io.coursegen.lms;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.Course;

/**
 * What the SCORM and cmi5 run-times are both told about an {@link LmsPlan}, and how their configuration script is
 * written: the mastery share, the share of lessons that completes, every lesson key in course order and each SCO's
 * (or AU's) title, start page, lessons, counted quizzes with weights and pass marks, and pass quiz.
 */
final class RuntimeConfig {
    private RuntimeConfig() {}

    /** Puts the plan into {@code c}, the units under {@code unitsKey} ({@code scos} or {@code aus}). */
    static void putPlan(ObjectNode c, Course course, LmsPlan plan, String unitsKey) {
        if (plan.mastery().isPresent()) c.put("mastery", plan.mastery().getAsDouble());
        else c.putNull("mastery");
        c.put("lessonsShare", plan.lessonsShare());
        ArrayNode lessons = c.putArray("lessons");
        course.lessons().forEach(l -> lessons.add(l.progressKey()));
        ObjectNode units = c.putObject(unitsKey);
        for (LmsPlan.Sco sco : plan.scos()) {
            ObjectNode s = units.putObject(sco.id());
            s.put("title", sco.title());
            s.put("start", sco.start());
            ArrayNode ls = s.putArray("lessons");
            sco.lessons().forEach(ls::add);
            ArrayNode qs = s.putArray("quizzes");
            for (LmsPlan.Counted q : sco.quizzes()) qs.addObject().put("id", q.id()).put("weight", q.weight()).put("pass", q.pass());
            if (sco.passQuiz().isPresent()) s.putObject("passQuiz").put("id", sco.passQuiz().get().id()).put("pass", sco.passQuiz().get().pass());
            else s.putNull("passQuiz");
        }
    }

    /** {@code // comment} and {@code window.GLOBAL = JSON;}, with {@code <} escaped so no text of the course can end a script. */
    static String script(String comment, String global, ObjectNode c, boolean pretty) {
        try {
            JsonMapper mapper = JsonMapper.builder().build();
            String json = (pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer()).writeValueAsString(c).replace("<", "\\u003c");
            return "// " + comment + "\nwindow." + global + " = " + json + ";\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
