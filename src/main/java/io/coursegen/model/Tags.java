package io.coursegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An item's tags as written, each with the place it is written, so that a rule about tags (two
 * spellings that would share one tag page, a tag with no letter or digit) is reported at the tag
 * itself. Pages, search and the tag index read only {@link #names()}. Immutable.
 */
public final class Tags {
    private static final Tags NONE = new Tags(List.of());

    private final List<Tag> all;
    private final List<String> names;

    private Tags(List<Tag> all) {
        this.all = List.copyOf(all);
        List<String> n = new ArrayList<>(all.size());
        for (Tag t : this.all) n.add(t.name());
        this.names = List.copyOf(n);
    }

    /** One tag as written, and where. */
    public record Tag(String name, SourceRef ref) {
        public Tag {
            Objects.requireNonNull(name, "name");
        }
    }

    /** No tags. */
    public static Tags none() {
        return NONE;
    }

    /** Tags read from a file, each with its position. */
    public static Tags of(List<Tag> tags) {
        return tags.isEmpty() ? NONE : new Tags(tags);
    }

    /** Tags with no known position, for items made in code (tests, generated items). */
    public static Tags named(String... names) {
        return named(List.of(names));
    }

    /** As {@link #named(String...)}. */
    public static Tags named(List<String> names) {
        List<Tag> all = new ArrayList<>(names.size());
        for (String n : names) all.add(new Tag(n, null));
        return of(all);
    }

    /** The tags as written, in order. */
    public List<String> names() {
        return names;
    }

    /** The tags with their positions, in order. */
    public List<Tag> all() {
        return all;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Equal when the same tags are written at the same places: a moved tag is a changed item, as a moved question is. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Tags other && all.equals(other.all);
    }

    @Override
    public int hashCode() {
        return all.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Tags[");
        for (int i = 0; i < all.size(); i++) {
            Tag t = all.get(i);
            out.append(i == 0 ? "" : ", ").append(t.name());
            if (t.ref() != null) out.append(" at ").append(t.ref());
        }
        return out.append(']').toString();
    }
}
