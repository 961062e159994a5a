package io.coursegen.highlight;

import java.util.List;
import java.util.Optional;

/**
 * Highlights code at build time: each token becomes a {@code <span class="hl-...">} (see
 * {@link TokenClass}), so pages need no script and no style attribute, and the site's stylesheet
 * colours them for the light, dark and print themes. Code in a language it does not know is escaped
 * and left plain.
 */
public final class Highlighter {
    private Highlighter() {}

    /** Whether {@code info}, a fence's info string, names a known language. */
    public static boolean knows(String info) {
        return Languages.of(info).isPresent();
    }

    /**
     * Whether the language {@code info} names is lexed by regular expressions ({@link RuleLexer}), whose
     * time can grow faster than the text: a page gives such blocks a budget ({@link HighlightExtension}).
     */
    static boolean isRuleLexed(String info) {
        return Languages.of(info).map(l -> l.lexer() instanceof RuleLexer).orElse(false);
    }

    /** The tokens of {@code code} in the language {@code info} names; none for an unknown language. */
    public static List<Token> tokens(String info, String code) {
        return Languages.of(info).map(l -> l.lexer().tokens(code)).orElse(List.of());
    }

    /** The language's own name for {@code info} ({@code py} gives {@code python}), if known. */
    public static Optional<String> language(String info) {
        return Languages.of(info).map(Languages.Language::name);
    }

    /** {@code code} as HTML: escaped, its tokens in spans; the text content is {@code code} unchanged. */
    public static String html(String info, String code) {
        StringBuilder out = new StringBuilder(code.length() + code.length() / 2);
        int at = 0;
        for (Token t : tokens(info, code)) {
            escape(code, at, t.start(), out);
            out.append("<span class=\"").append(t.kind().cssClass()).append("\">");
            escape(code, t.start(), t.end(), out);
            out.append("</span>");
            at = t.end();
        }
        escape(code, at, code.length(), out);
        return out.toString();
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
