package io.coursegen.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Every change an import made to the source, file by file, in the order they were made: what was
 * converted, what had no equivalent and became its nearest honest form, what was dropped. Written as
 * {@code IMPORT-REPORT.md} beside the course, and counted on the command line.
 */
public final class ImportReport {
    /** One change: where in the source (a path relative to it, or the project itself) and what was done. */
    public record Change(String where, String what) {}

    private final List<Change> changes = new ArrayList<>();

    public void add(String where, String what) {
        changes.add(new Change(where, what));
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /** The report as markdown: a heading, then one list item a change, grouped by file in order of first mention. */
    public String toMarkdown(String format, String source) {
        StringBuilder out = new StringBuilder("# Import report\n\n")
                .append("`coursegen import ").append(format).append(' ').append(source).append("` made ")
                .append(changes.size()).append(changes.size() == 1 ? " change" : " changes").append(".\n");
        List<String> files = changes.stream().map(Change::where).distinct().toList();
        for (String file : files) {
            out.append("\n## ").append(file).append("\n\n");
            for (Change c : changes) {
                if (c.where().equals(file)) out.append("- ").append(c.what()).append('\n');
            }
        }
        return out.toString();
    }
}
