package io.coursegen.insights;

import java.util.List;
import java.util.Map;

/**
 * The order and titles a report follows: the course's lessons and each quiz's questions as built.
 * Without one ({@link #NONE}), reports sort by id.
 *
 * @param lessons       lesson keys ("module/lesson") in course order, with their titles
 * @param quizQuestions each quiz's question ids in quiz order, quizzes in course order
 */
public record CourseOutline(Map<String, String> lessons, Map<String, List<String>> quizQuestions) {
    /** No course known: everything in id order. */
    public static final CourseOutline NONE = new CourseOutline(Map.of(), Map.of());
}
