package io.coursegen.importer;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mdBook's hidden code lines, left out: a site reader has no eye button to show them, and coursegen shows code
 * as written. The rules are mdBook's ({@code crates/mdbook-html/src/html/hide_lines.rs}):
 *
 * <ul>
 *   <li>in a {@code rust} block, a line that is {@code #} alone or starts with {@code # } (after any white
 *       space) is hidden; {@code ##} at its start escapes it, shown with one {@code #} less; any other
 *       {@code #} line ({@code #[derive]}, {@code #![allow]}, {@code #hidden()}) is shown as it is;
 *   <li>in a block of another language, a line that starts (after white space) with the prefix its info string
 *       names ({@code ```python,hidelines=!!!}) or, without one, {@code book.toml}'s
 *       {@code [output.html.code.hidelines]} names for its language, is hidden.
 * </ul>
 *
 * A block's language is the first word of its info string, which commas or spaces end ({@code rust,ignore}).
 */
final class HiddenLines {
    private HiddenLines() {}

    private static final Parser PARSER = Parser.builder().build();
    /** mdBook's {@code ^(\s*)#(.?)(.*)$}. */
    private static final Pattern RUST = Pattern.compile("^(\\s*)#(.?)(.*)$");

    /** {@code markdown} (of the file {@code where}) with its hidden code lines left out; {@code prefixes} by language, from book.toml. */
    static String apply(String markdown, Map<String, String> prefixes, String where, ImportReport report) {
        List<int[]> cuts = new ArrayList<>(); // [start, end) of the source to drop
        for (Node n : PARSER.parse(markdown).getDescendants()) {
            if (!(n instanceof FencedCodeBlock block)) continue;
            String[] info = block.getInfo().toString().strip().split("[,\\s]+");
            String language = info[0];
            boolean rust = language.equals("rust");
            String prefix = null;
            if (!rust) {
                // mdBook reads `hidelines=` only in blocks of other languages; Rust has its own rule.
                for (String word : info) if (word.startsWith("hidelines=")) prefix = word.substring("hidelines=".length());
                if (prefix == null) prefix = prefixes.get(language);
                if (prefix == null || prefix.isEmpty()) continue;
            }
            int hidden = 0;
            int escaped = 0;
            for (BasedSequence line : block.getContentLines()) {
                String text = line.toString().replaceFirst("\\r?\\n$", "");
                boolean hide;
                if (prefix != null) {
                    hide = text.stripLeading().startsWith(prefix);
                } else {
                    Matcher m = RUST.matcher(text);
                    hide = m.matches() && (m.group(2).isEmpty() || m.group(2).equals(" "));
                    if (m.matches() && m.group(2).equals("#")) {
                        int hash = line.getStartOffset() + m.group(1).length();
                        cuts.add(new int[] {hash, hash + 1});
                        escaped++;
                    }
                }
                if (hide) {
                    // The whole source line, with any block quote or list prefix before the code.
                    int start = markdown.lastIndexOf('\n', line.getStartOffset() - 1) + 1;
                    int end = markdown.indexOf('\n', line.getStartOffset());
                    cuts.add(new int[] {start, end < 0 ? markdown.length() : end + 1});
                    hidden++;
                }
            }
            if (hidden > 0) {
                report.add(where, hidden + (hidden == 1 ? " line" : " lines") + " that mdBook hides in a `" + language
                        + "` code block left out (" + (prefix == null ? "`# ` lines" : "lines starting `" + prefix + "`") + ")");
            }
            if (escaped > 0) report.add(where, escaped + " `##` line" + (escaped == 1 ? "" : "s") + " in a `rust` code block shown with one `#`, as mdBook shows them");
        }
        if (cuts.isEmpty()) return markdown;
        cuts.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder out = new StringBuilder(markdown);
        for (int[] c : cuts) out.delete(c[0], c[1]);
        return out.toString();
    }
}
