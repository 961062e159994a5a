package io.coursegen.widget.flashcards;

import io.coursegen.model.SourceRef;
import io.coursegen.model.kb.GlossaryTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cards a deck shows, in order: first the glossary terms it draws (in the glossary's order, each
 * once however many of its tags and slugs name it), then its own cards as written.
 */
final class DeckCards {
    private DeckCards() {}

    /**
     * One card of a deck.
     *
     * @param key   the card's name in the learner's saved progress: {@code term:<slug>} for a glossary
     *              card, {@code card:<front as written>} for the deck's own (fronts are unique in a deck)
     * @param front markdown for an own card, plain text (the term) for a glossary card
     * @param back  markdown for an own card, plain text (the definition) for a glossary card
     * @param term  the glossary term of a glossary card, else null
     * @param ref   where the card comes from: its {@code front:} in the deck, or the term's file
     */
    record Resolved(String key, String front, String back, GlossaryTerm term, SourceRef ref) {
        /** The front as compared for duplicates: case and runs of spaces do not tell cards apart. */
        String sameness() {
            return front.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    static List<Resolved> of(Deck deck, List<GlossaryTerm> glossary) {
        List<Resolved> out = new ArrayList<>();
        if (deck.glossary() != null) {
            List<String> tags = deck.glossary().tags().stream().map(Deck.Named::value).toList();
            List<String> slugs = deck.glossary().terms().stream().map(Deck.Named::value).toList();
            for (GlossaryTerm t : glossary) {
                if (slugs.contains(t.slug()) || t.tags().names().stream().anyMatch(tags::contains)) {
                    out.add(new Resolved("term:" + t.slug(), t.term().text(), t.definition(), t, t.term().ref()));
                }
            }
        }
        for (Deck.Card c : deck.cards()) out.add(new Resolved("card:" + c.front(), c.front(), c.back(), null, c.frontRef()));
        return out;
    }
}
