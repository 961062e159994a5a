package io.coursegen.exercise;

import java.util.Collection;
import java.util.List;

/**
 * Which rubric points a learner ticked as covered by their justification.
 *
 * @param covered the ticked points, in rubric order; ticks of ids the rubric lacks are ignored and
 *                a point ticked twice counts once
 * @param missing the points not ticked, in rubric order
 */
public record RubricCoverage(List<String> covered, List<String> missing) {
    public RubricCoverage {
        covered = List.copyOf(covered);
        missing = List.copyOf(missing);
    }

    public static RubricCoverage of(List<String> rubric, Collection<String> ticked) {
        List<String> points = rubric.stream().distinct().toList();
        return new RubricCoverage(points.stream().filter(ticked::contains).toList(),
                points.stream().filter(p -> !ticked.contains(p)).toList());
    }

    public int total() {
        return covered.size() + missing.size();
    }

    /** Covered points as a fraction of all, from 0 to 1; 0 for an empty rubric. */
    public double fraction() {
        return total() == 0 ? 0 : (double) covered.size() / total();
    }
}
