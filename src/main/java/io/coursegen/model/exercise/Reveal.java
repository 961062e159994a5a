package io.coursegen.model.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** When a scenario's model answer is shown to the learner. */
public enum Reveal {
    /** Right after the learner submits a choice and justification. */
    AFTER_SUBMIT("after-submit"),
    /** Only once the learner has ticked the rubric points their justification covers. */
    AFTER_SELF_CHECK("after-self-check");

    private final String key;

    Reveal(String key) {
        this.key = key;
    }

    /** The word written in exercise files and in the page's data. */
    public String key() {
        return key;
    }

    public static Optional<Reveal> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Reveal::key).toList();
    }
}
