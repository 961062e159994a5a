package io.coursegen.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the known name closest to a misspelled one, for "did you mean" hints and lists of known names. */
public final class Suggest {
    /** Most names a "(known: ...)" list shows, so that a message stays one readable line. */
    public static final int KNOWN_SHOWN = 5;

    private Suggest() {}

    /**
     * {@code " (known: a, b, c)"}: the names {@code name} could have meant. Up to {@link #KNOWN_SHOWN}
     * are listed in the order given; of more, the {@value #KNOWN_SHOWN} closest to {@code name}
     * (fewest edits, then alphabetical) and {@code "and N more"}, since a course can have hundreds of
     * lessons and a list of all of them buries the message. Empty if there are none.
     */
    public static String known(String name, Collection<String> known) {
        return listed("known", name, known);
    }

    /** Like {@link #known}, with another word before the names: {@code " (nodes: a, b)"}. */
    public static String listed(String label, String name, Collection<String> known) {
        List<String> all = known.stream().distinct().toList();
        if (all.isEmpty()) return "";
        if (all.size() <= KNOWN_SHOWN) return " (" + label + ": " + String.join(", ", all) + ")";
        List<String> nearest = all.stream()
                .sorted(Comparator.<String>comparingInt(k -> distance(name, k)).thenComparing(Comparator.naturalOrder()))
                .limit(KNOWN_SHOWN).toList();
        return " (" + label + ": " + String.join(", ", nearest) + " and " + (all.size() - nearest.size()) + " more)";
    }

    /**
     * {@code "; did you mean `x`?"} when a known name is within two edits of {@code name}, else empty;
     * a name that would take as many edits as it has characters is not close, whatever its length.
     * Of equally close names the alphabetically first is taken: callers pass hash sets, whose order can
     * change from run to run, and the same course must always print the same messages.
     */
    public static String didYouMean(String name, Collection<String> known) {
        return closest(name, known).map(best -> "; did you mean `" + best + "`?").orElse("");
    }

    /** The known name {@link #didYouMean} would suggest for {@code name}, if any. */
    public static Optional<String> closest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(name, k);
            // As many edits as the longer name has characters means nothing is shared: one-letter
            // option ids are all one edit apart, and `d` is no misspelling of `a`.
            if (d >= Math.max(name.length(), k.length())) continue;
            if (d < bestDistance || d == bestDistance && best != null && k.compareTo(best) < 0) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, case-insensitive. */
    static int distance(String a, String b) {
        a = a.toLowerCase(java.util.Locale.ROOT);
        b = b.toLowerCase(java.util.Locale.ROOT);
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
