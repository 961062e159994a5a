package io.coursegen.load;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.SourceRef;
import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses YAML text into SnakeYAML's node graph, which keeps the position of every value, with limits
 * that keep hostile input harmless: few aliases (no "billion laughs"), shallow nesting and a size cap.
 * Nodes are never turned into Java objects by SnakeYAML itself; {@link YamlMap} binds them to records.
 */
public final class YamlParser {
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 40;
    static final int MAX_CODE_POINTS = 1_000_000;

    private YamlParser() {}

    /**
     * Parses {@code text} from {@code path}, whose first line is line {@code lineOffset + 1} of the file
     * (front matter starts below its {@code ---}). Empty if the text has no document or did not parse;
     * a parse error is reported at its position in the file.
     */
    public static Optional<Node> parse(String path, String text, int lineOffset, Diagnostics diagnostics) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        // What Yaml.compose does, without building a Yaml object (its dumper and representer cost more
        // than composing a short front matter): the node graph only, with the default tag resolver.
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options);
            Node root = composer.getSingleNode();
            if (root != null) YamlMerges.apply(path, root, lineOffset, diagnostics);
            if (root != null && !vetTexts(path, root, lineOffset, diagnostics)) return Optional.empty();
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourceRef where = mark == null
                    ? new SourceRef(path, lineOffset + 1, 1)
                    : new SourceRef(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            diagnostics.error(where, "invalid YAML: " + describe(e, lineOffset));
            return Optional.empty();
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            // snakeyaml refuses such a character before parsing, with its index but no line: find its place.
            diagnostics.error(at(path, text, e.getPosition(), lineOffset), "invalid YAML: "
                    + String.format(java.util.Locale.ROOT, "U+%04X", e.getCodePoint()) + " (" + characterName(e.getCodePoint())
                    + ") may not appear in YAML; remove it, or write it as an escape such as `\\u"
                    + String.format(java.util.Locale.ROOT, "%04x", e.getCodePoint()) + "` inside a double-quoted string");
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(new SourceRef(path, lineOffset + 1, 1), "invalid YAML: " + firstLine(e.getMessage()));
            return Optional.empty();
        } catch (StackOverflowError e) {
            diagnostics.error(new SourceRef(path, lineOffset + 1, 1), "invalid YAML: nested too deeply");
            return Optional.empty();
        }
    }

    /** The index of the first surrogate in {@code s} without its other half, or -1. */
    private static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return i;
        }
        return -1;
    }

    /** The line and column of the {@code index}-th code point of {@code text} (snakeyaml counts code points). */
    private static SourceRef at(String path, String text, int index, int lineOffset) {
        int line = 1;
        int col = 1;
        int i = 0;
        for (int n = 0; n < index && i < text.length(); n++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new SourceRef(path, line + lineOffset, col);
    }

    private static String characterName(int codePoint) {
        if (codePoint == 0) return "a NUL character";
        if (codePoint == 0x1b) return "an escape character";
        if (Character.isISOControl(codePoint)) return "a control character";
        return "a character YAML does not allow";
    }

    /**
     * Every text value may end up rendered as markdown, so each long one is held to
     * {@link MarkdownLimits} here, where its position is known; false if one failed.
     */
    private static boolean vetTexts(String path, Node root, int lineOffset, Diagnostics diagnostics) {
        boolean ok = true;
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>();
        java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) continue; // aliases share nodes
            if (n instanceof ScalarNode s) {
                Mark m = s.getStartMark();
                SourceRef at = new SourceRef(path, m.getLine() + 1 + lineOffset, m.getColumn() + 1);
                int lone = loneSurrogate(s.getValue());
                if (lone >= 0) {
                    // An escape for half of a surrogate pair, alone, makes half a character, which UTF-8 cannot hold: it would be written as `?`.
                    diagnostics.error(at, "invalid YAML: this text holds " + String.format(java.util.Locale.ROOT, "U+%04X",
                            (int) s.getValue().charAt(lone)) + ", half of a surrogate pair with no other half, which no page can"
                            + " show; write the whole character, or one escape for all of it such as `\\U0001F600`");
                    ok = false;
                    continue;
                }
                ok &= MarkdownLimits.vet(MarkdownParser.parser(), path, s.getValue(), at, diagnostics);
            } else if (n instanceof SequenceNode q) {
                q.getValue().forEach(todo::push);
            } else if (n instanceof MappingNode mp) {
                for (NodeTuple t : mp.getValue()) {
                    todo.push(t.getValueNode());
                    todo.push(t.getKeyNode());
                }
            }
        }
        return ok;
    }

    /**
     * The problem, and what the parser was reading when it met it. The problem is often found lines
     * later than its cause (an unclosed quote is noticed at the end of the text), so the line where
     * that context starts is named too.
     */
    private static String describe(MarkedYAMLException e, int lineOffset) {
        String problem = e.getProblem() != null ? e.getProblem() : firstLine(e.getMessage());
        String context = e.getContext();
        if (context == null) return problem;
        // "expected a single document in the stream" + "but found another document" reads in that order.
        if (problem.startsWith("but ")) return context + ", " + problem;
        Mark from = e.getContextMark();
        Mark at = e.getProblemMark();
        boolean elsewhere = context.startsWith("while ") && from != null && at != null && from.getLine() != at.getLine();
        return problem + " (" + context + (elsewhere ? " that starts on line " + (from.getLine() + 1 + lineOffset) : "") + ")";
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable document";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
