package io.coursegen.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexer from an ordered list of regular expressions, for the languages RSyntaxTextArea has no lexer
 * for (see {@link Languages}). At each position the first rule that matches there wins and its text is
 * one token; words are looked up in a table (keywords, types, literals); anything else is one plain
 * character. Rules see the whole code, so a token may span lines (a block comment, a triple-quoted string).
 */
final class RuleLexer implements Lexer {
    /** One rule: text matching {@code regex} (which must use only non-capturing groups) is of {@code kind}. */
    record Rule(TokenClass kind, String regex) {}

    private final Pattern pattern;
    private final List<TokenClass> kinds;
    private final int wordGroup;
    private final Map<String, TokenClass> words;

    /**
     * @param rules tried in order before words
     * @param word what a word is (an identifier); looked up in {@code words}, plain if absent
     */
    RuleLexer(List<Rule> rules, String word, Map<String, TokenClass> words) {
        StringBuilder alternation = new StringBuilder();
        List<TokenClass> k = new ArrayList<>();
        for (Rule r : rules) {
            if (Pattern.compile(r.regex()).matcher("").groupCount() != 0) {
                throw new IllegalArgumentException("rule has a capturing group: " + r.regex());
            }
            alternation.append(alternation.isEmpty() ? "" : "|").append('(').append(r.regex()).append(')');
            k.add(r.kind());
        }
        alternation.append(alternation.isEmpty() ? "" : "|").append('(').append(word).append(')');
        this.pattern = Pattern.compile(alternation.toString(), Pattern.MULTILINE);
        this.kinds = java.util.Collections.unmodifiableList(k); // null: a rule whose text stays plain
        this.wordGroup = k.size() + 1;
        this.words = Map.copyOf(words);
    }

    /** Longer code, or code with a longer line, is left plain: regular expressions may take time that grows faster than the text. */
    static final int MAX_CHARS = 100_000;

    static final int MAX_LINE = 5_000;

    @Override
    public List<Token> tokens(String code) {
        if (code.length() > MAX_CHARS || longestLine(code) > MAX_LINE) return List.of();
        try {
            return scan(code);
        } catch (StackOverflowError e) {
            // Java's regex engine recurses on some repetitions; text that runs it out of stack is shown plain.
            return List.of();
        }
    }

    private static int longestLine(String code) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= code.length(); i++) {
            if (i == code.length() || code.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    private List<Token> scan(String code) {
        List<Token> out = new ArrayList<>();
        Matcher m = pattern.matcher(code);
        // `^` must mean the start of a line of the code, not the start of the region being tried.
        m.useAnchoringBounds(false).useTransparentBounds(true);
        int at = 0;
        while (at < code.length()) {
            m.region(at, code.length());
            if (!m.lookingAt() || m.end() == at) {
                at++;
                continue;
            }
            if (m.group(wordGroup) != null) {
                TokenClass kind = words.get(m.group(wordGroup));
                if (kind != null) RstaLexer.add(out, at, m.end(), kind);
            } else {
                for (int g = 1; g < wordGroup; g++) {
                    if (m.group(g) != null) {
                        if (kinds.get(g - 1) != null) RstaLexer.add(out, at, m.end(), kinds.get(g - 1));
                        break;
                    }
                }
            }
            at = m.end();
        }
        return out;
    }
}
