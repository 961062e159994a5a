package io.coursegen.render.view;

/** The 404 page. */
public record NotFoundView(PageFrame frame) {}
