package io.coursegen.widget.flashcards;

import java.util.List;

/**
 * A deck as a lesson shows it: every card as a term and its description in a list, which is the whole
 * deck for readers without JavaScript (and in print), and the deck's client JSON, from which
 * {@code flashcards.js} runs a practice session, copying each card's sides from the list.
 *
 * @param id              the deck's id; element ids are {@code flashcards-<id>...}
 * @param descriptionHtml sanitized HTML, may be empty
 * @param dataJson        {@code {"id": ..., "cards": [key, ...]}}, keys in list order, {@code <} escaped
 */
public record FlashcardsView(String id, String title, String descriptionHtml, List<CardView> cards, String dataJson) {

    public String domId() {
        return "flashcards-" + id;
    }

    /**
     * One card.
     *
     * @param frontHtml phrasing HTML (sanitized, or escaped plain text)
     * @param backHtml  flow HTML (sanitized, or escaped plain text in a paragraph)
     * @param termHref  for a glossary card, its term's page relative to the lesson; else null
     */
    public record CardView(String key, String frontHtml, String backHtml, String termHref) {}
}
