package io.coursegen.highlight;

/**
 * One highlighted stretch of a code block: characters {@code [start, end)} of the code, of kind
 * {@code kind}. Text between tokens is plain.
 */
public record Token(int start, int end, TokenClass kind) {
    public Token {
        if (start < 0 || end <= start) throw new IllegalArgumentException("empty or negative token " + start + ".." + end);
    }
}
