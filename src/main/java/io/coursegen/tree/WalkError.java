package io.coursegen.tree;

/** Why a walk through a decision tree stopped short; {@link #key()} is the name the client JSON uses. */
public enum WalkError {
    /** The question has no answer at that position, or none with that label. */
    NO_SUCH_ANSWER("no-such-answer"),
    /** An answer was given after the walk had reached an outcome, which has no answers. */
    AFTER_OUTCOME("after-outcome"),
    /** The start, or an answer's {@code next}, names a node the tree does not have. */
    MISSING_NODE("missing-node");

    private final String key;

    WalkError(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
