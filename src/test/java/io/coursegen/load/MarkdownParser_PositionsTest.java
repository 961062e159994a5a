package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Headings and links with their ids and their positions in the .md file (body offset applied). */
class MarkdownParser_PositionsTest {
    private static final String PATH = "content/01-a/01-b.md";

    private final Diagnostics diagnostics = new Diagnostics();

    private MarkdownDoc parse(String body, int lineOffset) {
        MarkdownDoc doc = MarkdownParser.parse(PATH, body, lineOffset, diagnostics);
        assertEquals(List.of(), diagnostics.lines());
        return doc;
    }

    private static SourceRef at(int line, int col) {
        return new SourceRef(PATH, line, col);
    }

    @Test
    void headingsInOrderWithUniqueIds() {
        MarkdownDoc doc = parse("""
                # Title
                ## Why it *matters*
                Setext heading
                --------------
                ### Why it matters
                #### `code` & more
                ## Main
                """, 4);
        assertEquals(List.of(
                new MarkdownDoc.Heading(1, "Title", "title", at(5, 1)),
                new MarkdownDoc.Heading(2, "Why it matters", "why-it-matters", at(6, 1)),
                new MarkdownDoc.Heading(2, "Setext heading", "setext-heading", at(7, 1)),
                new MarkdownDoc.Heading(3, "Why it matters", "why-it-matters-1", at(9, 1)),
                new MarkdownDoc.Heading(4, "code & more", "code--more", at(10, 1)),
                new MarkdownDoc.Heading(2, "Main", "main-1", at(11, 1))),
                doc.headings());
        assertEquals(Set.of("title", "why-it-matters", "setext-heading", "why-it-matters-1", "code--more", "main-1"), doc.anchorIds());
    }

    @Test
    void linkPositionsPointAtTheUrl() {
        MarkdownDoc doc = parse("""
                Intro [a](x.md) and ![b](i.png "t").
                - item [c](<y.md>)

                [d]: ref.md
                [use][d] <https://e.org> www.example.org
                """, 10);
        assertEquals(List.of(
                new MarkdownDoc.Link("x.md", false, at(11, 11)),
                new MarkdownDoc.Link("i.png", true, at(11, 26)),
                new MarkdownDoc.Link("y.md", false, at(12, 13)),
                new MarkdownDoc.Link("ref.md", false, at(14, 6)),
                new MarkdownDoc.Link("https://e.org", false, at(15, 11)),
                new MarkdownDoc.Link("http://www.example.org", false, at(15, 26))),
                doc.links());
    }

    @Test
    void referenceDefinitionUsedByAnImageIsAnImage() {
        MarkdownDoc doc = parse("![pic][P]\n\n[p]: pic.png\n", 0);
        assertEquals(List.of(new MarkdownDoc.Link("pic.png", true, at(3, 6))), doc.links());
    }

    @Test
    void escapesAndEntitiesAreResolved() {
        MarkdownDoc doc = parse("[a](x\\_y.md) [b](a&amp;b.md)\n", 0);
        assertEquals(List.of("x_y.md", "a&b.md"), doc.links().stream().map(MarkdownDoc.Link::url).toList());
    }

    @Test
    void footnotesTablesAndTaskListsParse() {
        MarkdownDoc doc = parse("""
                Text[^1] ~~old~~

                | a | b |
                |---|---|
                | [x](t.md) | 2 |

                - [x] done

                [^1]: Note with [link](f.md).
                """, 0);
        assertEquals(List.of("t.md", "f.md"), doc.links().stream().map(MarkdownDoc.Link::url).toList());
        assertEquals(at(5, 7), doc.links().get(0).ref());
    }
}
