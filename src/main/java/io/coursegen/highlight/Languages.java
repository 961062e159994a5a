package io.coursegen.highlight;

import static org.fife.ui.rsyntaxtextarea.SyntaxConstants.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The languages a fenced code block may name, by every name it answers to ({@code py} and {@code python},
 * {@code sh}, {@code bash} and {@code shell}), the names GitHub and highlight.js use. Most are lexed by
 * RSyntaxTextArea; YAML, diff, TOML, Swift and R by {@link RuleLanguages}.
 */
public final class Languages {
    /** One language: the name shown in the README table, the names a fence may use, its lexer. */
    record Language(String name, List<String> aliases, Lexer lexer) {}

    /** Every language, in the README's order. */
    static final List<Language> ALL = List.of(
            rsta("python", SYNTAX_STYLE_PYTHON, "py", "python3", "py3", "gyp"),
            rsta("javascript", SYNTAX_STYLE_JAVASCRIPT, "js", "mjs", "cjs", "jsx", "node"),
            rsta("typescript", SYNTAX_STYLE_TYPESCRIPT, "ts", "tsx", "mts", "cts"),
            rsta("json", SYNTAX_STYLE_JSON_WITH_COMMENTS, "jsonc", "json5", "webmanifest"),
            rule("yaml", RuleLanguages::yaml, "yml"),
            rsta("bash", SYNTAX_STYLE_UNIX_SHELL, "sh", "shell", "zsh", "ksh", "console", "shellsession", "sh-session"),
            rsta("java", SYNTAX_STYLE_JAVA, "jsp"),
            rsta("c", SYNTAX_STYLE_C, "h"),
            rsta("c++", SYNTAX_STYLE_CPLUSPLUS, "cpp", "cxx", "cc", "hpp", "hxx", "hh"),
            rsta("c#", SYNTAX_STYLE_CSHARP, "csharp", "cs"),
            rsta("go", SYNTAX_STYLE_GO, "golang"),
            rsta("rust", SYNTAX_STYLE_RUST, "rs"),
            rsta("sql", SYNTAX_STYLE_SQL, "mysql", "postgresql", "postgres", "sqlite", "plsql"),
            rsta("html", SYNTAX_STYLE_HTML, "htm", "xhtml"),
            rsta("xml", SYNTAX_STYLE_XML, "svg", "xsd", "xsl", "xslt", "plist", "rss", "atom", "wsdl"),
            rsta("css", SYNTAX_STYLE_CSS),
            rsta("markdown", SYNTAX_STYLE_MARKDOWN, "md", "mkd", "mdown"),
            rule("diff", RuleLanguages::diff, "patch", "udiff"),
            rule("toml", RuleLanguages::toml),
            rsta("ruby", SYNTAX_STYLE_RUBY, "rb", "gemspec", "rake"),
            rsta("php", SYNTAX_STYLE_PHP, "php3", "php4", "php5", "php7", "php8"),
            rsta("kotlin", SYNTAX_STYLE_KOTLIN, "kt", "kts"),
            rule("swift", RuleLanguages::swift),
            rule("r", RuleLanguages::r, "rscript", "splus"),
            rsta("dockerfile", SYNTAX_STYLE_DOCKERFILE, "docker", "containerfile"),
            rsta("scala", SYNTAX_STYLE_SCALA, "sc"),
            rsta("groovy", SYNTAX_STYLE_GROOVY, "gradle"),
            rsta("dart", SYNTAX_STYLE_DART),
            rsta("lua", SYNTAX_STYLE_LUA),
            rsta("perl", SYNTAX_STYLE_PERL, "pl", "pm"),
            rsta("makefile", SYNTAX_STYLE_MAKEFILE, "make", "mk", "mak"),
            rsta("ini", SYNTAX_STYLE_INI, "cfg", "conf", "editorconfig"),
            rsta("properties", SYNTAX_STYLE_PROPERTIES_FILE, "java-properties"),
            rsta("latex", SYNTAX_STYLE_LATEX, "tex"),
            rsta("less", SYNTAX_STYLE_LESS),
            rsta("protobuf", SYNTAX_STYLE_PROTO, "proto"),
            rsta("batch", SYNTAX_STYLE_WINDOWS_BATCH, "bat", "cmd", "dos"),
            rsta("lisp", SYNTAX_STYLE_LISP, "elisp", "emacs-lisp"),
            rsta("clojure", SYNTAX_STYLE_CLOJURE, "clj", "cljs", "edn"),
            rsta("d", SYNTAX_STYLE_D),
            rsta("fortran", SYNTAX_STYLE_FORTRAN, "f90", "f95"),
            rsta("tcl", SYNTAX_STYLE_TCL),
            rsta("vb", SYNTAX_STYLE_VISUAL_BASIC, "vbnet", "vba", "visual-basic"),
            rsta("handlebars", SYNTAX_STYLE_HANDLEBARS, "hbs", "mustache"),
            rsta("delphi", SYNTAX_STYLE_DELPHI, "pascal"),
            rsta("actionscript", SYNTAX_STYLE_ACTIONSCRIPT, "as"),
            rsta("nsis", SYNTAX_STYLE_NSIS),
            rsta("sas", SYNTAX_STYLE_SAS),
            rsta("vhdl", SYNTAX_STYLE_VHDL),
            rsta("x86asm", SYNTAX_STYLE_ASSEMBLER_X86, "asm", "nasm"),
            rsta("csv", SYNTAX_STYLE_CSV));

    private static final Map<String, Language> BY_NAME = byName();

    private Languages() {}

    /**
     * The language a fence's info string names: its first word (up to a space, comma or {@code {}), without
     * case; {@code ```rust,ignore} and {@code ```python title="x"} both name theirs. Empty when none is
     * named or the name is not known, and the block stays plain.
     */
    static Optional<Language> of(String info) {
        String word = info.strip();
        int end = 0;
        while (end < word.length() && " \t,{".indexOf(word.charAt(end)) < 0) end++;
        word = word.substring(0, end).toLowerCase(Locale.ROOT);
        if (word.startsWith("language-")) word = word.substring("language-".length());
        return Optional.ofNullable(BY_NAME.get(word));
    }

    /** Every name a fence may use, each language's own name first. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    private static Map<String, Language> byName() {
        Map<String, Language> out = new LinkedHashMap<>();
        for (Language l : ALL) {
            for (String n : l.aliases()) {
                if (out.put(n, l) != null) throw new IllegalStateException("language name used twice: " + n);
            }
        }
        return Map.copyOf(out);
    }

    private static Language rsta(String name, String style, String... aliases) {
        RstaLexer lexer = new RstaLexer(style);
        return new Language(name, names(name, aliases), lexer);
    }

    private static Language rule(String name, Supplier<Lexer> lexer, String... aliases) {
        return new Language(name, names(name, aliases), lexer.get());
    }

    private static List<String> names(String name, String... aliases) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), java.util.Arrays.stream(aliases)).toList();
    }
}
