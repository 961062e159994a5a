package io.coursegen.model.exercise;

import io.coursegen.model.SourceRef;

/**
 * A point a good justification covers.
 *
 * @param id          kept in the learner's saved ticks, so reordering the rubric keeps them
 * @param point       the point in one line, plain text, shown as a checkbox label
 * @param explanation markdown: why the point matters; a solution, left out by {@code --no-solutions}
 */
public record RubricPoint(String id, String point, String explanation, SourceRef ref) {}
