package io.coursegen.render.view;

import java.util.List;

/**
 * The home page: the course's description and its modules with their lessons, then its standalone pages.
 *
 * @param printHref the course's print view
 * @param pages the standalone pages (a SETUP.md, a RESOURCES.md), outside the reading order
 */
public record HomeView(PageFrame frame, String description, List<ModuleCard> modules, String printHref, List<LessonCard> pages) {

    /**
     * A module on the home page; {@code number} is -1 for a module whose folder has no number, and
     * {@code lessons} are its first ones when it has more than the page lists ({@code total}).
     */
    public record ModuleCard(int number, String title, String summary, String href, List<LessonCard> lessons, int total) {}

    /** A lesson as listed on the home and module pages. */
    public record LessonCard(String title, String summary, String href) {}
}
