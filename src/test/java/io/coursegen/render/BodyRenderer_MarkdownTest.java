package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The markdown features lessons use render to the exact HTML the stylesheet expects. */
class BodyRenderer_MarkdownTest {

    @Test
    void calloutsOfEveryKind() {
        assertEquals("<div role=\"note\" class=\"callout callout-note\"><p class=\"callout-title\">Note</p>\n<p>Read this.</p>\n</div>",
                Render_Fixture.body("> [!NOTE]\n> Read this.\n").strip());
        assertEquals("<div role=\"note\" class=\"callout callout-disagree\"><p class=\"callout-title\">Sources disagree</p>\n<p>A says 10%, B says 20%.</p>\n</div>",
                Render_Fixture.body("> [!DISAGREE]\n> A says 10%, B says 20%.\n").strip());
        assertEquals("<div role=\"note\" class=\"callout callout-tip\"><p class=\"callout-title\">Tip</p>\n<p>Same line.</p>\n</div>",
                Render_Fixture.body("> [!tip] Same line.\n").strip());
    }

    @Test
    void plainBlockquoteStaysAQuote() {
        assertEquals("<blockquote>\n<p>Just a quote.</p>\n</blockquote>", Render_Fixture.body("> Just a quote.\n").strip());
    }

    @Test
    void severalTablesOnAPageGetDistinctRegionNames() {
        String html = Render_Fixture.body("| A |\n|---|\n| 1 |\n\ntext\n\n| B |\n|---|\n| 2 |\n");
        assertTrue(html.contains("aria-label=\"Table 1\"><table>"), html);
        assertTrue(html.contains("aria-label=\"Table 2\"><table>"), html);
        assertFalse(html.contains("aria-label=\"Table\""), html);
    }

    @Test
    void tableAlignmentBecomesClassesNotStyles() {
        assertEquals("""
                <div class="table-wrap" tabindex="0" role="region" aria-label="Table"><table>
                <thead>
                <tr><th class="align-left">A</th><th class="align-center">B</th><th class="align-right">C</th></tr>
                </thead>
                <tbody>
                <tr><td class="align-left">1</td><td class="align-center">2</td><td class="align-right">3</td></tr>
                </tbody>
                </table></div>""", Render_Fixture.body("| A | B | C |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n").strip());
    }

    @Test
    void taskListCheckboxesAreLabelledAndNotReadonly() {
        String html = Render_Fixture.body("- [x] done\n- [ ] open\n");
        assertEquals("""
                <ul>
                <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" checked disabled aria-label="done">&nbsp;done</li>
                <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled aria-label="not done">&nbsp;open</li>
                </ul>""", html.strip());
    }

    @Test
    void footnotesStrikethroughAndAutolinks() {
        String html = Render_Fixture.body("Claim[^1] ~~old~~ see https://example.org\n\n[^1]: Source.\n");
        assertEquals("""
                <p>Claim<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup> <del>old</del> see <a href="https://example.org">https://example.org</a></p>
                <div class="footnotes">
                <hr>
                <ol>
                <li id="fn-1">
                <p>Source.</p>
                <a href="#fnref-1" class="footnote-backref">↩</a></li>
                </ol>
                </div>""", html.strip());
    }

    @Test
    void fencedCodeIsHighlightedWithClassesThatSurviveSanitizing() {
        assertEquals("<pre tabindex=\"0\"><code class=\"language-python\"><span class=\"hl-keyword\">def</span> f():  "
                + "<span class=\"hl-comment\"># &lt;b&gt;</span>\n    <span class=\"hl-keyword\">return</span> "
                + "<span class=\"hl-string\">\"a&amp;b\"</span>\n</code></pre>",
                Render_Fixture.body("```python\ndef f():  # <b>\n    return \"a&b\"\n```\n").strip());
        // The info string's first word names the language; flexmark's class keeps the word as written.
        assertTrue(Render_Fixture.body("```rust,ignore\nfn main() {}\n```\n")
                .startsWith("<pre tabindex=\"0\"><code class=\"language-rust,ignore\"><span class=\"hl-keyword\">fn</span>"));
    }

    @Test
    void codeInAnUnknownLanguageIsPlain() {
        assertEquals("<pre tabindex=\"0\"><code class=\"language-mermaid\">graph TD; A--&gt;B\n</code></pre>",
                Render_Fixture.body("```mermaid\ngraph TD; A-->B\n```\n").strip());
        assertEquals("<pre tabindex=\"0\"><code>if x &lt; 1\n</code></pre>", Render_Fixture.body("```\nif x < 1\n```\n").strip());
    }

    @Test
    void regexLexedCodePastThePageBudgetIsPlain() {
        String block = "```yaml\n" + "key: 1\n".repeat(1000) + "```\n\n"; // 7,000 characters: one fits the 10,000 budget, two do not
        String html = Render_Fixture.body(block + block + "```java\nint x;\n```\n");
        String[] blocks = html.split("</pre>");
        assertTrue(blocks[0].contains("<span class=\"hl-attr\">key</span>"), "the first block is highlighted");
        assertFalse(blocks[1].contains("hl-"), "the second is past the budget and plain");
        assertTrue(blocks[2].contains("<span class=\"hl-type\">int</span>"), "languages lexed by RSyntaxTextArea have no budget");
    }
}
