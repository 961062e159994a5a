package io.coursegen.model;

import java.util.List;

/**
 * A module: a folder {@code NN-slug/} under {@code content/} with a {@code module.yaml} and lessons.
 * (Named CourseModule so it never shadows {@code java.lang.Module}.)
 *
 * @param dir   the folder name, e.g. {@code 01-the-central-question}
 * @param order the NN prefix, which sets the reading order
 * @param slug  the folder name without its prefix; also its folder in the built site
 */
public record CourseModule(
        String dir, int order, String slug, String title, String summary, List<Lesson> lessons, SourceRef ref) {

    /** The order of a module whose folder name has no number: after every numbered one. */
    public static final int UNNUMBERED = Integer.MAX_VALUE;

    /** The number shown for it ("Module 2"), or -1 if its folder has none. */
    public int number() {
        return order == UNNUMBERED ? -1 : order;
    }
}
