package io.coursegen.tree;

import java.util.Objects;

/**
 * One step of a walk through a decision tree: the answer a learner picked at a question, named by its
 * position or by its label.
 */
public sealed interface Choice permits Choice.Index, Choice.Label {

    /** The answer at {@code index}, counting from 0 in the order the answers are written. */
    static Choice index(int index) {
        return new Index(index);
    }

    /** The answer whose label is exactly {@code label} (the first, should two share it). */
    static Choice label(String label) {
        return new Label(label);
    }

    /** An answer by position, from 0. */
    record Index(int index) implements Choice {
        @Override
        public String toString() {
            return String.valueOf(index);
        }
    }

    /** An answer by its exact label. */
    record Label(String label) implements Choice {
        public Label {
            Objects.requireNonNull(label, "label");
        }

        @Override
        public String toString() {
            return "`" + label + "`";
        }
    }
}
