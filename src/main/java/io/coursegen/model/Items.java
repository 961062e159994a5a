package io.coursegen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The items of a course's widgets, by {@link ItemKind}: one container instead of a field per widget,
 * so a new widget needs no change to {@link Course}. Each list keeps the order its widget loaded it in
 * (sorted by id for folders of one file per item, file order for a list in one file).
 */
public final class Items {
    private static final Items EMPTY = new Items(Map.of());

    private final Map<ItemKind<?>, List<?>> lists;

    private Items(Map<ItemKind<?>, List<?>> lists) {
        this.lists = lists;
    }

    /** No items of any kind. */
    public static Items empty() {
        return EMPTY;
    }

    /** The items of {@code kind}, in their widget's order; empty if there are none. */
    @SuppressWarnings("unchecked")
    public <T> List<T> of(ItemKind<T> kind) {
        return (List<T>) lists.getOrDefault(kind, List.of());
    }

    /** Every item of every kind, in the order the kinds were added. */
    public java.util.stream.Stream<Object> all() {
        return lists.values().stream().flatMap(List::stream);
    }

    /** The item of {@code kind} with this id, if there is one. */
    public <T> Optional<T> find(ItemKind<T> kind, String id) {
        for (T item : of(kind)) if (kind.idOf().apply(item).equals(id)) return Optional.of(item);
        return Optional.empty();
    }

    /** The ids of the items of {@code kind}, in order. */
    public List<String> ids(ItemKind<?> kind) {
        return lists.getOrDefault(kind, List.of()).stream().map(kind::id).toList();
    }

    /** These items with those of {@code kind} replaced by {@code items}. */
    public <T> Items with(ItemKind<T> kind, List<T> items) {
        for (T item : items) kind.type().cast(item); // a list of another kind fails here, not when read
        Map<ItemKind<?>, List<?>> copy = new LinkedHashMap<>(lists);
        // No items and no entry are the same, so equal courses compare equal however they were made.
        if (items.isEmpty()) copy.remove(kind);
        else copy.put(kind, List.copyOf(items));
        return new Items(Collections.unmodifiableMap(copy));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Items other && lists.equals(other.lists);
    }

    @Override
    public int hashCode() {
        return lists.hashCode();
    }

    @Override
    public String toString() {
        return "Items" + lists;
    }
}
