package io.coursegen.widget.flashcards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-time rules of decks and their embeds, on small courses written to disk: tags and terms that
 * exist, no empty deck, no repeated front, every deck shown by some lesson, and embeds that name a deck
 * once. Messages are asserted exactly; a mistake gives one message.
 */
class FlashcardsChecker_RulesTest {
    private static final String DECKS = "content/widgets/flashcards/";
    private static final String LESSON = "content/01-intro/01-first.md";

    @TempDir
    Path root;

    @BeforeEach
    void course() {
        CourseFiles.minimal(root);
        CourseFiles.write(root, """
                -- content/glossary/lora.md --
                ---
                term: LoRA
                definition: Training two small matrices per layer.
                tags: [fine-tuning, cost]
                ---
                Body.
                -- content/glossary/token.md --
                ---
                term: Token
                definition: A piece of text a model reads.
                tags: [cost]
                ---
                Body.
                -- content/glossary/rag.md --
                ---
                term: RAG
                definition: Retrieval before generation.
                ---
                Body.
                """);
    }

    private void lesson(String body) {
        CourseFiles.writeString(root, LESSON, "---\ntitle: First\nsummary: S\n---\n" + body);
    }

    private void deck(String id, String yaml) {
        CourseFiles.writeString(root, DECKS + id + ".yaml", yaml);
    }

    private List<String> diagnostics() {
        return CourseFiles.load(root).lines();
    }

    @Test
    void aDeckFromTagsTermsAndOwnCardsPasses() {
        deck("core", "title: Core\nglossary:\n  tags: [cost]\n  terms: [rag, lora]\ncards:\n  - {front: \"What is a prompt?\", back: The input.}\n");
        lesson("Body\n\n{{flashcards core}}\n");
        assertEquals(List.of(), diagnostics());
        var course = CourseFiles.load(root).get();
        Deck deck = course.item(FlashcardsWidget.ITEMS, "core").orElseThrow();
        assertEquals(List.of("term:lora", "term:rag", "term:token", "card:What is a prompt?"),
                DeckCards.of(deck, course.glossary()).stream().map(DeckCards.Resolved::key).toList(),
                "glossary terms once each, in glossary order, then the deck's own");
    }

    @Test
    void anUnknownTagIsReportedWithTheTagsThereAre() {
        deck("core", "title: Core\nglossary:\n  tags: [costs, finetuning]\n");
        lesson("{{flashcards core}}\n");
        assertEquals(List.of(
                DECKS + "core.yaml:3:10: error: unknown tag `costs`: no glossary term has it (tags: cost, fine-tuning); did you mean `cost`?",
                DECKS + "core.yaml:3:17: error: unknown tag `finetuning`: no glossary term has it (tags: cost, fine-tuning); did you mean `fine-tuning`?"),
                diagnostics(), "no 'no cards' error on top");
    }

    @Test
    void anUnknownTermIsReportedWithADidYouMean() {
        deck("core", "title: Core\nglossary:\n  terms: [lora, tokens]\n");
        lesson("{{flashcards core}}\n");
        assertEquals(List.of(DECKS + "core.yaml:3:17: error: unknown glossary term `tokens`; name a term by its file name in content/glossary/"
                + " (known: lora, rag, token); did you mean `token`?"), diagnostics());
    }

    @Test
    void aDeckWithNoCardsIsAnError() {
        deck("core", "title: Core\ncards: []\n");
        lesson("{{flashcards core}}\n");
        assertEquals(List.of(DECKS + "core.yaml:1:1: error: deck `core` has no cards; add cards under `cards:`, or draw glossary terms with `glossary:`"),
                diagnostics());
    }

    @Test
    void twoCardsWithOneFrontAreAnErrorAtTheSecond() {
        deck("core", """
                title: Core
                glossary:
                  terms: [lora]
                cards:
                  - front: What is a token?
                    back: One.
                  - front: lora
                    back: Two.
                  - front: "What  is a TOKEN?"
                    back: Three.
                """);
        lesson("{{flashcards core}}\n");
        assertEquals(List.of(
                DECKS + "core.yaml:7:12: error: deck `core` has two cards with the front `lora` (the first is glossary term `lora`, drawn by"
                        + " `glossary:`); a learner could not tell them apart, so reword this front or remove the card",
                DECKS + "core.yaml:9:12: error: deck `core` has two cards with the front `What  is a TOKEN?` (the first on line 5);"
                        + " a learner could not tell them apart, so reword this front or remove the card"),
                diagnostics());
    }

    @Test
    void aDeckNoLessonShowsIsAWarning() {
        deck("core", "title: Core\ncards:\n  - {front: F, back: B}\n");
        assertEquals(List.of(DECKS + "core.yaml:1:1: warning: no lesson shows deck `core`; add `{{flashcards core}}` to a lesson, or remove the file"),
                diagnostics());
    }

    @Test
    void anEmbedOfAnUnknownDeckSuggestsTheDecksThereAre() {
        deck("core-terms", "title: Core\ncards:\n  - {front: F, back: B}\n");
        lesson("{{flashcards core-terms}}\n\n{{flashcards core-term}}\n");
        assertEquals(List.of(LESSON + ":7:1: error: unknown flashcard deck `core-term` (known: core-terms); did you mean `core-terms`?"),
                diagnostics());
    }

    @Test
    void anEmbedWhenThereAreNoDecksSaysWhereTheyLive() {
        lesson("{{flashcards core}}\n");
        assertEquals(List.of(LESSON + ":5:1: error: unknown flashcard deck `core`; there are no decks in content/widgets/flashcards/"
                + " (one `<id>.yaml` per deck)"), diagnostics());
    }

    @Test
    void aLessonShowsADeckOnce() {
        deck("core", "title: Core\ncards:\n  - {front: F, back: B}\n");
        lesson("{{flashcards core}}\n\nMore.\n\n{{flashcards core}}\n");
        assertEquals(List.of(LESSON + ":9:1: error: a lesson can show deck `core` once; it is already shown on line 5"), diagnostics());
    }

    @Test
    void aDeckThatFailedToLoadIsNotReportedAgainWhereItIsEmbedded() {
        deck("core", "title: Core\ncards:\n  - {front: F}\n");
        lesson("{{flashcards core}}\n");
        assertEquals(List.of(DECKS + "core.yaml:3:5: error: missing required key `back`"), diagnostics());
    }

    @Test
    void anyOtherFileInTheFolderIsAnError() {
        CourseFiles.writeString(root, DECKS + "notes.txt", "x");
        List<String> lines = diagnostics();
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(DECKS + "notes.txt:1:1: error: `notes.txt` is not a flashcard deck: content/widgets/flashcards/ holds one deck per `<id>.yaml` file",
                lines.get(0));
    }

    @Test
    void aGlossaryTermThatFailedToLoadExcusesTagsAndTerms() {
        CourseFiles.writeString(root, "content/glossary/epoch.md", "---\nterm: Epoch\ndefinitoin: x\ntags: [training]\n---\nBody.\n");
        deck("core", "title: Core\nglossary:\n  tags: [training]\n  terms: [epoch]\n");
        lesson("{{flashcards core}}\n");
        List<String> lines = diagnostics();
        assertEquals(List.of("content/glossary/epoch.md"), lines.stream().map(l -> l.substring(0, l.indexOf(':'))).distinct().toList(),
                "only the term's own errors: " + lines);
    }
}
