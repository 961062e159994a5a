package io.coursegen.render.view;

import java.util.List;

/**
 * A module page: its summary and its lessons in order.
 *
 * @param printHref the module's print view
 */
public record ModuleView(
        PageFrame frame, int number, String title, String summary, List<HomeView.LessonCard> lessons,
        PageFrame.NavLink prev, PageFrame.NavLink next, String printHref) {}
