package io.coursegen.load;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.SourceRef;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Keeps pathological markdown from taking the build down. flexmark parses and renders recursively and
 * some inputs take it quadratic time, so a lesson body is parsed under three limits, each ending in an
 * error that names the file instead of a {@link StackOverflowError} or a hang:
 * <ul>
 *   <li>block quotes and list markers at the start of a line may nest at most {@link #MAX_BLOCK_NESTING}
 *       deep (checked before flexmark sees the text);
 *   <li>the parsed document may be at most {@link #MAX_TREE_DEPTH} nodes deep, so rendering it cannot
 *       overflow the stack;
 *   <li>parsing one file may take at most {@link #budget()} ({@code -Dcoursegen.markdownBudgetSeconds},
 *       default 10): the text is handed to flexmark through a {@link CharSequence} that looks at the
 *       clock every few thousand reads and stops the parse once the time is up.
 * </ul>
 */
public final class MarkdownLimits {
    public static final int MAX_BLOCK_NESTING = 50;
    public static final int MAX_TREE_DEPTH = 100;
    private static final Duration DEFAULT_BUDGET = Duration.ofSeconds(Long.getLong("coursegen.markdownBudgetSeconds", 10));

    private MarkdownLimits() {}

    /** The time one file's markdown may take to parse. */
    public static Duration budget() {
        return DEFAULT_BUDGET;
    }

    /**
     * Parses {@code text} of {@code path}, whose characters were written at {@code at}, within the
     * limits; empty, with an error at the best position known, when a limit is hit.
     */
    static Optional<Document> parse(Parser parser, String path, String text, TextPositions at, Duration budget,
            Diagnostics diagnostics) {
        int tooDeep = firstTooDeepMarker(text);
        if (tooDeep >= 0) {
            diagnostics.error(at.at(tooDeep), "block quotes or lists nested more than " + MAX_BLOCK_NESTING
                    + " deep; flatten the structure");
            return Optional.empty();
        }
        SourceRef start = at.at(0);
        Timed timed = new Timed(text, System.nanoTime() + budget.toNanos());
        Document document;
        try {
            document = parser.parse(BasedSequence.of(timed));
        } catch (OutOfTime e) {
            Suspect suspect = Suspect.near(text, timed.lastRead());
            diagnostics.error(at.at(suspect.offset()), "markdown took longer than " + seconds(budget) + " to parse; " + suspect.what()
                    + (!suspect.quadratic() ? "" : ", which the markdown parser reads in a time that grows with"
                    + " the square of their number") + "; " + suspect.fix());
            return Optional.empty();
        } catch (StackOverflowError e) {
            diagnostics.error(start, "markdown nested too deeply to parse; look for long runs of `*`, `_`, `[` or `>`");
            return Optional.empty();
        } finally {
            timed.disarm();
        }
        Node deep = firstTooDeepNode(document);
        if (deep != null) {
            diagnostics.error(at.at(Math.max(0, deep.getStartOffset())),
                    "markdown nested more than " + MAX_TREE_DEPTH + " levels deep; simplify it");
            return Optional.empty();
        }
        return Optional.of(document);
    }

    /**
     * Checks a YAML text value that may be rendered as markdown (quiz prompts, feedback, tree help,
     * preset descriptions...) against the same limits, reporting a problem at {@code at}, the value's
     * position; false if it hit one.
     */
    static boolean vet(Parser parser, String path, String text, SourceRef at, Diagnostics diagnostics) {
        if (text.length() <= MAX_BLOCK_NESTING) return true; // too short to nest that deep
        Diagnostics inner = new Diagnostics();
        Optional<Document> parsed = parse(parser, path, text, TextPositions.lines(path, text, 0), budget(), inner);
        if (parsed.isPresent()) return true;
        String message = inner.sorted().get(0).message();
        diagnostics.error(at, message.replaceFirst("^markdown ", "this text, read as markdown, ").replaceFirst("^block quotes", "this text, read as markdown, has block quotes"));
        return false;
    }

    /**
     * The offset of the first block marker ({@code >}, {@code -}, {@code *}, {@code +} or {@code 1.}
     * followed by a space, or a {@code >} alone) that sits more than {@link #MAX_BLOCK_NESTING} deep at the
     * start of a line; -1 if none does.
     */
    static int firstTooDeepMarker(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int depth = 0;
            int pos = i;
            while (true) {
                while (pos < n && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) pos++;
                if (pos >= n) break;
                char c = text.charAt(pos);
                int next;
                if (c == '>') {
                    next = pos + 1;
                } else if ((c == '-' || c == '*' || c == '+') && pos + 1 < n && (text.charAt(pos + 1) == ' ' || text.charAt(pos + 1) == '\t')) {
                    next = pos + 1;
                } else if (c >= '0' && c <= '9') {
                    int d = pos;
                    while (d < n && d - pos < 9 && text.charAt(d) >= '0' && text.charAt(d) <= '9') d++;
                    if (d < n - 1 && (text.charAt(d) == '.' || text.charAt(d) == ')') && (text.charAt(d + 1) == ' ' || text.charAt(d + 1) == '\t')) {
                        next = d + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
                if (++depth > MAX_BLOCK_NESTING) return pos;
                pos = next;
            }
            int nl = text.indexOf('\n', i);
            if (nl < 0) break;
            i = nl + 1;
        }
        return -1;
    }

    private static String seconds(Duration budget) {
        long ms = budget.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /**
     * What most likely made a parse run out of time, and where it starts: found in the paragraph the
     * parser was reading when it was stopped, by counting the constructs known to take flexmark
     * quadratic time (link destinations opened with {@code ](} and never closed, brackets opened and
     * never closed, runs of emphasis markers, table rows). The first one of the most frequent kind is
     * where the author has to look.
     */
    record Suspect(int offset, String what, String fix, boolean quadratic) {
        private static final int AT_LEAST = 100; // fewer than this of a kind parse in well under a second

        static Suspect near(String text, int index) {
            index = Math.max(0, Math.min(index, text.length() - 1));
            int from = text.lastIndexOf("\n\n", index);
            from = from < 0 ? 0 : from + 2;
            int to = text.indexOf("\n\n", index);
            to = to < 0 ? text.length() : to;
            int linkOpen = 0, linkClose = 0, bracketOpen = 0, bracketClose = 0, emphasis = 0, rows = 0;
            int firstLink = -1, firstBracket = -1, firstEmphasis = -1, firstRow = -1;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '(' && i > from && text.charAt(i - 1) == ']') {
                    if (firstLink < 0) firstLink = i - 1;
                    linkOpen++;
                } else if (c == ')') {
                    linkClose++;
                } else if (c == '[') {
                    if (firstBracket < 0) firstBracket = i;
                    bracketOpen++;
                } else if (c == ']') {
                    bracketClose++;
                } else if (c == '*' || c == '_') {
                    if (firstEmphasis < 0) firstEmphasis = i;
                    emphasis++;
                } else if (c == '|' && (i == from || text.charAt(i - 1) == '\n')) {
                    if (firstRow < 0) firstRow = i;
                    rows++;
                }
            }
            int unclosedLinks = linkOpen - Math.min(linkOpen, linkClose);
            int unclosedBrackets = bracketOpen - Math.min(bracketOpen, bracketClose);
            int best = Math.max(Math.max(unclosedLinks, unclosedBrackets), Math.max(emphasis, rows));
            if (best < AT_LEAST) {
                return new Suspect(index, "it was reading here, in a paragraph where no single construct stands out",
                        "break the text into shorter paragraphs, or put it in a code block", false);
            }
            if (best == unclosedLinks) {
                return new Suspect(firstLink, "this paragraph opens " + count(linkOpen) + " link destinations with `](` and closes "
                        + count(linkClose) + " with `)`", "close each link with `)`, or write `\\]` to show a bracket as text", true);
            }
            if (best == unclosedBrackets) {
                return new Suspect(firstBracket, "this paragraph opens " + count(bracketOpen) + " brackets `[` and closes "
                        + count(bracketClose) + " with `]`", "close them, or write `\\[` to show a bracket as text", true);
            }
            if (best == emphasis) {
                return new Suspect(firstEmphasis, "this paragraph has " + count(emphasis) + " emphasis markers (`*` or `_`)",
                        "write `\\*` or `\\_` for a marker shown as text, or put the text in a code block", true);
            }
            return new Suspect(firstRow, "this table has " + count(rows) + " rows", "split it into smaller tables", true);
        }

        private static String count(int n) {
            return String.format(java.util.Locale.ROOT, "%,d", n);
        }
    }

    /** The first node deeper than {@link #MAX_TREE_DEPTH} below the document, found without recursion; or null. */
    private static Node firstTooDeepNode(Document document) {
        record At(Node node, int depth) {}
        Deque<At> stack = new ArrayDeque<>();
        stack.push(new At(document, 0));
        while (!stack.isEmpty()) {
            At at = stack.pop();
            if (at.depth > MAX_TREE_DEPTH) return at.node;
            for (Node child = at.node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(new At(child, at.depth + 1));
            }
        }
        return null;
    }

    /** Thrown out of flexmark when a parse runs out of time. */
    private static final class OutOfTime extends RuntimeException {
        OutOfTime() {
            super(null, null, false, false);
        }
    }

    /**
     * The text as flexmark reads it: every 4096 reads it compares the clock with the deadline. After the
     * parse it is disarmed, since the document keeps reading it while it is checked and rendered.
     */
    private static final class Timed implements CharSequence {
        private final String text;
        private volatile long deadline;
        private int reads;
        private int lastRead; // where the parser was reading when it was stopped

        Timed(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        void disarm() {
            deadline = Long.MAX_VALUE;
        }

        int lastRead() {
            return lastRead;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 4095) == 0 && deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
                lastRead = index;
                throw new OutOfTime();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
