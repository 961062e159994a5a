package io.coursegen.load;

import io.coursegen.model.SourceRef;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Maps each character of a YAML scalar's value back to where it is written in the file, so that a link
 * inside a quiz explanation is reported at its own line and column, as in a lesson.
 *
 * <p>SnakeYAML gives only the scalar's start and end. The value is then walked side by side with the
 * source between them: equal characters pair up; white space the value does not have (indentation of a
 * block scalar or of a plain scalar's continuation lines, the blank line a fold turns into one line
 * break) is skipped; a line break the value folded into a space pairs with that space; {@code ''} in a
 * single-quoted scalar is one quote, and {@code \"}, {@code \\}, {@code \n}, {@code \t} and an escaped
 * line break in a double-quoted one are read as YAML reads them. That covers plain, quoted, literal
 * ({@code |}) and folded ({@code >}) scalars exactly. Where the walk meets something it cannot pair
 * (another escape, such as {@code \u00e9}), exact mapping is not possible without re-implementing
 * YAML's scanner: every character from there on is placed at the scalar's start, which is still the
 * right value to look at.
 */
public final class ScalarPositions implements TextPositions {
    private final String path;
    private final LineIndex lines;
    private final int lineOffset;
    private final int[] sourceOffsets;
    private final SourceRef start;

    private ScalarPositions(String path, LineIndex lines, int lineOffset, int[] sourceOffsets, SourceRef start) {
        this.path = path;
        this.lines = lines;
        this.lineOffset = lineOffset;
        this.sourceOffsets = sourceOffsets;
        this.start = start;
    }

    /**
     * The positions of {@code scalar}'s value; {@code source} is the YAML text it was parsed from, whose
     * first line is line {@code lineOffset + 1} of {@code path}.
     */
    public static ScalarPositions of(String path, String source, int lineOffset, ScalarNode scalar) {
        return of(path, source, new LineIndex(source), lineOffset, scalar);
    }

    /** As {@link #of(String, String, int, ScalarNode)}, with the line starts of {@code source} already known. */
    static ScalarPositions of(String path, String source, LineIndex lines, int lineOffset, ScalarNode scalar) {
        Mark startMark = scalar.getStartMark();
        SourceRef start = new SourceRef(path, startMark.getLine() + 1 + lineOffset, startMark.getColumn() + 1);
        int from = lines.offset(startMark.getLine(), startMark.getColumn(), source.length());
        int to = lines.offset(scalar.getEndMark().getLine(), scalar.getEndMark().getColumn(), source.length());
        ScalarStyle style = scalar.getScalarStyle();
        if (style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED) {
            from = Math.min(from + 1, to);
        } else if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            // The header line holds only the indicators (and perhaps a comment); the text starts below it.
            int nl = source.indexOf('\n', from);
            from = nl < 0 || nl >= to ? to : nl + 1;
        }
        return new ScalarPositions(path, lines, lineOffset, align(scalar.getValue(), source, from, to, style), start);
    }

    /** Pairs each character of {@code value} with its offset in {@code source[from, to)}; -1 where that is not known. */
    static int[] align(String value, String source, int from, int to, ScalarStyle style) {
        int[] out = new int[value.length() + 1];
        int s = from;
        boolean lost = false;
        for (int v = 0; v < value.length(); v++) {
            char c = value.charAt(v);
            out[v] = -1;
            while (!lost) {
                if (s >= to) {
                    lost = true;
                    break;
                }
                char sc = source.charAt(s);
                if (style == ScalarStyle.DOUBLE_QUOTED && sc == '\\' && s + 1 < to) {
                    char e = source.charAt(s + 1);
                    if (e == '\n') { // an escaped line break joins the lines without a space
                        s += 2;
                        continue;
                    }
                    if (unescape(e) == c) {
                        out[v] = s;
                        s += 2;
                        break;
                    }
                    lost = true;
                    break;
                }
                if (sc == c) {
                    out[v] = s;
                    s += style == ScalarStyle.SINGLE_QUOTED && c == '\'' ? 2 : 1;
                    break;
                }
                if (c == ' ' && sc == '\n') { // a line break folded into a space
                    out[v] = s++;
                    break;
                }
                if (sc == ' ' || sc == '\t' || sc == '\n') {
                    s++;
                    continue;
                }
                lost = true;
            }
        }
        out[value.length()] = lost ? -1 : s;
        return out;
    }

    /** The character a simple double-quoted escape {@code \e} stands for; 0 for the others. */
    private static char unescape(char e) {
        return switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case '\\' -> '\\';
            case '"' -> '"';
            case '/' -> '/';
            case ' ' -> ' ';
            default -> 0;
        };
    }

    @Override
    public SourceRef at(int offset) {
        int i = Math.max(0, Math.min(offset, sourceOffsets.length - 1));
        int s = sourceOffsets[i];
        return s < 0 ? start : lines.at(path, s, lineOffset);
    }
}
