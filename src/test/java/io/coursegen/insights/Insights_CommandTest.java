package io.coursegen.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coursegen insights} on a folder of 200 synthetic exports: the same figures as the analysis,
 * the designed questions flagged, CSV files a spreadsheet reads, and each bad file skipped with its
 * reason while the rest are read.
 */
class Insights_CommandTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void printsTheClassResultsAndWritesCsv(@TempDir Path dir) throws Exception {
        Path exports = Files.createDirectories(dir.resolve("exports/nested"));
        List<Learner> learners = SyntheticClass.learners(200, 11);
        for (Learner l : learners) {
            ObjectNode export = SyntheticClass.export(l, "designed-course", json);
            export.put("exportedAt", "2026-12-01T10:00:00Z");
            Files.writeString(exports.resolve(l.id() + ".json"), json.writeValueAsString(export));
        }
        // An older export of the first learner, with nothing in its log: the later one wins.
        ObjectNode older = SyntheticClass.export(new Learner(learners.get(0).id(), null, "old", List.of(), java.util.Set.of()), "designed-course", json);
        older.put("exportedAt", "2026-11-01T10:00:00Z");
        Files.writeString(exports.resolve("aaa-older.json"), json.writeValueAsString(older));
        Files.writeString(exports.resolve("broken.json"), "{\"format\": ");
        Files.writeString(exports.resolve("other.json"), "{\"format\": \"something else\"}");
        Path csv = dir.resolve("csv");

        Captured c = capture("insights", "--project", dir.toString(), dir.resolve("exports").toString(), "--csv", csv.toString());
        assertEquals(Main.OK, c.code(), c.err());
        assertTrue(c.out().startsWith("200 learner(s) from 201 export(s), 2 file(s) skipped\n"), c.out());
        assertTrue(c.err().contains("broken.json: skipped: it is not JSON"), c.err());
        assertTrue(c.err().contains("other.json: skipped: it is not a coursegen export"), c.err());

        ClassReport report = ClassAnalysis.analyse(learners, CourseOutline.NONE);
        for (QuestionStats q : report.quizzes().get(0).questions()) {
            String line = c.out().lines().filter(l -> l.matches("\\s+designed\\s+" + q.question() + "\\s.*")).findFirst().orElseThrow(() -> new AssertionError(q.question() + " in\n" + c.out()));
            assertTrue(line.contains(" " + ReportTables.percent(q.difficulty()) + " ") && line.contains(" " + ReportTables.decimal(q.pointBiserial()) + " "),
                    q.question() + ": " + line);
        }
        assertTrue(c.out().lines().anyMatch(l -> l.contains(" bad-key ") && l.contains("discriminates negatively")), c.out());
        assertTrue(c.out().lines().anyMatch(l -> l.contains(" easy ") && l.contains("too easy")), c.out());
        assertTrue(c.out().lines().anyMatch(l -> l.contains(" hard ") && l.contains("too hard")), c.out());

        for (String table : List.of("quizzes", "questions", "options", "misconceptions", "lessons")) {
            assertTrue(Files.isRegularFile(csv.resolve(table + ".csv")), table);
        }
        List<String> questions = Files.readAllLines(csv.resolve("questions.csv"));
        assertEquals("quiz,question,learners,checks,right first try,mean score,point-biserial,upper-lower,versions,flags", questions.get(0));
        assertEquals(1 + SyntheticClass.ITEMS.size(), questions.size());
        assertTrue(Files.readString(csv.resolve("questions.csv")).contains("\r\n"), "CSV lines end in CRLF");
    }

    @Test
    void noReadableExportIsAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), "[]");
        Captured c = capture("insights", "--project", dir.toString(), dir.resolve("a.json").toString());
        assertEquals(Main.CONTENT_ERRORS, c.code());
        assertTrue(c.err().contains("a.json: skipped: it is not a coursegen export"), c.err());
        assertTrue(c.err().contains("error: no learner's export could be read (1 file(s) given)"), c.err());
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        ReportTables.Table t = new ReportTables.Table("t", "T", List.of("a", "b"), List.of(List.of("x,y", "=HYPERLINK(\"z\")"), List.of("-0.25", "say \"hi\"")));
        assertEquals("a,b\r\n\"x,y\",\"'=HYPERLINK(\"\"z\"\")\"\r\n-0.25,\"say \"\"hi\"\"\"\r\n", ReportTables.csv(t));
    }

    private record Captured(int code, String out, String err) {}

    private static Captured capture(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
