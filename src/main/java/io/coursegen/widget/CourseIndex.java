package io.coursegen.widget;

import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the course's lessons show of each widget, built once per render: the one place that answers
 * "which lessons show item X" (for "used in" lists and for which pages an edit touches).
 */
public final class CourseIndex {
    /** By widget kind, then item id: the lessons showing it, in reading order. */
    private final Map<String, Map<String, List<Lesson>>> shownBy = new HashMap<>();

    private CourseIndex() {}

    /** The index of {@code course}. */
    public static CourseIndex of(Course course) {
        CourseIndex index = new CourseIndex();
        List<Lesson> lessons = course.lessons().toList();
        for (Widget<?> widget : Widgets.ALL) {
            Map<String, List<Lesson>> byId = new HashMap<>();
            for (Lesson l : lessons) {
                for (String id : widget.shownIn(l)) byId.computeIfAbsent(id, k -> new ArrayList<>()).add(l);
            }
            index.shownBy.put(widget.kind(), byId);
        }
        return index;
    }

    /** The lessons whose pages show item {@code id} of {@code widget}, in reading order. */
    public List<Lesson> lessonsShowing(Widget<?> widget, String id) {
        return List.copyOf(shownBy.getOrDefault(widget.kind(), Map.of()).getOrDefault(id, List.of()));
    }
}
