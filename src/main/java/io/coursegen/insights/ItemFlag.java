package io.coursegen.insights;

/**
 * What may be wrong with a question, from its first-try answers: the signals the Rust Book's quiz
 * authors acted on (Crichton and Krishnamurthi, OOPSLA 2024). A question is flagged only once at
 * least {@link #MIN_LEARNERS} learners answered it; fewer say too little.
 */
public enum ItemFlag {
    /** Nearly everyone gets it right at once: it tells learners apart little and may test nothing. */
    TOO_EASY("too easy", "at least 90% right on the first try"),
    /** Few get it right at once: unclear wording, a wrong key, or a topic the lessons do not teach. */
    TOO_HARD("too hard", "at most 25% right on the first try"),
    /** Learners who do well on the rest of the quiz do worse on this one: often a wrong or ambiguous key. */
    NEGATIVE("discriminates negatively", "point-biserial below 0"),
    /** Right and wrong answers hardly follow how learners do on the rest of the quiz. */
    WEAK("discriminates weakly", "point-biserial from 0 to 0.2"),
    /** Answers to different versions of the question are pooled: it was edited between exports. */
    CHANGED("changed between exports", "more than one content version");

    /** Learners a question needs before it is flagged for its difficulty or discrimination. */
    public static final int MIN_LEARNERS = 10;
    static final double EASY = 0.90;
    static final double HARD = 0.25;
    static final double WEAK_BELOW = 0.20;

    private final String label;
    private final String rule;

    ItemFlag(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    /** The flag in words, as reports show it. */
    public String label() {
        return label;
    }

    /** The rule that raises it, for a legend. */
    public String rule() {
        return rule;
    }
}
