package io.coursegen.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The items an author wrote that the loader could not turn into a model, by kind: a lesson whose front
 * matter has a bad key, a quiz file with an error, a cost preset left out for a bad value. Such an item
 * is missing from {@link Course}, yet it is not unknown: its own file already has an error saying why.
 * Checkers ask {@link #failed} before reporting a reference as dangling, so one mistake gives one
 * error instead of one more for every tree, quiz, exercise and link that points at the item.
 *
 * @param items      per kind, the ids (lesson paths from the project root, other items by id or slug) of
 *                   items written on disk that did not load
 * @param wholeKinds kinds whose every item is excused, because the one file that lists them (such as
 *                   {@code cost-presets.yaml}) could not be read at all, so which ids it holds is not known
 */
public record LoadFailures(Map<Kind, SortedSet<String>> items, Set<Kind> wholeKinds) {

    /**
     * What can be referenced from another file, and so can leave a dangling reference when it fails:
     * lessons, glossary terms, the sources and answer sets that {@code course.yaml} declares, and each
     * widget's items (a widget's kind is {@link ItemKind#failures()}, so a new widget adds none here).
     *
     * @param name the kind's name, such as {@code lesson} or a widget's {@code quiz}
     */
    public record Kind(String name) implements Comparable<Kind> {
        public static final Kind LESSON = new Kind("lesson");
        public static final Kind GLOSSARY_TERM = new Kind("glossary-term");
        public static final Kind SOURCE = new Kind("source");
        public static final Kind ANSWER_SET = new Kind("answer-set");

        @Override
        public int compareTo(Kind other) {
            return name.compareTo(other.name);
        }
    }

    public LoadFailures {
        Map<Kind, SortedSet<String>> copy = new TreeMap<>();
        items.forEach((kind, ids) -> copy.put(kind, Collections.unmodifiableSortedSet(new TreeSet<>(ids))));
        items = Collections.unmodifiableMap(copy);
        wholeKinds = wholeKinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(wholeKinds));
    }

    /** Nothing failed. */
    public static LoadFailures none() {
        return new LoadFailures(Map.of(), Set.of());
    }

    /** Whether {@code id} of this kind was written but did not load (and so has its own errors). */
    public boolean failed(Kind kind, String id) {
        return wholeKinds.contains(kind) || items.getOrDefault(kind, Collections.emptySortedSet()).contains(id);
    }

    /** The ids of this kind that did not load, sorted. */
    public SortedSet<String> of(Kind kind) {
        return items.getOrDefault(kind, Collections.emptySortedSet());
    }

    /** Whether any item of this kind failed. */
    public boolean any(Kind kind) {
        return wholeKinds.contains(kind) || !of(kind).isEmpty();
    }

    /** Whether nothing failed. */
    public boolean isEmpty() {
        return wholeKinds.isEmpty() && items.values().stream().allMatch(Set::isEmpty);
    }

    /**
     * These failures with {@code id} of {@code kind} marked as failed or not, for {@code serve}, which
     * re-reads single files: a lesson fixed since the last load must no longer excuse links to it.
     */
    public LoadFailures with(Kind kind, String id, boolean failed) {
        Map<Kind, SortedSet<String>> copy = new TreeMap<>();
        copy.putAll(items);
        SortedSet<String> ids = new TreeSet<>(of(kind));
        if (failed) ids.add(id);
        else ids.remove(id);
        copy.put(kind, ids);
        return new LoadFailures(copy, wholeKinds);
    }

    /** These failures with those of {@code kind} replaced by {@code fresh}'s (after its items were read again). */
    public LoadFailures replacing(Kind kind, LoadFailures fresh) {
        Map<Kind, SortedSet<String>> copy = new TreeMap<>(items);
        copy.put(kind, new TreeSet<>(fresh.of(kind)));
        Set<Kind> whole = new TreeSet<>(wholeKinds);
        if (fresh.wholeKinds.contains(kind)) whole.add(kind);
        else whole.remove(kind);
        return new LoadFailures(copy, whole);
    }

    /** Collects failures while a course loads. Not thread-safe: the loader adds to it from one thread. */
    public static final class Builder {
        private final Map<Kind, SortedSet<String>> items = new TreeMap<>();
        private final Set<Kind> wholeKinds = new TreeSet<>();

        /** Marks every id in {@code written} that is not in {@code loaded} as failed. */
        public Builder missing(Kind kind, Collection<String> written, Collection<String> loaded) {
            Set<String> ok = Set.copyOf(loaded);
            written.stream().filter(id -> !ok.contains(id)).forEach(id -> add(kind, id));
            return this;
        }

        public Builder add(Kind kind, String id) {
            items.computeIfAbsent(kind, k -> new TreeSet<>()).add(id);
            return this;
        }

        /** Every item of {@code kind} is excused: the file listing them could not be read. */
        public Builder whole(Kind kind) {
            wholeKinds.add(kind);
            return this;
        }

        public LoadFailures build() {
            return new LoadFailures(items, wholeKinds);
        }
    }
}
