package io.coursegen.i18n;

import java.util.Locale;
import java.util.Set;

/**
 * Which way a language's text runs, from its BCP 47 tag: right to left for the languages written in
 * Arabic, Hebrew, Syriac, Thaana, N'Ko or Adlam script (Arabic, Hebrew, Persian, Urdu and the others
 * below), left to right for every other. A script subtag decides when there is one, so {@code az-Arab}
 * is right to left and {@code ku-Latn} left to right.
 */
public enum TextDirection {
    LTR,
    RTL;

    /** Languages whose default script runs right to left. */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur",
            "yi");
    /** ISO 15924 scripts that run right to left. */
    private static final Set<String> RTL_SCRIPTS = Set.of("adlm", "arab", "hebr", "nkoo", "rohg", "syrc", "thaa");

    /** The direction of text in the language {@code tag} (such as {@code ar}, {@code he-IL} or {@code pa-Arab}). */
    public static TextDirection of(String tag) {
        String[] parts = tag.toLowerCase(Locale.ROOT).replace('_', '-').split("-");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() == 4 && parts[i].chars().allMatch(Character::isLetter)) return RTL_SCRIPTS.contains(parts[i]) ? RTL : LTR;
        }
        return RTL_LANGUAGES.contains(parts[0]) ? RTL : LTR;
    }

    /**
     * The value of the {@code dir} attribute a page in this direction carries on {@code <html>}: {@code rtl}, or
     * null for left to right, which is the default and is left unwritten.
     */
    public String attribute() {
        return this == RTL ? "rtl" : null;
    }
}
