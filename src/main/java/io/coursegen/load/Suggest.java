package io.coursegen.load;

import java.util.Collection;

/** Finds the known name closest to a misspelled one, for "did you mean" hints. */
public final class Suggest {
    private Suggest() {}

    /**
     * {@code "; did you mean `x`?"} when a known name is within two edits of {@code name}, else empty;
     * a name that would take as many edits as it has characters is not close, whatever its length.
     * Of equally close names the alphabetically first is taken: callers pass hash sets, whose order can
     * change from run to run, and the same course must always print the same messages.
     */
    public static String didYouMean(String name, Collection<String> known) {
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
        return best == null ? "" : "; did you mean `" + best + "`?";
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
