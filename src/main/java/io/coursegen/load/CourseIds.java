package io.coursegen.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The course id: what names a course in the learner's browser storage ({@code coursegen:<id>:v1}) and
 * in the file names of exported answers, so two courses served from one origin never share progress.
 * It is {@code id:} in {@code course.yaml} when given, else derived from the title by {@link #fromTitle}.
 */
public final class CourseIds {
    /** The longest explicit id, in characters. */
    public static final int MAX_LENGTH = 64;

    /** What an explicit id may be: lower-case ASCII letters and digits joined by single hyphens. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The longest readable part of a derived id, in characters. */
    private static final int PREFIX_LENGTH = 40;

    /** How many hex digits of the title's hash a derived id ends with (48 bits). */
    private static final int HASH_DIGITS = 12;

    private CourseIds() {}

    /** Why {@code id} cannot be a course id, or empty if it can. */
    public static Optional<String> problem(String id) {
        if (!SLUG.matcher(id).matches()) {
            return Optional.of("invalid `id` `" + id + "`: expected lower-case letters a-z and digits 0-9 joined by single"
                    + " hyphens, such as `fine-tune-or-prompt`");
        }
        if (id.length() > MAX_LENGTH) {
            return Optional.of("`id` is " + id.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
        }
        return Optional.empty();
    }

    /**
     * The id of a course whose {@code course.yaml} gives none. From the title in Unicode NFC: its ASCII
     * letters and digits in lower case joined by hyphens (at most 40 characters; {@code course} if there
     * are none), a hyphen, and the first 12 hex digits of the SHA-256 of its UTF-8 bytes. The readable part
     * names export files; the hash keeps titles that share it apart ("日本語のコース" and "한국어 코스"
     * both read {@code course}, "Über Kurs" and "ber Kurs" both {@code ber-kurs}).
     */
    public static String fromTitle(String title) {
        String nfc = Normalizer.normalize(title, Normalizer.Form.NFC);
        String slug = nfc.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > PREFIX_LENGTH) slug = slug.substring(0, PREFIX_LENGTH).replaceAll("-$", "");
        if (slug.isEmpty()) slug = "course";
        return slug + "-" + sha256Hex(nfc).substring(0, HASH_DIGITS);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
