package io.coursegen.model.tree;

import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * Where a walk through a decision tree ends: the approach it recommends and the lessons to read next.
 *
 * @param title       a short headline for the recommendation
 * @param explanation markdown that says why, may be null
 * @param lessons     lesson files, by their path from the project root
 */
public record OutcomeNode(
        String id,
        Verdict verdict,
        String title,
        String explanation,
        List<LessonLink> lessons,
        SourceRef ref) implements TreeNode {

    /** The kind name of outcome nodes. */
    public static final String KIND = "outcome";

    public OutcomeNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
        lessons = List.copyOf(lessons);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** A lesson an outcome points to, such as {@code content/01-intro/02-costs.md}, where it is written. */
    public record LessonLink(String path, SourceRef ref) {
        public LessonLink {
            Objects.requireNonNull(path, "path");
        }
    }
}
