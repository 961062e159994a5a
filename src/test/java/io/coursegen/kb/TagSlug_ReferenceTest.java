package io.coursegen.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link KnowledgeBase#tagSlug} is a hand-written loop for speed; it must give exactly what its
 * definition in regular expressions gives, since tag page file names and links depend on it.
 */
class TagSlug_ReferenceTest {
    private static final Pattern NOT_LETTER_OR_NUMBER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");

    /** The definition: lower case, runs of non-letters and non-numbers to one hyphen, none at the ends. */
    private static String reference(String tag) {
        String s = EDGE_HYPHENS.matcher(NOT_LETTER_OR_NUMBER.matcher(tag.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "tag" : s;
    }

    /** Letters and numbers of several kinds, separators, marks, emoji and a lone surrogate. */
    private static final String[] PIECES = {
        "a", "Z", "é", "Ä", "ß", "ǅ", "ı", "İ", "ж", "λ", "中", "ー", "\uD835\uDD18", "7", "٣", "Ⅻ", "½", "²",
        " ", "-", "_", ".", "/", "#", "&", "\t", "\u00A0", "\u0301", "\uD83D\uDE00", "\uD800", "--", "  ",
    };

    @Test
    void matchesTheRegularExpressionDefinition() {
        Random random = new Random(20261122);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder tag = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) tag.append(PIECES[random.nextInt(PIECES.length)]);
            assertEquals(reference(tag.toString()), KnowledgeBase.tagSlug(tag.toString()), () -> "tag `" + tag + "`");
        }
    }

    @Test
    void examples() {
        assertEquals("fine-tuning", KnowledgeBase.tagSlug("Fine-Tuning"));
        assertEquals("rag-hybrids", KnowledgeBase.tagSlug("  RAG & hybrids! "));
        assertEquals("tag", KnowledgeBase.tagSlug("---"));
        assertEquals("café-2", KnowledgeBase.tagSlug("Café #2"));
    }
}
