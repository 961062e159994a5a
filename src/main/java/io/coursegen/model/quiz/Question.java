package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.List;

/**
 * One question of a quiz. The variants are the question types an author can write; each record has
 * one {@code io.coursegen.quiz.QuestionKind} that reads, checks, grades and shows it. Not sealed: a
 * kind may keep its record in its own class, and {@code QuestionKinds_TotalityTest} finds every record
 * on the class path and fails for one without a registered kind.
 */
public interface Question {

    /** Unique within its quiz; responses and checks refer to the question by it. */
    String id();

    /** The question itself, markdown. */
    String prompt();

    /** Markdown shown after the learner checks an answer, may be null. */
    String explanation();

    /** Topic tags, for filtering and review. */
    io.coursegen.model.Tags tags();

    SourceRef ref();
}
