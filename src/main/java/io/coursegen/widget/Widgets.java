package io.coursegen.widget;

import io.coursegen.widget.calculator.CalculatorWidget;
import io.coursegen.widget.exercise.ExerciseWidget;
import io.coursegen.widget.flashcards.FlashcardsWidget;
import io.coursegen.widget.quiz.QuizWidget;
import io.coursegen.widget.tree.TreeWidget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every widget, registered in {@link #ALL}: the one place a new kind of embeddable item is added. The
 * order is the order of their pages in the site, their scripts in a page and their items in search.
 */
public final class Widgets {
    /** The one list a new widget is registered in. */
    public static final List<Widget<?>> ALL = List.of(new QuizWidget(), new CalculatorWidget(), new TreeWidget(), new ExerciseWidget(),
            new FlashcardsWidget());

    private static final Map<String, Widget<?>> BY_KIND = ALL.stream().collect(Collectors.toMap(Widget::kind, w -> w, (a, b) -> {
        throw new IllegalStateException("two widgets use the kind " + a.kind());
    }, LinkedHashMap::new));

    /**
     * A paragraph that is only {@code {{kind id}}}, for a registered kind: it embeds that item in the page
     * (the quiz, the calculator opened on that preset, the tree, a card leading to the exercise set).
     * Group 1 is the kind, group 2 the id.
     */
    public static final Pattern EMBED = Pattern.compile("\\{\\{\\s*(" + ALL.stream().map(w -> Pattern.quote(w.kind()))
            .collect(Collectors.joining("|")) + ")\\s+([A-Za-z0-9][A-Za-z0-9_-]*)\\s*\\}\\}");

    private Widgets() {}

    /** The widget of this embed word, if one is registered. */
    public static Optional<Widget<?>> byKind(String kind) {
        return Optional.ofNullable(BY_KIND.get(kind));
    }

    /** The embed words of every widget, in registration order. */
    public static List<String> kinds() {
        return List.copyOf(BY_KIND.keySet());
    }
}
