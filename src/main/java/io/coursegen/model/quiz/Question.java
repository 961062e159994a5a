package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.List;

/**
 * One question of a quiz. The variants are the question types an author can write; each is graded by
 * its own rule in {@code io.coursegen.quiz.Grader}.
 */
public sealed interface Question permits ChoiceQuestion, Ordering, Numeric, ShortAnswer {

    /** Unique within its quiz; responses and checks refer to the question by it. */
    String id();

    /** The question itself, markdown. */
    String prompt();

    /** Markdown shown after the learner checks an answer, may be null. */
    String explanation();

    /** Topic tags, for filtering and review. */
    List<String> tags();

    SourceRef ref();
}
