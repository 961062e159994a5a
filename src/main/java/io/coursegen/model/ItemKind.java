package io.coursegen.model;

import java.util.function.Function;

/**
 * A kind of item a widget adds to a course (quizzes, decision trees, cost presets, exercise sets...):
 * the key under which {@link Items} holds them, typed so that {@code course.items(QuizWidget.ITEMS)}
 * is a {@code List<Quiz>}. The model knows no kind by name; each widget declares its own.
 *
 * @param name the kind's name, which is also the word lessons embed an item with ({@code {{quiz id}}})
 * @param type the record of this kind's items
 * @param idOf an item's id, unique within its kind
 */
public record ItemKind<T>(String name, Class<T> type, Function<T, String> idOf) {

    /** The kind under which items of this kind that failed to load are recorded. */
    public LoadFailures.Kind failures() {
        return new LoadFailures.Kind(name);
    }

    /** The id of {@code item}. */
    public String id(Object item) {
        return idOf.apply(type.cast(item));
    }

    // A record's equality would compare the id function, which is a lambda: compare kinds by name instead.
    @Override
    public boolean equals(Object o) {
        return o instanceof ItemKind<?> k && k.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
