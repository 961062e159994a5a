package io.coursegen.render.view;

import java.util.List;

/** A module page: its summary and its lessons in order. */
public record ModuleView(
        Chrome chrome, int number, String title, String summary, List<HomeView.LessonCard> lessons,
        Chrome.NavLink prev, Chrome.NavLink next) {}
