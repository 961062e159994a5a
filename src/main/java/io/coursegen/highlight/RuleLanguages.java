package io.coursegen.highlight;

import io.coursegen.highlight.RuleLexer.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The languages lexed by {@link RuleLexer}: diff, TOML, Swift and R, which RSyntaxTextArea lacks, and
 * YAML, whose RSyntaxTextArea lexer marks neither keys nor scalars. Their rules follow each language's
 * reference: the unified diff format, TOML 1.0, The Swift Programming Language (lexical structure), R's
 * Language Definition (reserved words, constants), YAML 1.2 (core schema scalars).
 */
final class RuleLanguages {
    private RuleLanguages() {}

    private static final String DOUBLE_QUOTED = "\"(?:[^\"\\\\\\n]|\\\\.)*\"?";
    private static final String SINGLE_QUOTED = "'(?:[^'\\\\\\n]|\\\\.)*'?";
    private static final String NUMBER =
            "(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?)";
    private static final String WORD = "[A-Za-z_][A-Za-z0-9_]*";

    /** Unified and context diffs, git's headers included: one token a line. */
    static Lexer diff() {
        return new RuleLexer(List.of(
                new Rule(TokenClass.META, "^(?:diff |index |\\+\\+\\+ |--- |\\*\\*\\* |new file|deleted file|similarity|rename ).*"),
                new Rule(TokenClass.TAG, "^@@.*"),
                new Rule(TokenClass.INSERTED, "^[+>].*"),
                new Rule(TokenClass.DELETED, "^[-<].*"),
                new Rule(null, "^.*")), WORD, Map.of());
    }

    static Lexer toml() {
        return new RuleLexer(List.of(
                new Rule(TokenClass.COMMENT, "#.*"),
                new Rule(TokenClass.TAG, "^[ \\t]*\\[\\[?[^\\]\\n]*\\]\\]?"),
                new Rule(TokenClass.STRING, "\"\"\"[\\s\\S]*?(?:\"\"\"|\\z)|'''[\\s\\S]*?(?:'''|\\z)"),
                // Possessive and at most 20 dotted parts: a long run of `a.a.a` is tried once, not once per part.
                new Rule(TokenClass.ATTRIBUTE, "(?:[A-Za-z0-9_-]++|" + DOUBLE_QUOTED + "|" + SINGLE_QUOTED + ")"
                        + "(?:[ \\t]*\\.[ \\t]*(?:[A-Za-z0-9_-]++|" + DOUBLE_QUOTED + ")){0,20}+(?=[ \\t]*=)"),
                new Rule(TokenClass.STRING, DOUBLE_QUOTED + "|" + SINGLE_QUOTED),
                new Rule(TokenClass.NUMBER, "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})?)?"
                        + "|\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?"),
                new Rule(TokenClass.NUMBER, "[+-]?" + NUMBER + "|[+-](?:inf|nan)\\b")),
                WORD, words(Map.of(TokenClass.LITERAL, "true false"), Map.of(TokenClass.NUMBER, "inf nan")));
    }

    /** A YAML scalar is a whole value: after {@code key: }, {@code - }, a flow bracket or comma, or alone on its line. */
    private static final String SCALAR_START = "(?<=^[ \\t]{0,40}|^[ \\t]{0,40}- {1,4}|[:,\\[{][ \\t]{0,4})";

    /** A YAML key starts a line (after indentation and any {@code - }) or follows a flow {@code {} or comma; tried nowhere else, so lexing stays linear. */
    private static final String KEY_START = "(?<=^[ \\t]{0,40}|^[ \\t]{0,40}- {1,4}|[{,][ \\t]{0,4})";

    static Lexer yaml() {
        return new RuleLexer(List.of(
                new Rule(TokenClass.COMMENT, "(?<![^ \\t\\n])#.*"),
                new Rule(TokenClass.META, "^(?:---|\\.\\.\\.)(?=[ \\t]|$)|^%.*|[&*][^ \\t\\n,\\[\\]{}]+|![^ \\t\\n]*"),
                new Rule(TokenClass.ATTRIBUTE, "(?=[^ \\t\\n#])" + KEY_START + "(?:" + DOUBLE_QUOTED + "|" + SINGLE_QUOTED + "|[^ \\t\\n#:,\\[\\]{}\"'&*!|>%@`-][^\\n:#]{0,200}?|-[^ \\t\\n:#][^\\n:#]{0,200}?)(?=[ \\t]*:(?:[ \\t]|$))"),
                new Rule(TokenClass.STRING, DOUBLE_QUOTED + "|'(?:[^'\\n]|'')*'?"),
                new Rule(TokenClass.LITERAL, "(?=[tTfFnN~])" + SCALAR_START + "(?:true|false|True|False|TRUE|FALSE|null|Null|NULL|~)(?=[ \\t]*(?:$|#|,|\\]|}))"),
                new Rule(TokenClass.NUMBER, "(?=[-+.0-9])" + SCALAR_START + "[-+]?(?:" + NUMBER + "|\\.(?:inf|Inf|INF|nan|NaN|NAN))(?=[ \\t]*(?:$|#|,|\\]|}))"),
                new Rule(TokenClass.META, "[|>][-+0-9]*(?=[ \\t]*(?:$|#))")),
                "[A-Za-z_][A-Za-z0-9_]*", Map.of());
    }

    static Lexer swift() {
        return new RuleLexer(List.of(
                new Rule(TokenClass.COMMENT, "//.*|/\\*[\\s\\S]*?(?:\\*/|\\z)"),
                new Rule(TokenClass.STRING, "#*\"\"\"[\\s\\S]*?(?:\"\"\"#*|\\z)|#*" + DOUBLE_QUOTED + "#*"),
                new Rule(TokenClass.META, "@[A-Za-z_][A-Za-z0-9_]*|#(?:if|elseif|else|endif|available|unavailable|selector|keyPath|warning|error|sourceLocation|file|line|function|column)\\b"),
                new Rule(TokenClass.NUMBER, NUMBER),
                new Rule(null, "`[^`\\n]*`|\\$[0-9]+")),
                WORD, words(Map.of(
                        TokenClass.KEYWORD, "associatedtype class deinit enum extension fileprivate func import init inout internal let open operator"
                                + " private precedencegroup protocol public rethrows static struct subscript typealias var break case catch continue"
                                + " default defer do else fallthrough for guard if in repeat return throw throws switch where while as is try"
                                + " async await actor some any mutating nonmutating override final lazy weak unowned convenience required"
                                + " dynamic indirect optional get set willSet didSet consume borrowing consuming",
                        TokenClass.LITERAL, "true false nil self Self super",
                        TokenClass.TYPE, "Int Int8 Int16 Int32 Int64 UInt UInt8 UInt16 UInt32 UInt64 Double Float Bool String Character"
                                + " Array Dictionary Set Optional Result Void Any AnyObject Error Never")));
    }

    static Lexer r() {
        return new RuleLexer(List.of(
                new Rule(TokenClass.COMMENT, "#.*"),
                new Rule(TokenClass.STRING, "[rR][\"'](?:-*)[(\\[{][\\s\\S]*?[)\\]}]-*[\"']"),
                new Rule(TokenClass.STRING, "\"(?:[^\"\\\\]|\\\\[\\s\\S])*\"?|'(?:[^'\\\\]|\\\\[\\s\\S])*'?"),
                new Rule(null, "`[^`\\n]*`"),
                new Rule(TokenClass.NUMBER, "(?:0[xX][0-9a-fA-F]+|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)[Li]?")),
                "[A-Za-z.][A-Za-z0-9._]*", words(Map.of(
                        TokenClass.KEYWORD, "if else repeat while function for in next break return",
                        TokenClass.LITERAL, "TRUE FALSE NULL NA NA_integer_ NA_real_ NA_complex_ NA_character_ Inf NaN")));
    }

    @SafeVarargs
    private static Map<String, TokenClass> words(Map<TokenClass, String>... tables) {
        Map<String, TokenClass> out = new HashMap<>();
        for (Map<TokenClass, String> table : tables) {
            table.forEach((kind, list) -> {
                for (String w : list.split(" ")) out.put(w, kind);
            });
        }
        return out;
    }
}
