package io.coursegen.render.view;

import java.util.List;

/**
 * A module page: its summary and its lessons in order. A large module's index is split into pages
 * ({@code parts}, empty for a module on one page), each listing some of its lessons.
 *
 * @param printHref the module's print view
 */
public record ModuleView(
        PageFrame frame, int number, String title, String summary, List<HomeView.LessonCard> lessons,
        PageFrame.NavLink prev, PageFrame.NavLink next, List<PartLink> parts, String printHref) {
    /** A link to one page of a module's index: the lesson numbers it lists, and whether it is this page. */
    public record PartLink(String label, String href, boolean current) {}
}
