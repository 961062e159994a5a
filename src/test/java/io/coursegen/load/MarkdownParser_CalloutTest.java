package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GitHub-style callouts: the four kinds are accepted in any case, anything else is an error at the marker. */
class MarkdownParser_CalloutTest {
    private static final String PATH = "content/01-a/01-b.md";
    private static final String KINDS = "expected one of `[!NOTE]`, `[!TIP]`, `[!WARNING]`, `[!DISAGREE]`";

    private final Diagnostics diagnostics = new Diagnostics();

    private List<String> errors(String body, int lineOffset) {
        MarkdownParser.parse(PATH, body, lineOffset, diagnostics);
        return diagnostics.lines();
    }

    @Test
    void knownKindsInAnyCase() {
        assertEquals(List.of(), errors("""
                > [!NOTE]
                > a

                > [!tip]
                > b

                > [!Warning] Title text
                > c

                > [!DISAGREE]
                > d
                """, 0));
    }

    @Test
    void unknownKindWithSuggestion() {
        assertEquals(List.of(PATH + ":8:3: error: unknown callout `[!NOTES]`, " + KINDS + "; did you mean `[!NOTE]`?"),
                errors("Text\n\n> [!NOTES]\n> More\n", 5));
    }

    @Test
    void suggestionsForOtherMisspellings() {
        assertEquals(List.of(
                PATH + ":1:3: error: unknown callout `[!TIPS]`, " + KINDS + "; did you mean `[!TIP]`?",
                PATH + ":4:3: error: unknown callout `[!warn]`, " + KINDS,
                PATH + ":7:3: error: unknown callout `[!DISAGREES]`, " + KINDS + "; did you mean `[!DISAGREE]`?",
                PATH + ":10:3: error: unknown callout `[!CAUTION]`, " + KINDS),
                errors("> [!TIPS]\n> a\n\n> [!warn]\n> b\n\n> [!DISAGREES]\n> c\n\n> [!CAUTION]\n> d\n", 0));
    }

    @Test
    void nestedAndIndentedQuotes() {
        assertEquals(List.of(
                PATH + ":2:5: error: unknown callout `[!NOPE]`, " + KINDS + "; did you mean `[!NOTE]`?",
                PATH + ":5:5: error: unknown callout `[!NOPE]`, " + KINDS + "; did you mean `[!NOTE]`?"),
                errors("> [!NOTE]\n> > [!NOPE]\n> > x\n\n  > [!NOPE]\n", 0));
    }

    @Test
    void notACallout() {
        // The marker must open the quote's first paragraph; brackets elsewhere are plain text.
        assertEquals(List.of(), errors("""
                > Text [!NOPE]

                > ## [!NOPE]

                > [! NOPE]

                > [!NO_PE]

                [!NOPE] outside a quote

                    > [!NOPE] in code
                """, 0));
    }
}
