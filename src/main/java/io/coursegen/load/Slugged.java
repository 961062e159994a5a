package io.coursegen.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module folder or lesson file name of the form {@code NN-slug}: the number sets the order, the rest
 * is the slug used in URLs. Slugs are lower-case words joined by hyphens, so URLs need no escaping.
 * The number is optional where the loader reads names ({@link #of}): {@code setup} sorts after every
 * numbered name, by name.
 */
public record Slugged(int order, String slug) {
    private static final Pattern NAME = Pattern.compile("(\\d{1,4})-([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** The order of a name without a number: after all numbered ones. */
    public static final int UNNUMBERED = io.coursegen.model.CourseModule.UNNUMBERED;

    /** Parses {@code name} (without extension); empty if it is not {@code NN-slug}. */
    public static Optional<Slugged> parse(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Optional.of(new Slugged(Integer.parseInt(m.group(1)), m.group(2))) : Optional.empty();
    }

    /** Parses {@code NN-slug} or a bare {@code slug}; empty if it is neither. */
    public static Optional<Slugged> of(String name) {
        Optional<Slugged> numbered = parse(name);
        if (numbered.isPresent()) return numbered;
        return SLUG.matcher(name).matches() ? Optional.of(new Slugged(UNNUMBERED, name)) : Optional.empty();
    }

    /** Whether the name had a number. */
    public boolean numbered() {
        return order != UNNUMBERED;
    }
}
