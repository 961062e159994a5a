package io.coursegen.highlight;

import java.util.ArrayList;
import java.util.List;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * A language that RSyntaxTextArea lexes: its JFlex-generated {@link TokenMaker}, run line by line as the
 * editor runs it, each line starting in the state the previous one ended in (inside a block comment, a
 * multi-line string, a tag). Only the lexers are used; no Swing component is made.
 */
final class RstaLexer implements Lexer {
    private final String syntaxStyle;

    /** {@code syntaxStyle} is one of RSyntaxTextArea's {@code SyntaxConstants.SYNTAX_STYLE_*} names. */
    RstaLexer(String syntaxStyle) {
        this.syntaxStyle = syntaxStyle;
    }

    @Override
    public List<Token> tokens(String code) {
        // A TokenMaker keeps its scanner state in fields: one per call, so pages can render in parallel.
        TokenMaker maker = TokenMakerFactory.getDefaultInstance().getTokenMaker(syntaxStyle);
        char[] chars = code.toCharArray();
        List<Token> out = new ArrayList<>();
        int state = TokenTypes.NULL;
        int lineStart = 0;
        while (lineStart <= chars.length) {
            int lineEnd = lineStart;
            while (lineEnd < chars.length && chars[lineEnd] != '\n') lineEnd++;
            int next = lineEnd + 1;
            if (lineEnd > lineStart && chars[lineEnd - 1] == '\r') lineEnd--;
            Segment line = new Segment(chars, lineStart, lineEnd - lineStart);
            int lastType = TokenTypes.NULL;
            for (org.fife.ui.rsyntaxtextarea.Token t = maker.getTokenList(line, state, lineStart); t != null; t = t.getNextToken()) {
                lastType = t.getType();
                if (!t.isPaintable()) continue;
                TokenClass kind = classOf(lastType);
                if (kind != null) add(out, t.getOffset(), t.getOffset() + t.length(), kind);
            }
            // The editor's rule (TokenMakerBase.getLastTokenTypeOnLine): a line ends in the state of its
            // last token, which is a NULL token when nothing is left open.
            state = lastType;
            lineStart = next;
        }
        return out;
    }

    /** Adds a token, joined to the one before when they touch and are of the same kind. */
    static void add(List<Token> out, int start, int end, TokenClass kind) {
        if (end <= start) return;
        if (!out.isEmpty()) {
            Token last = out.get(out.size() - 1);
            if (last.end() == start && last.kind() == kind) {
                out.set(out.size() - 1, new Token(last.start(), end, kind));
                return;
            }
        }
        out.add(new Token(start, end, kind));
    }

    /** The class for an RSyntaxTextArea token type; null for plain text (identifiers, operators, space). */
    static TokenClass classOf(int type) {
        return switch (type) {
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                    TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> TokenClass.COMMENT;
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2 -> TokenClass.KEYWORD;
            case TokenTypes.FUNCTION -> TokenClass.FUNCTION;
            case TokenTypes.LITERAL_BOOLEAN -> TokenClass.LITERAL;
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                    TokenTypes.LITERAL_NUMBER_HEXADECIMAL -> TokenClass.NUMBER;
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                    TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.MARKUP_CDATA,
                    TokenTypes.ERROR_STRING_DOUBLE, TokenTypes.ERROR_CHAR -> TokenClass.STRING;
            case TokenTypes.DATA_TYPE -> TokenClass.TYPE;
            case TokenTypes.VARIABLE -> TokenClass.VARIABLE;
            case TokenTypes.REGEX -> TokenClass.REGEX;
            case TokenTypes.ANNOTATION, TokenTypes.PREPROCESSOR, TokenTypes.MARKUP_DTD,
                    TokenTypes.MARKUP_PROCESSING_INSTRUCTION, TokenTypes.MARKUP_CDATA_DELIMITER,
                    TokenTypes.MARKUP_ENTITY_REFERENCE -> TokenClass.META;
            case TokenTypes.MARKUP_TAG_DELIMITER, TokenTypes.MARKUP_TAG_NAME -> TokenClass.TAG;
            case TokenTypes.MARKUP_TAG_ATTRIBUTE -> TokenClass.ATTRIBUTE;
            default -> null;
        };
    }
}
