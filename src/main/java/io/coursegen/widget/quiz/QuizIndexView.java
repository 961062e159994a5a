package io.coursegen.widget.quiz;

import io.coursegen.render.view.PageFrame;
import java.util.List;

/** The list of every quiz in the course. */
public record QuizIndexView(PageFrame frame, List<Entry> quizzes) {

    /** One quiz in the list. */
    /** One quiz: {@code questions} a learner answers, drawn from {@code pool} when fewer. */
    public record Entry(String title, String href, int questions, int pool, String introHtml) {}
}
