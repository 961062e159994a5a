package io.coursegen.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language the README promises highlights its sample ({@code samples.txt} beside this class's
 * resources): each listed token is found whole, with its class. A failure shows the sample and the
 * tokens the lexer did find.
 */
class Highlighter_LanguagesTest {
    /** The languages issue 16 names, which the README promises. */
    static final List<String> PROMISED = List.of("python", "javascript", "typescript", "json", "yaml", "bash", "java",
            "c", "c++", "c#", "go", "rust", "sql", "html", "xml", "css", "markdown", "diff", "toml", "ruby", "php",
            "kotlin", "swift", "r", "dockerfile");

    record Sample(String language, String code, List<String> expected) {
        @Override
        public String toString() {
            return language;
        }
    }

    static List<Sample> samples() throws IOException {
        String text;
        try (InputStream in = Objects.requireNonNull(Highlighter_LanguagesTest.class.getResourceAsStream("samples.txt"))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Sample> out = new ArrayList<>();
        String[] blocks = text.split("(?m)^~~~ ");
        for (int i = 1; i < blocks.length; i += 2) {
            String head = blocks[i];
            String language = head.substring(0, head.indexOf('\n')).strip();
            String code = head.substring(head.indexOf('\n') + 1);
            String expect = blocks[i + 1];
            assertTrue(expect.startsWith("expect\n"), "sample " + language + " must be followed by ~~~ expect");
            out.add(new Sample(language, code, expect.substring("expect\n".length()).lines().filter(l -> !l.isBlank()).toList()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleTokensGetTheirClasses(Sample sample) {
        List<String> found = Highlighter.tokens(sample.language(), sample.code()).stream()
                .map(t -> t.kind().cssClass().substring("hl-".length()) + " " + sample.code().substring(t.start(), t.end()))
                .toList();
        for (String want : sample.expected()) {
            assertTrue(found.contains(want), "in " + sample.language() + " sample:\n" + sample.code()
                    + "\nexpected token `" + want + "`; found " + found);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void htmlIsClassBasedAndKeepsTheText(Sample sample) {
        String html = Highlighter.html(sample.language(), sample.code());
        var body = Jsoup.parseBodyFragment("<pre><code>" + html + "</code></pre>").body();
        // jsoup reads the escaped text back exactly: nothing lost, added or reordered.
        assertEquals(sample.code(), body.selectFirst("code").wholeText(), html);
        assertTrue(body.select("span").size() >= sample.expected().size(), html);
        body.select("code *").forEach(e -> {
            assertEquals("span", e.tagName(), html);
            assertEquals(List.of("class"), e.attributes().asList().stream().map(a -> a.getKey()).toList(), html);
            assertTrue(e.className().matches("hl-[a-z]+"), e.className());
            assertTrue(e.children().isEmpty(), "spans are not nested: " + html);
        });
    }

    @Test
    void everyPromisedLanguageHasASample() {
        List<String> sampled = assertDoesNotThrowSamples().stream().map(Sample::language).toList();
        assertEquals(PROMISED, sampled);
        for (String l : PROMISED) assertTrue(Highlighter.knows(l), l);
    }

    @Test
    void aliasesNameTheSameLanguage() {
        for (String[] pair : new String[][] {{"py", "python"}, {"js", "javascript"}, {"ts", "typescript"}, {"yml", "yaml"},
                {"sh", "bash"}, {"shell", "bash"}, {"cpp", "c++"}, {"csharp", "c#"}, {"cs", "c#"}, {"golang", "go"},
                {"rs", "rust"}, {"md", "markdown"}, {"patch", "diff"}, {"rb", "ruby"}, {"kt", "kotlin"},
                {"docker", "dockerfile"}, {"R", "r"}, {"Python", "python"}}) {
            assertEquals(java.util.Optional.of(pair[1]), Highlighter.language(pair[0]), pair[0]);
        }
    }

    @Test
    void infoStringsNameTheirLanguageByTheFirstWord() {
        assertEquals(java.util.Optional.of("rust"), Highlighter.language("rust,ignore"));
        assertEquals(java.util.Optional.of("python"), Highlighter.language("python title=\"app.py\""));
        assertEquals(java.util.Optional.of("python"), Highlighter.language("  python  "));
        assertEquals(java.util.Optional.of("r"), Highlighter.language("r{echo=FALSE}"));
        assertEquals(java.util.Optional.of("java"), Highlighter.language("language-java"));
    }

    @Test
    void unknownLanguagesStayPlainAndEscaped() {
        for (String info : new String[] {"", "text", "plaintext", "mermaid", "nonsense-lang", "{.python}", "c--"}) {
            assertFalse(Highlighter.knows(info), info);
            assertEquals(List.of(), Highlighter.tokens(info, "if x < 1 then \"y\" & z"), info);
            assertEquals("if x &lt; 1 then &quot;y&quot; &amp; z", Highlighter.html(info, "if x < 1 then \"y\" & z"), info);
        }
    }

    @Test
    void markupInCodeIsEscapedInsideSpans() {
        String html = Highlighter.html("html", "<script>alert(\"x\")</script>");
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("<span class=\"hl-tag\">&lt;script&gt;</span>") || html.contains("&lt;</span>"), html);
    }

    private static List<Sample> assertDoesNotThrowSamples() {
        try {
            return samples();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<String> promised() {
        return PROMISED.stream();
    }

    @Test
    void regexLexedCodeWithAVeryLongLineStaysPlain() {
        assertFalse(Highlighter.tokens("yaml", "key: " + "a".repeat(RuleLexer.MAX_LINE - 5)).isEmpty());
        assertEquals(List.of(), Highlighter.tokens("yaml", "key: " + "a".repeat(RuleLexer.MAX_LINE + 1)));
        assertEquals(List.of(), Highlighter.tokens("toml", "a = 1\n".repeat(RuleLexer.MAX_CHARS / 6 + 1)));
    }
}
