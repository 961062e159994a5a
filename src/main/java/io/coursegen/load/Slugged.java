package io.coursegen.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module folder or lesson file name of the form {@code NN-slug}: the number sets the order, the rest
 * is the slug used in URLs. Slugs are lower-case words joined by hyphens, so URLs need no escaping.
 */
public record Slugged(int order, String slug) {
    private static final Pattern NAME = Pattern.compile("(\\d{1,4})-([a-z0-9]+(?:-[a-z0-9]+)*)");

    /** Parses {@code name} (without extension); empty if it is not {@code NN-slug}. */
    public static Optional<Slugged> parse(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Optional.of(new Slugged(Integer.parseInt(m.group(1)), m.group(2))) : Optional.empty();
    }
}
