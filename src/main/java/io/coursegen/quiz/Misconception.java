package io.coursegen.quiz;

import java.util.List;

/**
 * A misconception revealed by an attempt: the tag of wrong options the learner picked, and the ids
 * of the questions where they did, in quiz order, each once.
 */
public record Misconception(String tag, List<String> questionIds) {

    public Misconception {
        questionIds = List.copyOf(questionIds);
    }
}
