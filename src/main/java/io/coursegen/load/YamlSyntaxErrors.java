package io.coursegen.load;

import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns SnakeYAML's syntax errors, written in the parser's terms ({@code expected <block end>, but
 * found '<block mapping start>'}, {@code mapping values are not allowed here}), into what is wrong
 * and how to fix it, at the line where the author has to change something. The parser stops where
 * it can no longer make sense of the text, which is often one token after the slip; each rule here
 * looks at the lines around that place to find the slip itself. A message no rule knows is kept as
 * SnakeYAML wrote it.
 */
final class YamlSyntaxErrors {
    private YamlSyntaxErrors() {}

    /** A rewritten error: 0-based line and column in the YAML text, and the message. */
    record Rewritten(int line, int col, String message) {}

    static Optional<Rewritten> rewrite(MarkedYAMLException e, String text) {
        Mark at = e.getProblemMark();
        String problem = e.getProblem();
        if (at == null || problem == null) return Optional.empty();
        String[] lines = text.split("\n", -1);
        if (at.getLine() >= lines.length) return Optional.empty();
        String context = e.getContext() == null ? "" : e.getContext();
        if (problem.startsWith("found character '\\t")) {
            return Optional.of(new Rewritten(at.getLine(), at.getColumn(), "a tab here; YAML indents with spaces only, so"
                    + " replace the tab with spaces"));
        }
        if (problem.equals("mapping values are not allowed here")) return mappingValueHere(lines, at);
        if (problem.startsWith("expected <block end>") || problem.equals("did not find expected key")
                || problem.startsWith("did not find expected '-'")) {
            return misaligned(lines, at);
        }
        if (problem.equals("could not find expected ':'")) {
            int line = e.getContextMark() != null ? e.getContextMark().getLine() : at.getLine();
            return Optional.of(new Rewritten(line, indent(lines[Math.min(line, lines.length - 1)]), "this line is neither a"
                    + " `key: value` nor a `- item`; add the missing `:` after the key, or, if it continues the text above,"
                    + " indent it under that text or put the whole text in quotes"));
        }
        if (problem.startsWith("found unexpected end of stream") && context.contains("quoted scalar") && e.getContextMark() != null) {
            Mark open = e.getContextMark();
            return Optional.of(new Rewritten(open.getLine(), open.getColumn(), "the quote that opens this text is never closed;"
                    + " end the text with the same quote (`\"` or `'`)"));
        }
        if (problem.startsWith("found undefined alias")) {
            return Optional.of(new Rewritten(at.getLine(), at.getColumn(), "this alias names no anchor; write `&name` on a"
                    + " value above it before using `*name`"));
        }
        if (problem.startsWith("expected ',' or ']'") && e.getContextMark() != null) {
            Mark open = e.getContextMark();
            return Optional.of(new Rewritten(open.getLine(), open.getColumn(), "the list opened with `[` here is not closed"
                    + " where expected; close it with `]`, separate its items with `,`, and quote an item that holds `:`, `[` or `]`"));
        }
        if (problem.startsWith("expected ',' or '}'") && e.getContextMark() != null) {
            Mark open = e.getContextMark();
            return Optional.of(new Rewritten(open.getLine(), open.getColumn(), "the mapping opened with `{` here is not closed"
                    + " where expected; close it with `}`, separate its entries with `,`, and quote a value that holds `:`, `{` or `}`"));
        }
        return Optional.empty();
    }

    /**
     * {@code mapping values are not allowed here}: a {@code key:} where YAML is still reading a value.
     * Either the line is indented deeper than the key above it, so it reads as that key's text going
     * on, or a text holds {@code ": "} without quotes.
     */
    private static Optional<Rewritten> mappingValueHere(String[] lines, Mark at) {
        String line = lines[at.getLine()];
        int own = indent(line);
        int above = previousContentLine(lines, at.getLine());
        if (above >= 0 && own > keyIndent(lines[above]) && own == at.getColumn() - keyLength(line, own)) {
            String key = line.substring(own, Math.min(line.length(), at.getColumn()));
            int level = keyIndent(lines[above]);
            return Optional.of(new Rewritten(at.getLine(), own, "`" + key + ":` is indented " + own + " spaces, more than the line"
                    + " above it (" + level + "), so YAML reads it as the rest of that line's value; indent it "
                    + level + " spaces like the line above, or deeper only under a key that ends in `:`"));
        }
        int colon = at.getColumn();
        return Optional.of(new Rewritten(at.getLine(), colon, "a `: ` inside a text without quotes reads as a new key; put the"
                + " whole text in quotes (`key: \"a: b\"`), or use a block (`key: |` with the text on the lines below)"));
    }

    /**
     * {@code expected <block end>} and its kin: a line indented to no level the mapping or list above
     * it uses. The line is usually the one the parser stopped at.
     */
    private static Optional<Rewritten> misaligned(String[] lines, Mark at) {
        int line = at.getLine();
        int own = indent(lines[line]);
        int above = previousContentLine(lines, line);
        if (above < 0) {
            return Optional.of(new Rewritten(line, own, "this line is indented " + own + " spaces, which lines it up with nothing"
                    + " above it; indent it like the keys or `- ` items it belongs with"));
        }
        // The keys above it, and the key that holds them: the two indents the line could mean.
        int level = keyIndent(lines[above]);
        if (lines[line].strip().startsWith("-") && own <= level && !lines[above].strip().startsWith("-")) {
            return Optional.of(new Rewritten(line, own, "a list item `-` among the keys of a mapping; one level holds either"
                    + " `key: value` lines or `- item` lines, not both: put the items under a key that ends in `:`, indented below it"));
        }
        int outer = -1;
        for (int i = above - 1; i >= 0; i--) {
            String s = lines[i].strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            if (keyIndent(lines[i]) < level) {
                outer = keyIndent(lines[i]);
                break;
            }
        }
        return Optional.of(new Rewritten(line, own, "this line is indented " + own + " spaces, but the line above it is indented "
                + level + (outer >= 0 ? " and the key holding it " + outer : "") + "; indent it " + level + " spaces to continue the"
                + " keys above" + (outer >= 0 ? ", or " + outer + " to start a new key beside the one holding them" : "")));
    }

    /** Where a line's key starts: its indent, and past any {@code - } that opens a list item on it. */
    private static int keyIndent(String line) {
        int i = indent(line);
        while (i + 1 < line.length() && line.charAt(i) == '-' && line.charAt(i + 1) == ' ') {
            i += 2;
            while (i < line.length() && line.charAt(i) == ' ') i++;
        }
        return i;
    }

    private static int keyLength(String line, int from) {
        int colon = line.indexOf(':', from);
        return colon < 0 ? 0 : colon - from;
    }

    private static int previousContentLine(String[] lines, int line) {
        for (int i = line - 1; i >= 0; i--) {
            String s = lines[i].strip();
            if (!s.isEmpty() && !s.startsWith("#")) return i;
        }
        return -1;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }
}
