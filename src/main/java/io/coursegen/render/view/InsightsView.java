package io.coursegen.render.view;

/**
 * The class results page, {@code insights.html}: a file field for learners' exports; the tables are
 * made in the browser by {@code insights.js} from the files chosen.
 */
public record InsightsView(PageFrame frame) {}
