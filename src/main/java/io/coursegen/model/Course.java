package io.coursegen.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A whole course as read from {@code content/}: its metadata from {@code course.yaml} and its modules
 * in order.
 *
 * @param sources     the source documents lessons may cite: file name to human title, in file order
 * @param answerSets  named sets of answers (such as the approaches prompting, RAG, fine-tuning) that
 *                    later question types draw their options from
 */
public record Course(
        String title,
        String description,
        String language,
        Map<String, String> sources,
        List<AnswerSet> answerSets,
        List<CourseModule> modules,
        SourceRef ref) {

    /** Every lesson of the course, in reading order. */
    public Stream<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream());
    }
}
