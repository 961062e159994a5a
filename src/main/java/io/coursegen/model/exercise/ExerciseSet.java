package io.coursegen.model.exercise;

import io.coursegen.model.SourceRef;
import java.util.List;

/**
 * One file {@code content/exercises/<id>.yaml}: scenarios worked through together on one page.
 *
 * @param id        equals the file name; the page is {@code exercises/<id>.html}
 * @param intro     markdown shown above the scenarios, may be null
 * @param scenarios in the order shown
 * @param tags      its tags, as on lessons: the set is listed on each tag's page
 * @param markdown  every markdown text of the file, parsed
 */
public record ExerciseSet(String id, String title, String intro, List<Exercise> scenarios, SourceRef ref, io.coursegen.model.Tags tags,
        io.coursegen.model.Snippets markdown) implements io.coursegen.model.Snippets.Holder {
    public ExerciseSet {
        scenarios = List.copyOf(scenarios);
        java.util.Objects.requireNonNull(tags, "tags");
    }

    /** A set made in code, its texts unparsed. */
    public ExerciseSet(String id, String title, String intro, List<Exercise> scenarios, SourceRef ref, io.coursegen.model.Tags tags) {
        this(id, title, intro, scenarios, ref, tags, io.coursegen.model.Snippets.none(ref == null ? null : ref.path()));
    }

    /** A set without tags. */
    public ExerciseSet(String id, String title, String intro, List<Exercise> scenarios, SourceRef ref) {
        this(id, title, intro, scenarios, ref, io.coursegen.model.Tags.none());
    }
}
