package io.coursegen.widget.quiz;

import io.coursegen.render.view.PageFrame;
import java.util.List;

/**
 * A quiz's own page, and the quizzes index page.
 *
 * @param questions renders each question's kind partial inside the quiz
 */
public record QuizPageView(PageFrame frame, QuizView quiz, QuestionParts questions, List<LessonLink> usedIn) {

    /** A lesson that embeds the quiz. */
    public record LessonLink(String title, String href) {}
}
