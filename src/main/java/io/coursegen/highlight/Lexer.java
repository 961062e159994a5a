package io.coursegen.highlight;

import java.util.List;

/** Splits one language's code into tokens. Implementations keep no state between calls. */
interface Lexer {
    /** The tokens of {@code code}, in order, not overlapping; plain text is left out. */
    List<Token> tokens(String code);
}
