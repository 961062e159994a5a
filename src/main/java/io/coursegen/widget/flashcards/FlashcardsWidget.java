package io.coursegen.widget.flashcards;

import io.coursegen.check.LessonContext;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Course;
import io.coursegen.model.ItemKind;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.render.SitePaths;
import io.coursegen.widget.Widget;
import io.coursegen.widget.WidgetLoading;
import io.coursegen.widget.WidgetSite;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Flashcard decks: one {@code content/widgets/flashcards/<id>.yaml} per deck, embedded with
 * {@code {{flashcards id}}}. Without JavaScript a deck is a list of its cards; with it,
 * {@code flashcards.js} shows one card at a time and schedules them in Leitner boxes by the rules of
 * {@code leitner.js} ({@link Leitner} on the Java side), keeping where each card stands in the learner's
 * progress. A deck has no page of its own.
 */
public final class FlashcardsWidget implements Widget<Deck> {
    /** The decks of a course, sorted by id. */
    public static final ItemKind<Deck> ITEMS = new ItemKind<>("flashcards", Deck.class, Deck::id);

    /** Where decks live, one {@code <id>.yaml} per deck. */
    public static final String DIR = "content/widgets/flashcards";

    private static final String TEMPLATE = "widgets/flashcards/flashcards.jte";

    @Override
    public ItemKind<Deck> items() {
        return ITEMS;
    }

    @Override
    public List<Deck> load(WidgetLoading loading) {
        List<Path> files = loading.yamlFiles(DIR, "a flashcard deck", "deck");
        List<Deck> decks = files.stream()
                .flatMap(f -> FlashcardsParser.fromFile(f, loading.rel(f), loading.diagnostics()).stream())
                .sorted(Comparator.comparing(Deck::id))
                .toList();
        loading.missing(ITEMS, files, decks.stream().map(Deck::id).toList());
        return decks;
    }

    @Override
    public List<String> sources() {
        return List.of(DIR);
    }

    @Override
    public void check(Course course, LessonContext context, Diagnostics diagnostics) {
        FlashcardsChecker.checkDecks(course, diagnostics);
    }

    @Override
    public void checkLesson(Lesson lesson, List<MarkdownDoc.Embed> embeds, LessonContext context, Diagnostics diagnostics) {
        FlashcardsChecker.checkEmbeds(embeds, context, diagnostics);
    }

    @Override
    public String embed(String id, Lesson lesson, WidgetSite site) {
        Deck deck = site.course().item(ITEMS, id)
                .orElseThrow(() -> new IllegalStateException("unknown flashcard deck " + id + " passed the checks"));
        return site.render(TEMPLATE, Map.of("deck", FlashcardsViews.of(deck, site.course(), SitePaths.lessonPage(lesson),
                site.markdown(deck.markdown(), SitePaths.lessonPage(lesson))), "msg", site.course().messages()));
    }

    @Override
    public List<String> embedTemplates() {
        return List.of(TEMPLATE);
    }

    @Override
    public List<String> scripts() {
        return List.of("leitner.js", "flashcards.js");
    }

    @Override
    public List<String> styles() {
        return List.of("flashcards.css");
    }

    @Override
    public List<String> assets() {
        return List.of("leitner.js", "flashcards.js", "flashcards.css");
    }
}
