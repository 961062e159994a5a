package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.diagnostics.Diagnostics;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A parse that runs out of time is reported at the construct that made it slow, named, with what to do
 * (issue 23, item 9): it was reported at the top of the file with "look for long runs of unclosed
 * brackets, parentheses or emphasis markers", whatever the text held.
 */
class MarkdownLimits_BudgetTest {
    private static final String PATH = "content/01-a/01-x.md";
    private static final Duration BUDGET = Duration.ofMillis(300);

    private static List<String> parse(String body) {
        Diagnostics d = new Diagnostics();
        MarkdownParser.parse(PATH, body, 4, BUDGET, d);
        return d.lines();
    }

    @Test
    void unclosedLinksAreReportedAtTheFirstOfThemInTheirParagraph() {
        String body = "# Title\n\nA [fine](https://example.com) paragraph.\n\nThen " + "[a](".repeat(30_000) + "\n\nAfter.\n";
        assertEquals(List.of(PATH + ":9:8: error: markdown took longer than 300 ms to parse; this paragraph opens 30,000 link"
                + " destinations with `](` and closes 0 with `)`, which the markdown parser reads in a time that grows with the square"
                + " of their number; close each link with `)`, or write `\\]` to show a bracket as text"), parse(body));
    }

    @Test
    void aHugeTableIsNamedAtItsFirstRow() {
        String body = "Intro.\n\n" + "\n|".repeat(40_000) + "\n";
        assertEquals(List.of(PATH + ":8:1: error: markdown took longer than 300 ms to parse; this table has 40,000 rows, which the"
                + " markdown parser reads in a time that grows with the square of their number; split it into smaller tables"), parse(body));
    }

    @Test
    void theSuspectIsTheMostFrequentSlowConstructOfTheParagraphBeingRead() {
        String stars = "ok\n\n" + "*a ".repeat(500) + "[b".repeat(200);
        MarkdownLimits.Suspect s = MarkdownLimits.Suspect.near(stars, stars.length() - 3);
        assertEquals(4, s.offset());
        assertEquals("this paragraph has 500 emphasis markers (`*` or `_`)", s.what());
        String brackets = "*a ".repeat(50) + "[b".repeat(200) + "]";
        s = MarkdownLimits.Suspect.near(brackets, 10);
        assertEquals(150, s.offset());
        assertEquals("this paragraph opens 200 brackets `[` and closes 1 with `]`", s.what());
    }

    @Test
    void withNoConstructThatStandsOutTheReportIsWhereTheParserWasReading() {
        String text = "plain words ".repeat(1000);
        MarkdownLimits.Suspect s = MarkdownLimits.Suspect.near(text, 5000);
        assertEquals(5000, s.offset());
        assertEquals(false, s.quadratic());
    }
}
