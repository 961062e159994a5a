package io.coursegen.render.view;

import java.util.List;

/**
 * The home page: the course's description and its modules with their lessons.
 *
 * @param printHref the course's print view
 */
public record HomeView(PageFrame frame, String description, List<ModuleCard> modules, String printHref) {

    /** A module as listed on the home page. */
    public record ModuleCard(int number, String title, String summary, String href, List<LessonCard> lessons) {}

    /** A lesson as listed on the home and module pages. */
    public record LessonCard(String title, String summary, String href) {}
}
