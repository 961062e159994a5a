package io.coursegen.exercise;

import java.util.List;

/**
 * Whether a learner's pick is one of a scenario's accepted answers.
 *
 * @param status   {@code none} (nothing picked), {@code unknown} (not one of the choices),
 *                 {@code accepted}, {@code not-accepted}, or {@code ungraded} when the page carries no
 *                 accepted answers (a site built with {@code --no-solutions})
 * @param accepted the accepted choice ids, in written order (empty when ungraded)
 */
public record ChoiceMatch(String status, List<String> accepted) {
    public static final String NONE = "none";
    public static final String UNKNOWN = "unknown";
    public static final String ACCEPTED = "accepted";
    public static final String NOT_ACCEPTED = "not-accepted";
    public static final String UNGRADED = "ungraded";

    public ChoiceMatch {
        accepted = List.copyOf(accepted);
    }

    /**
     * Matches {@code chosen} (null or empty for no pick) against {@code accepted}, among
     * {@code choices}. An unknown pick is never accepted, even if the accepted list names it.
     */
    public static ChoiceMatch of(List<String> choices, List<String> accepted, String chosen) {
        if (chosen == null || chosen.isEmpty()) return new ChoiceMatch(NONE, accepted);
        if (!choices.contains(chosen)) return new ChoiceMatch(UNKNOWN, accepted);
        if (accepted.isEmpty()) return new ChoiceMatch(UNGRADED, accepted);
        return new ChoiceMatch(accepted.contains(chosen) ? ACCEPTED : NOT_ACCEPTED, accepted);
    }
}
