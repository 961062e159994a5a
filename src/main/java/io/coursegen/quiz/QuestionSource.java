package io.coursegen.quiz;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.YamlMap;
import io.coursegen.model.AnswerSet;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Map;

/**
 * What a {@link QuestionKind} reads one question from: its mapping in the quiz file (whose keys the
 * loader has already held to the kind's {@link QuestionKind#keys()}), the fields every question has,
 * already read, and what the rest of the course offers (answer sets, and which of them did not load).
 */
public final class QuestionSource {
    private final YamlMap yaml;
    private final String id;
    private final String prompt;
    private final String explanation;
    private final io.coursegen.model.Tags tags;
    private final Map<String, AnswerSet> answerSets;
    private final LoadFailures failures;
    private final Runnable brokenAnswerSet;

    /**
     * @param brokenAnswerSet called when the question draws on an answer set that course.yaml declares
     *                        but could not load: the quiz is then left out without an error of its own
     */
    public QuestionSource(YamlMap yaml, String id, String prompt, String explanation, io.coursegen.model.Tags tags,
            Map<String, AnswerSet> answerSets, LoadFailures failures, Runnable brokenAnswerSet) {
        this.yaml = yaml;
        this.id = id;
        this.prompt = prompt;
        this.explanation = explanation;
        this.tags = java.util.Objects.requireNonNull(tags, "tags");
        this.answerSets = answerSets;
        this.failures = failures;
        this.brokenAnswerSet = brokenAnswerSet;
    }

    /** The question's mapping. */
    public YamlMap yaml() {
        return yaml;
    }

    public String id() {
        return id;
    }

    public String prompt() {
        return prompt;
    }

    /** May be null. */
    public String explanation() {
        return explanation;
    }

    public io.coursegen.model.Tags tags() {
        return tags;
    }

    /** Where the question is written. */
    public SourceRef ref() {
        return yaml.ref();
    }

    /** Where problems go. */
    public Diagnostics diagnostics() {
        return yaml.diagnostics();
    }

    /** The course's answer sets by id. */
    public Map<String, AnswerSet> answerSets() {
        return answerSets;
    }

    /** What failed to load elsewhere in the course. */
    public LoadFailures failures() {
        return failures;
    }

    /** Leaves the quiz out silently: the question needs an answer set whose own errors are reported. */
    public void needsBrokenAnswerSet() {
        brokenAnswerSet.run();
    }
}
