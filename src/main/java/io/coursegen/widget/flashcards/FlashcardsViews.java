package io.coursegen.widget.flashcards;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.kb.KbPaths;
import io.coursegen.model.Course;
import io.coursegen.quiz.QuizClientJson;
import io.coursegen.render.MarkdownSnippets;
import io.coursegen.render.SitePaths;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Builds a deck's view for a lesson page: own cards' markdown rendered and sanitized, glossary texts escaped. */
final class FlashcardsViews {
    private FlashcardsViews() {}

    /** @param md the deck's markdown rendered for {@code page}, its links rewritten for it */
    static FlashcardsView of(Deck deck, Course course, String page, MarkdownSnippets.On md) {
        List<FlashcardsView.CardView> cards = new ArrayList<>();
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("id", deck.id());
        var keys = data.putArray("cards");
        for (DeckCards.Resolved c : DeckCards.of(deck, course.glossary())) {
            keys.add(c.key());
            if (c.term() != null) {
                cards.add(new FlashcardsView.CardView(c.key(), new Element("span").text(c.front()).html(),
                        new Element("p").text(c.back()).outerHtml(), SitePaths.relative(page, KbPaths.termPage(c.term().slug()))));
            } else {
                cards.add(new FlashcardsView.CardView(c.key(), md.inline(c.front()), md.block(c.back()), null));
            }
        }
        return new FlashcardsView(deck.id(), deck.title(), md.block(deck.description()), cards,
                QuizClientJson.toEmbeddedJson(data));
    }
}
