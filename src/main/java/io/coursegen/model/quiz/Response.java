package io.coursegen.model.quiz;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A learner's answer to one question. Each question type expects one kind of response; any other
 * kind scores 0.
 */
public sealed interface Response {

    /**
     * The options picked in a choice question, as a set: picking an option twice is picking it once.
     * Iteration follows the order given, so messages and JSON are stable.
     */
    record Choice(Set<String> optionIds) implements Response {
        public Choice {
            optionIds.forEach(id -> Objects.requireNonNull(id, "option id"));
            optionIds = Collections.unmodifiableSet(new LinkedHashSet<>(optionIds));
        }
    }

    /**
     * The item ids of an ordering question, first to last, as given: duplicates and unknown ids are
     * kept, so that a response that is not a permutation of the items can be graded (as 0).
     */
    record Order(List<String> itemIds) implements Response {
        public Order {
            itemIds = List.copyOf(itemIds);
        }
    }

    /** The number entered in a numeric question; null when the field was left empty. */
    record NumberAnswer(Double value) implements Response {}

    /** The text typed in a short-answer question, as typed; null counts as empty. */
    record TextAnswer(String text) implements Response {}

    /**
     * Answers to the parts of a question, by part id, as given: the text typed into each blank of a
     * cloze, or the right-hand item picked for each left-hand item of a matching question. A part left
     * out is unanswered; iteration follows the order given.
     */
    record Parts(Map<String, String> parts) implements Response {
        public Parts {
            parts.forEach((k, v) -> {
                Objects.requireNonNull(k, "part id");
                Objects.requireNonNull(v, "answer");
            });
            parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        }
    }

    /** A choice of these option ids. */
    static Choice choice(String... optionIds) {
        return new Choice(new LinkedHashSet<>(Arrays.asList(optionIds)));
    }

    /** These item ids in this order. */
    static Order order(String... itemIds) {
        return new Order(List.of(itemIds));
    }

    /** This number, or an empty field for null. */
    static NumberAnswer number(Double value) {
        return new NumberAnswer(value);
    }

    /** This text. */
    static TextAnswer text(String text) {
        return new TextAnswer(text);
    }
}
