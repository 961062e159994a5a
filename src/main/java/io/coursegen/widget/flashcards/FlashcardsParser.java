package io.coursegen.widget.flashcards;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.SourceText;
import io.coursegen.load.Suggest;
import io.coursegen.load.YamlMap;
import io.coursegen.model.SourceRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one deck file {@code content/widgets/flashcards/<id>.yaml} into a {@link Deck}: keys
 * {@code title} (required), {@code description}, {@code glossary} (a mapping of {@code tags} and
 * {@code terms}) and {@code cards} (a list of {@code front}/{@code back} mappings); a deck needs
 * {@code glossary}, {@code cards} or both. Whether the tags and terms exist, whether fronts repeat and
 * whether any card is left are questions about the course, and {@link FlashcardsChecker}'s.
 */
public final class FlashcardsParser {
    public static final List<String> DECK_KEYS = List.of("title", "description", "glossary", "cards");
    public static final List<String> GLOSSARY_KEYS = List.of("tags", "terms");
    public static final List<String> CARD_KEYS = List.of("front", "back");
    /** What {@code {{flashcards id}}} can name: the embed pattern's id. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final String path;
    private final Diagnostics diagnostics;

    private FlashcardsParser(String path, Diagnostics diagnostics) {
        this.path = path;
        this.diagnostics = diagnostics;
    }

    /** Reads and parses {@code file}, shown to authors as {@code path}. */
    public static Optional<Deck> fromFile(Path file, String path, Diagnostics diagnostics) {
        return SourceText.read(file, path, diagnostics).flatMap(text -> parse(path, text, diagnostics));
    }

    /**
     * Parses deck YAML from the file at {@code path}, whose name gives the deck's id; problems go to
     * {@code diagnostics}. Empty if the file has any error, so no check reports a follow-on error about
     * a half-read deck (a card dropped for a misspelt key would make the deck look smaller than written).
     */
    public static Optional<Deck> parse(String path, String text, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Optional<Deck> deck = new FlashcardsParser(path, own).parse(text);
        diagnostics.addAll(own);
        return own.hasErrors() ? Optional.empty() : deck;
    }

    private Optional<Deck> parse(String text) {
        Optional<YamlMap> map = YamlMap.parse(path, text, 0, DECK_KEYS, "a flashcard deck", diagnostics);
        if (map.isEmpty()) return Optional.empty();
        YamlMap m = map.get();
        String file = path.substring(path.lastIndexOf('/') + 1);
        String id = file.replaceFirst("\\.ya?ml$", "");
        if (!ID.matcher(id).matches()) {
            diagnostics.error(SourceRef.file(path), "`" + file + "` cannot be embedded: a deck's id is its file name, which may hold only"
                    + " letters, digits, `-` and `_`, starting with a letter or digit; rename the file");
        }
        Optional<String> title = m.text("title", true);
        String description = m.markdown("description", false).orElse(null);
        Optional<Deck.GlossaryPick> glossary = glossary(m);
        List<Deck.Card> cards = new ArrayList<>();
        for (Node item : m.list("cards", false)) card(m, item).ifPresent(cards::add);
        if (!m.has("glossary") && !m.has("cards")) {
            diagnostics.error(m.ref(), "a deck needs cards: add `cards:` (a list of `front:` and `back:`), `glossary:` (terms by"
                    + " `tags:` or `terms:`), or both");
        }
        if (title.isEmpty()) return Optional.empty();
        return Optional.of(new Deck(id, title.get(), description, glossary.orElse(null), cards, SourceRef.file(path), m.snippets()));
    }

    /** The {@code glossary:} mapping, which must name tags, terms or both. */
    private Optional<Deck.GlossaryPick> glossary(YamlMap deck) {
        Optional<YamlMap> map = deck.map("glossary", GLOSSARY_KEYS, false);
        if (map.isEmpty()) return Optional.empty();
        YamlMap g = map.get();
        List<Deck.Named> tags = g.textList("tags").stream().map(l -> new Deck.Named(l.value(), l.ref())).toList();
        List<Deck.Named> terms = g.textList("terms").stream().map(l -> new Deck.Named(l.value(), l.ref())).toList();
        // A misspelt `tag:` is already reported with its "did you mean"; "draws no terms" would be a second error for it.
        if (!g.has("tags") && !g.has("terms") && !misspeltKey(deck.node("glossary").orElse(null))) {
            diagnostics.error(deck.refOf("glossary"), "`glossary` draws no terms; add `tags: [...]` (every term with one of those tags),"
                    + " `terms: [...]` (terms by slug), or both");
        }
        return Optional.of(new Deck.GlossaryPick(tags, terms, deck.refOf("glossary")));
    }

    /** Whether mapping {@code node} has a key that is a near miss of {@code tags} or {@code terms}. */
    private static boolean misspeltKey(Node node) {
        if (!(node instanceof MappingNode m)) return false;
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && !GLOSSARY_KEYS.contains(k.getValue())
                    && Suggest.closest(k.getValue(), GLOSSARY_KEYS).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** One item of {@code cards:}. */
    private Optional<Deck.Card> card(YamlMap deck, Node node) {
        Optional<YamlMap> map = deck.child(node, CARD_KEYS, "a card");
        if (map.isEmpty()) return Optional.empty();
        YamlMap c = map.get();
        Optional<String> front = c.markdown("front", true);
        Optional<String> back = c.markdown("back", true);
        if (front.isEmpty() || back.isEmpty()) return Optional.empty();
        return Optional.of(new Deck.Card(front.get(), back.get(), c.ref(), c.refOf("front")));
    }
}
