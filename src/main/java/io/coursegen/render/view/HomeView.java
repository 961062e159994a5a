package io.coursegen.render.view;

import java.util.List;

/**
 * The home page: the course's description and its modules with their lessons.
 *
 * @param printHref the course's print view
 */
public record HomeView(PageFrame frame, String description, List<ModuleCard> modules, String printHref) {

    /** A module as listed on the home page. */
    /** A module on the home page; {@code lessons} are its first ones when it has more than the page lists ({@code total}). */
    public record ModuleCard(int number, String title, String summary, String href, List<LessonCard> lessons, int total) {}

    /** A lesson as listed on the home and module pages. */
    public record LessonCard(String title, String summary, String href) {}
}
