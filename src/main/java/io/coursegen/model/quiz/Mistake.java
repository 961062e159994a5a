package io.coursegen.model.quiz;

import io.coursegen.model.SourceRef;
import java.util.Objects;

/**
 * A wrong answer the author expects to a numeric or short question, with the feedback a learner who
 * gives it gets: the value you get by forgetting the prompt tokens, the term you give when you mix up
 * two ideas. The first mistake a response matches is the one shown.
 *
 * @param text      for a short question: the anticipated answer, compared as accepted answers are; else null
 * @param number    for a numeric question: the anticipated value, in the question's unit; else null
 * @param tolerance for a numeric question: how far from {@code number} still counts as this mistake, in the
 *                  question's unit (0 for exactly)
 * @param feedback  markdown shown to the learner who gave this answer
 */
public record Mistake(String text, Double number, double tolerance, String feedback, SourceRef ref) {
    public Mistake {
        Objects.requireNonNull(feedback, "feedback");
        if ((text == null) == (number == null)) throw new IllegalArgumentException("a mistake is a text or a number");
    }
}
