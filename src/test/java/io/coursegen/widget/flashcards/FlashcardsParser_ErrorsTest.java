package io.coursegen.widget.flashcards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every error the deck parser reports, with its exact text and position, one per mistake and all in one
 * run. A deck file with any error does not load, so no check reports follow-on errors about it.
 */
class FlashcardsParser_ErrorsTest {
    private static final String PATH = "content/widgets/flashcards/core.yaml";
    private static final String E = PATH + ":";

    private Diagnostics diagnostics = new Diagnostics();

    private List<String> errors(String yaml) {
        return errors(PATH, yaml);
    }

    private List<String> errors(String path, String yaml) {
        Optional<Deck> deck = FlashcardsParser.parse(path, yaml, diagnostics);
        assertTrue(deck.isEmpty(), "a deck with errors must not load: " + deck);
        return diagnostics.lines();
    }

    @Test
    void aWellFormedDeckReadsWithPositions() {
        Optional<Deck> deck = FlashcardsParser.parse(PATH, """
                title: Core terms
                description: The *basics*.
                glossary:
                  tags: [cost, data]
                  terms: [lora]
                cards:
                  - front: What is a token?
                    back: A piece of text the model reads.
                  - {front: Two, back: Sides}
                """, diagnostics);
        assertEquals(List.of(), diagnostics.lines());
        Deck d = deck.orElseThrow();
        assertEquals("core", d.id(), "the id is the file name");
        assertEquals("Core terms", d.title());
        assertEquals("The *basics*.", d.description());
        assertEquals(List.of("cost", "data"), d.glossary().tags().stream().map(Deck.Named::value).toList());
        assertEquals(new SourceRef(PATH, 4, 10), d.glossary().tags().get(0).ref());
        assertEquals(new SourceRef(PATH, 5, 11), d.glossary().terms().get(0).ref());
        assertEquals(2, d.cards().size());
        assertEquals(new Deck.Card("What is a token?", "A piece of text the model reads.", new SourceRef(PATH, 7, 5),
                new SourceRef(PATH, 7, 12)), d.cards().get(0));
        assertEquals(new SourceRef(PATH, 9, 13), d.cards().get(1).frontRef());
    }

    @Test
    void ownCardsAloneOrGlossaryAloneAreEnough() {
        assertTrue(FlashcardsParser.parse(PATH, "title: T\ncards:\n  - {front: F, back: B}\n", diagnostics).isPresent());
        assertTrue(FlashcardsParser.parse(PATH, "title: T\nglossary: {terms: [lora]}\n", diagnostics).isPresent());
        assertTrue(FlashcardsParser.parse(PATH.replace(".yaml", ".yml"), "title: T\nglossary: {tags: [x]}\n", diagnostics).isPresent());
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void invalidYaml() {
        assertEquals(List.of(E + "1:9: error: invalid YAML: a `: ` inside a text without quotes reads as a new key; put the whole text in quotes (`key: \"a: b\"`), or use a block (`key: |` with the text on the lines below)"), errors("title: a: b\ncards: []\n"));
    }

    @Test
    void aDeckMustBeAMapping() {
        assertEquals(List.of(E + "1:1: error: expected a flashcard deck as a mapping of keys (such as `title: ...`), found a list"),
                errors("- front: F\n  back: B\n"));
    }

    @Test
    void anEmptyFileNeedsATitleAndCards() {
        assertEquals(List.of(
                E + "1:1: error: a deck needs cards: add `cards:` (a list of `front:` and `back:`), `glossary:` (terms by `tags:` or `terms:`), or both",
                E + "1:1: error: missing required key `title`"),
                errors("# to do\n"));
    }

    @Test
    void unknownKeysListTheAllowedKeysAndSuggestWithoutAlsoReportingTheMissingKey() {
        assertEquals(List.of(
                E + "1:1: error: unknown key `titel` in a flashcard deck, expected one of `cards`, `description`, `glossary`, `title`;"
                        + " did you mean `title`?",
                E + "2:1: error: unknown key `from` in a flashcard deck, expected one of `cards`, `description`, `glossary`, `title`"),
                errors("titel: T\nfrom: glossary\ncards:\n  - {front: F, back: B}\n"));
    }

    @Test
    void aFileNameThatCannotBeEmbedded() {
        assertEquals(List.of("content/widgets/flashcards/-core.yaml:1:1: error: `-core.yaml` cannot be embedded: a deck's id is its file name,"
                        + " which may hold only letters, digits, `-` and `_`, starting with a letter or digit; rename the file"),
                errors("content/widgets/flashcards/-core.yaml", "title: T\ncards:\n  - {front: F, back: B}\n"));
    }

    @Test
    void titleAndDescriptionAreText() {
        assertEquals(List.of(E + "1:8: error: empty `title`; expected text",
                E + "2:14: error: expected text for `description`, found a list"),
                errors("title: \" \"\ndescription: [a]\ncards:\n  - {front: F, back: B}\n"));
    }

    @Test
    void glossaryMustBeAMappingOfTagsAndTerms() {
        assertEquals(List.of(E + "2:11: error: expected `glossary` as a mapping of keys (such as `tags: ...`), found a list"),
                errors("title: T\nglossary: [lora]\n"));
    }

    @Test
    void glossaryKeysAreCheckedAndItMustDrawSomething() {
        assertEquals(List.of(E + "3:3: error: unknown key `tag` in `glossary`, expected one of `tags`, `terms`; did you mean `tags`?"),
                errors("title: T\nglossary:\n  tag: [cost]\n"), "one error for one slip");
        diagnostics = new Diagnostics();
        assertEquals(List.of(
                E + "3:3: error: `glossary` draws no terms; add `tags: [...]` (every term with one of those tags), `terms: [...]` (terms by slug), or both",
                E + "3:3: error: unknown key `source` in `glossary`, expected one of `tags`, `terms`"),
                errors("title: T\nglossary:\n  source: glossary\n"));
    }

    @Test
    void glossaryListsHoldTextOncePerItem() {
        assertEquals(List.of(
                E + "3:9: error: expected `tags` as a list (`tags: [a, b]` or one `- item` a line), found `cost`",
                E + "4:17: error: `lora` is listed twice in `terms`"),
                errors("title: T\nglossary:\n  tags: cost\n  terms: [lora, lora]\n"));
    }

    @Test
    void cardsMustBeAListOfMappingsWithBothSides() {
        assertEquals(List.of(E + "2:8: error: expected `cards` as a list (one `- item` a line), found a mapping"),
                errors("title: T\ncards: {front: F, back: B}\n"));
    }

    @Test
    void everyMistakeInTheCardsIsReportedInOneRun() {
        assertEquals(List.of(
                E + "3:5: error: expected a card as a mapping of keys (such as `front: ...`), found `Just a front`",
                E + "4:5: error: missing required key `back`",
                E + "5:5: error: unknown key `frnt` in a card, expected one of `back`, `front`; did you mean `front`?",
                E + "7:12: error: empty `front`; expected text",
                E + "9:11: error: expected text for `back`, found a mapping"),
                errors("""
                        title: T
                        cards:
                          - Just a front
                          - front: F1
                          - frnt: F2
                            back: B2
                          - front: ""
                            back: B3
                          - back: {a: b}
                            front: F4
                        """));
    }

    @Test
    void aYamlWordThatIsNotTextGetsAHint() {
        List<String> lines = errors("title: T\ncards:\n  - front: Is RAG training?\n    back: no\n");
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(E + "4:11: error: expected text for `back`"), lines.get(0));
    }
}
