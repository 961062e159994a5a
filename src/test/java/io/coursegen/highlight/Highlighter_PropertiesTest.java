package io.coursegen.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;

/**
 * Whatever the code, every lexer gives tokens inside it, in order and not overlapping, and the HTML
 * reads back as the code: a half-written comment or string never swallows or duplicates text.
 */
class Highlighter_PropertiesTest {
    @Property(tries = 300)
    void tokensAreOrderedAndTheHtmlKeepsTheCode(@ForAll("languages") String language, @ForAll("code") String code) {
        List<Token> tokens = Highlighter.tokens(language, code);
        int at = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= at && t.end() <= code.length(), language + " " + tokens + " in " + code);
            at = t.end();
        }
        String html = Highlighter.html(language, code);
        assertEquals(code.replace("\r\n", "\n").replace('\r', '\n'),
                Jsoup.parseBodyFragment("<pre><code>" + html + "</code></pre>").selectFirst("code").wholeText().replace("\r\n", "\n").replace('\r', '\n'),
                language);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of(Languages.ALL.stream().map(Languages.Language::name).toList());
    }

    /** Code-like text: the characters that open and close comments, strings, tags and blocks. */
    @Provide
    Arbitrary<String> code() {
        return Arbitraries.strings().withChars("abcxyz019 \t\n\"'`#/*<>!-+@$&;{}[]()=:.,\\|%?").ofMaxLength(80)
                .injectDuplicates(0.1);
    }
}
