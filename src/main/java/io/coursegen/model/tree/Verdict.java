package io.coursegen.model.tree;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an outcome of a decision tree recommends: one of the course's approaches, or to go back and
 * rethink the task, which is the honest answer when no approach can fix a task nobody has defined.
 */
public enum Verdict {
    PROMPTING("prompting", "Prompting"),
    RAG("rag", "Retrieval-augmented generation (RAG)"),
    FINE_TUNING("fine-tuning", "Fine-tuning"),
    HYBRID("hybrid", "Hybrid"),
    RETHINK("rethink", "Rethink the task");

    private final String key;
    private final String label;

    Verdict(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The word authors write after {@code verdict:} and the client JSON carries. */
    public String key() {
        return key;
    }

    /** The name shown to learners. */
    public String label() {
        return label;
    }

    /** The keys of every verdict, in declaration order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Verdict::key).toList();
    }

    /** The verdict written as {@code key}, if there is one. */
    public static Optional<Verdict> fromKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
