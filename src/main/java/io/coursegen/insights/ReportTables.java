package io.coursegen.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A {@link ClassReport} as tables, the same for the terminal and for CSV files: quizzes, questions,
 * options, misconceptions and lessons. Numbers are written as a person reads them (percentages,
 * correlations to two places, "n/a" where a figure is undefined).
 */
public final class ReportTables {
    /** One table: a file-friendly name, a title, column headers and rows of cells. */
    public record Table(String name, String title, List<String> columns, List<List<String>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private ReportTables() {}

    public static List<Table> of(ClassReport report) {
        List<Table> tables = new ArrayList<>();
        List<String> quizColumns = new ArrayList<>(List.of("quiz", "learners", "mean first try"));
        for (int b = 0; b < ClassAnalysis.BINS; b++) {
            int lo = b * 100 / ClassAnalysis.BINS;
            int hi = (b + 1) * 100 / ClassAnalysis.BINS;
            quizColumns.add(lo + "-" + hi + "%");
        }
        List<List<String>> quizRows = new ArrayList<>();
        List<List<String>> questionRows = new ArrayList<>();
        List<List<String>> optionRows = new ArrayList<>();
        List<List<String>> misconceptionRows = new ArrayList<>();
        for (QuizStats quiz : report.quizzes()) {
            List<String> row = new ArrayList<>(List.of(quiz.quiz(), String.valueOf(quiz.learners()), percent(quiz.meanScore())));
            for (int count : quiz.distribution()) row.add(String.valueOf(count));
            quizRows.add(row);
            for (QuestionStats q : quiz.questions()) {
                questionRows.add(List.of(q.quiz(), q.question(), String.valueOf(q.learners()), String.valueOf(q.attempts()),
                        percent(q.difficulty()), percent(q.meanScore()), decimal(q.pointBiserial()), decimal(q.upperLower()),
                        String.valueOf(q.versions().size()),
                        q.flags().stream().map(ItemFlag::label).collect(Collectors.joining("; "))));
                for (Map.Entry<String, Integer> o : q.options().entrySet()) {
                    optionRows.add(List.of(q.quiz(), q.question(), o.getKey(), String.valueOf(o.getValue()),
                            percent(q.learners() == 0 ? Double.NaN : (double) o.getValue() / q.learners())));
                }
                for (Map.Entry<String, Integer> m : q.misconceptions().entrySet()) {
                    misconceptionRows.add(List.of(q.quiz(), q.question(), m.getKey(), String.valueOf(m.getValue())));
                }
            }
        }
        tables.add(new Table("quizzes", "Quizzes: first-try scores (learners per score band)", quizColumns, quizRows));
        tables.add(new Table("questions", "Questions: item analysis of first tries",
                List.of("quiz", "question", "learners", "checks", "right first try", "mean score", "point-biserial",
                        "upper-lower", "versions", "flags"), questionRows));
        tables.add(new Table("options", "Options picked on a first try",
                List.of("quiz", "question", "option", "picked by", "share of learners"), optionRows));
        tables.add(new Table("misconceptions", "Misconceptions shown (any try)",
                List.of("quiz", "question", "misconception", "times shown"), misconceptionRows));
        List<List<String>> lessonRows = new ArrayList<>();
        int position = 1;
        for (LessonReach l : report.lessons()) {
            lessonRows.add(List.of(String.valueOf(position++), l.lesson(), l.title(), String.valueOf(l.read()), percent(l.share())));
        }
        tables.add(new Table("lessons", "Lessons read, in course order (the drop-off)",
                List.of("#", "lesson", "title", "read by", "share of learners"), lessonRows));
        return tables;
    }

    /** A share (0 to 1) as a whole percentage, "n/a" when undefined. */
    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : Math.round(share * 100) + "%";
    }

    /** A correlation or index to two places, "n/a" when undefined. */
    static String decimal(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A table as aligned text for the terminal. */
    public static String text(Table table) {
        int[] widths = new int[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = table.columns().get(c).length();
            for (List<String> row : table.rows()) widths[c] = Math.max(widths[c], row.get(c).length());
        }
        StringBuilder out = new StringBuilder(table.title()).append('\n');
        appendRow(out, table.columns(), widths);
        for (List<String> row : table.rows()) appendRow(out, row, widths);
        if (table.rows().isEmpty()) out.append("  (none)\n");
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(" ");
        for (int c = 0; c < cells.size(); c++) {
            line.append(' ').append(cells.get(c)).append(" ".repeat(widths[c] - cells.get(c).length())).append(' ');
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /**
     * A table as CSV (RFC 4180: comma-separated, CRLF line ends, cells quoted when they hold a comma,
     * quote or line break). A cell that a spreadsheet would run as a formula (starting with =, +, -
     * or @) is prefixed with a quote mark, since question and option ids come from course files.
     */
    public static String csv(Table table) {
        StringBuilder out = new StringBuilder();
        csvRow(out, table.columns());
        for (List<String> row : table.rows()) csvRow(out, row);
        return out.toString();
    }

    private static void csvRow(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) out.append(',');
            String cell = cells.get(c);
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+%?")) cell = "'" + cell;
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = "\"" + cell.replace("\"", "\"\"") + "\"";
            }
            out.append(cell);
        }
        out.append("\r\n");
    }
}
