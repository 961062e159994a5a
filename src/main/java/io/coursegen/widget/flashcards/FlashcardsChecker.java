package io.coursegen.widget.flashcards;

import io.coursegen.check.LessonContext;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.Suggest;
import io.coursegen.model.Course;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.kb.GlossaryTerm;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks decks against the course and lessons against the decks. A deck: every tag it draws by is a tag
 * of some glossary term, every term it names by slug exists, it ends up with at least one card, no two
 * of its cards have the same front (a learner could not tell them apart, and saved progress is kept by
 * front), and some lesson shows it (else a warning: nothing on the site would). A lesson: every
 * {@code {{flashcards id}}} names a deck, each at most once (element ids are made from the deck's id).
 * What failed to load is not reported again.
 */
final class FlashcardsChecker {
    private FlashcardsChecker() {}

    static void checkDecks(Course course, Diagnostics diagnostics) {
        LoadFailures failures = course.failures();
        boolean termsFailed = failures.wholeKinds().contains(LoadFailures.Kind.GLOSSARY_TERM)
                || failures.items().containsKey(LoadFailures.Kind.GLOSSARY_TERM);
        Set<String> tags = new TreeSet<>();
        Set<String> slugs = new TreeSet<>();
        for (GlossaryTerm t : course.glossary()) {
            tags.addAll(t.tags().names());
            slugs.add(t.slug());
        }
        Set<String> shown = new HashSet<>();
        course.lessons().forEach(l -> l.body().embeds().stream().filter(e -> e.kind().equals(FlashcardsWidget.ITEMS.name()))
                .forEach(e -> shown.add(e.id())));
        for (Deck deck : course.items(FlashcardsWidget.ITEMS)) {
            boolean unknown = false;
            if (deck.glossary() != null) {
                for (Deck.Named tag : deck.glossary().tags()) {
                    if (tags.contains(tag.value()) || termsFailed) continue;
                    unknown = true;
                    diagnostics.error(tag.ref(), "unknown tag `" + tag.value() + "`: no glossary term has it"
                            + (tags.isEmpty() ? "; the glossary has no tagged terms" : Suggest.listed("tags", tag.value(), tags) + Suggest.didYouMean(tag.value(), tags)));
                }
                for (Deck.Named slug : deck.glossary().terms()) {
                    if (slugs.contains(slug.value()) || failures.failed(LoadFailures.Kind.GLOSSARY_TERM, slug.value())) continue;
                    unknown = true;
                    diagnostics.error(slug.ref(), "unknown glossary term `" + slug.value() + "`; name a term by its file name in content/glossary/"
                            + (slugs.isEmpty() ? " (there are none)" : Suggest.known(slug.value(), slugs) + Suggest.didYouMean(slug.value(), slugs)));
                }
            }
            List<DeckCards.Resolved> cards = DeckCards.of(deck, course.glossary());
            if (cards.isEmpty() && !unknown && !termsFailed) {
                diagnostics.error(deck.glossary() != null ? deck.glossary().ref() : deck.ref(), "deck `" + deck.id()
                        + "` has no cards; add cards under `cards:`, or draw glossary terms with `glossary:`");
            }
            Map<String, DeckCards.Resolved> fronts = new HashMap<>();
            for (DeckCards.Resolved card : cards) {
                DeckCards.Resolved first = fronts.putIfAbsent(card.sameness(), card);
                if (first == null) continue;
                diagnostics.error(card.ref(), "deck `" + deck.id() + "` has two cards with the front `" + card.front().strip() + "` (the first "
                        + (first.term() != null ? "is glossary term `" + first.term().slug() + "`, drawn by `glossary:`" : "on line " + first.ref().line())
                        + "); a learner could not tell them apart, so reword this front or remove the card");
            }
            if (!shown.contains(deck.id())) {
                diagnostics.warning(deck.ref(), "no lesson shows deck `" + deck.id() + "`; add `{{flashcards " + deck.id()
                        + "}}` to a lesson, or remove the file");
            }
        }
    }

    /** Checks one lesson's {@code {{flashcards id}}} embeds, in order. */
    static void checkEmbeds(List<MarkdownDoc.Embed> embeds, LessonContext context, Diagnostics diagnostics) {
        List<String> known = context.ids(FlashcardsWidget.ITEMS);
        Map<String, MarkdownDoc.Embed> seen = new HashMap<>();
        for (MarkdownDoc.Embed e : embeds) {
            MarkdownDoc.Embed first = seen.putIfAbsent(e.id(), e);
            if (first != null) {
                diagnostics.error(e.ref(), "a lesson can show deck `" + e.id() + "` once; it is already shown on line " + first.ref().line());
            } else if (!context.knownOrFailed(FlashcardsWidget.ITEMS, e.id())) {
                diagnostics.error(e.ref(), "unknown flashcard deck `" + e.id() + "`" + (known.isEmpty()
                        ? "; there are no decks in " + FlashcardsWidget.DIR + "/ (one `<id>.yaml` per deck)"
                        : Suggest.known(e.id(), known) + Suggest.didYouMean(e.id(), known)));
            }
        }
    }
}
