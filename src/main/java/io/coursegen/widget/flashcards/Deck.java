package io.coursegen.widget.flashcards;

import io.coursegen.model.Snippets;
import io.coursegen.model.SourceRef;
import java.util.List;

/**
 * A flashcard deck, one file {@code content/widgets/flashcards/<id>.yaml}: a title, an optional
 * description, and its cards, drawn from the glossary ({@link GlossaryPick}), written in the file
 * ({@link Card}), or both. Which glossary terms a pick names depends on the course, so it is resolved
 * when the deck is checked and rendered, not here.
 *
 * @param id          the file name without {@code .yaml}; lessons embed the deck as {@code {{flashcards id}}}
 * @param description markdown, or null
 * @param glossary    the glossary terms it draws as cards, or null
 * @param cards       its own cards, in written order
 * @param markdown    the description and the cards' sides, parsed where they are written (links checked and rewritten as a lesson's)
 */
public record Deck(String id, String title, String description, GlossaryPick glossary, List<Card> cards, SourceRef ref,
        Snippets markdown) implements Snippets.Holder {

    public Deck {
        cards = List.copyOf(cards);
    }

    /** A card written in the deck file: both sides in markdown. */
    public record Card(String front, String back, SourceRef ref, SourceRef frontRef) {}

    /**
     * Glossary terms drawn as cards, front the term and back its definition: every term with one of
     * {@code tags}, and the terms named in {@code terms} by slug, in the glossary's order (by slug).
     */
    public record GlossaryPick(List<Named> tags, List<Named> terms, SourceRef ref) {
        public GlossaryPick {
            tags = List.copyOf(tags);
            terms = List.copyOf(terms);
        }
    }

    /** A tag or slug with where it is written. */
    public record Named(String value, SourceRef ref) {}
}
