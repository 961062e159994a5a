package io.coursegen.render.view;

import java.util.List;

/** A quiz's own page, and the quizzes index page. */
public record QuizPageView(PageFrame frame, QuizView quiz, List<LessonLink> usedIn) {

    /** A lesson that embeds the quiz. */
    public record LessonLink(String title, String href) {}
}
