package io.coursegen.render;

import java.nio.charset.StandardCharsets;

/**
 * Makes a bundled script smaller for the site without changing what it does: comment lines and blocks,
 * indentation and blank lines go, every line of code stays a line of its own (so automatic semicolon
 * insertion reads it as before). Only comments that start a line are removed, and a script with a
 * template literal (which may span lines) is left as it is. The repository keeps the readable source;
 * the site gets this, for the search code a fresh page loads before its first result (issue 19's 60 KB).
 */
public final class ScriptCompactor {
    private ScriptCompactor() {}

    /** {@code script} compacted, with a first line naming its source ({@code source}, for a reader of the site). */
    public static byte[] compact(String source, byte[] script) {
        String text = new String(script, StandardCharsets.UTF_8);
        if (text.indexOf('`') >= 0) return script;
        StringBuilder out = new StringBuilder("// ").append(source).append(", without comments and indentation (coursegen build)\n");
        boolean comment = false;
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            String t = line.strip();
            if (comment) {
                int end = t.indexOf("*/");
                if (end >= 0) {
                    if (end + 2 != t.length()) throw new IllegalArgumentException(source + ":" + n + ": code after a comment block ends");
                    comment = false;
                }
                continue;
            }
            if (t.isEmpty() || t.startsWith("//")) continue;
            if (t.startsWith("/*")) {
                int end = t.indexOf("*/", 2);
                if (end < 0) comment = true;
                else if (end + 2 != t.length()) throw new IllegalArgumentException(source + ":" + n + ": code after a comment on its line");
                continue;
            }
            out.append(t).append('\n');
        }
        if (comment) throw new IllegalArgumentException(source + ": a comment block that does not end");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
