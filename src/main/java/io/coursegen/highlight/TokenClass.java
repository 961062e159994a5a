package io.coursegen.highlight;

/**
 * What a highlighted token is, as the stylesheet sees it: each is one CSS class ({@code hl-keyword},
 * ...), coloured in site.css for the light, dark and print themes. Few on purpose, so every language
 * reads alike and each colour pair can be held to contrast.
 */
public enum TokenClass {
    COMMENT("hl-comment"),
    KEYWORD("hl-keyword"),
    STRING("hl-string"),
    NUMBER("hl-number"),
    /** true, false, null, nil, None, ... */
    LITERAL("hl-literal"),
    TYPE("hl-type"),
    FUNCTION("hl-function"),
    VARIABLE("hl-variable"),
    REGEX("hl-regex"),
    /** Annotations, decorators, preprocessor lines, a shebang. */
    META("hl-meta"),
    /** A markup tag's name and delimiters; a heading or section in markdown, TOML, a diff's hunk header. */
    TAG("hl-tag"),
    /** A markup attribute's name; a key in JSON, YAML or TOML. */
    ATTRIBUTE("hl-attr"),
    /** A line a diff adds. */
    INSERTED("hl-inserted"),
    /** A line a diff removes. */
    DELETED("hl-deleted");

    private final String cssClass;

    TokenClass(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The class the token's {@code span} carries. */
    public String cssClass() {
        return cssClass;
    }
}
