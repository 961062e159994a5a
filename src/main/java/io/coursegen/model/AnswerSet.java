package io.coursegen.model;

import java.util.List;

/** A named, ordered set of answers shared by many questions, such as the course's approaches. */
public record AnswerSet(String id, List<Answer> answers, SourceRef ref) {

    /** One answer of a set: a stable id used in quiz files and a label shown to learners. */
    public record Answer(String id, String label, SourceRef ref) {}
}
