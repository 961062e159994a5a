package io.coursegen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursegen.insights.ClassAnalysis;
import io.coursegen.insights.ClassReport;
import io.coursegen.insights.CourseOutline;
import io.coursegen.insights.ExportReader;
import io.coursegen.insights.ItemFlag;
import io.coursegen.insights.Learner;
import io.coursegen.insights.ReportTables;
import io.coursegen.model.Course;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.pipeline.Pipeline;
import io.coursegen.widget.quiz.QuizWidget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coursegen insights EXPORTS...}: the class results, from learners' exports, in the terminal
 * (and as CSV files with {@code --csv DIR}). Reads the course project when there is one, for the
 * lessons' order and titles and the quizzes' question order, and to skip exports of other courses.
 */
@Command(name = "insights", mixinStandardHelpOptions = true,
        description = "Class results from learners' exports (JSON): quiz scores, item analysis, options, misconceptions, lessons read.")
final class InsightsCommand implements Callable<Integer> {
    /** An export bigger than this is no export: the progress store itself is capped at about 2 MB. */
    static final long MAX_EXPORT_BYTES = 10L * 1024 * 1024;

    @Mixin
    ProjectOptions project;

    @Parameters(paramLabel = "EXPORTS", arity = "1..*",
            description = "Export files (.json), or folders whose .json files (at any depth) are read.")
    List<Path> exports;

    @Option(names = "--csv", paramLabel = "DIR", description = "Also write each table as DIR/<table>.csv.")
    Path csv;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = project.root();
        Course course = Files.isRegularFile(root.resolve("content/course.yaml")) ? new Pipeline(root).full().course() : null;
        CourseOutline outline = course == null ? CourseOutline.NONE : outline(course);
        String courseId = course == null ? null : course.id();

        List<Path> files = new ArrayList<>();
        for (Path p : exports) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("coursegen: warning: " + p + ": cannot list the folder: " + e.getMessage());
                }
            } else {
                files.add(p);
            }
        }
        ObjectMapper json = new ObjectMapper();
        // One learner per anonymous id: of two exports from one browser, the later one (it holds the earlier's log).
        Map<String, Learner> learners = new TreeMap<>();
        Map<String, String> exportedAt = new TreeMap<>();
        int skipped = 0;
        for (Path f : files) {
            try {
                if (Files.size(f) > MAX_EXPORT_BYTES) {
                    throw new IllegalArgumentException("it is over " + MAX_EXPORT_BYTES / (1024 * 1024) + " MB, larger than any export");
                }
                JsonNode node = json.readTree(Files.readString(f, StandardCharsets.UTF_8));
                ExportReader.Read read = ExportReader.read(node, f.toString(), courseId);
                if (read.skipped() > 0) {
                    err.println("coursegen: warning: " + f + ": " + read.skipped() + " attempt log entr" + (read.skipped() == 1 ? "y" : "ies")
                            + " not of the documented shape, left out");
                }
                String at = node.path("exportedAt").asText("");
                Learner l = read.learner();
                if (!learners.containsKey(l.id()) || at.compareTo(exportedAt.get(l.id())) > 0) {
                    learners.put(l.id(), l);
                    exportedAt.put(l.id(), at);
                }
            } catch (JsonProcessingException e) {
                skipped++;
                err.println("coursegen: warning: " + f + ": skipped: it is not JSON (" + e.getOriginalMessage() + ")");
            } catch (IllegalArgumentException | IOException e) {
                skipped++;
                err.println("coursegen: warning: " + f + ": skipped: " + e.getMessage());
            }
        }
        if (learners.isEmpty()) {
            err.println("coursegen: error: no learner's export could be read (" + files.size() + " file(s) given)");
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        ClassReport report = ClassAnalysis.analyse(new ArrayList<>(learners.values()), outline);
        out.println(learners.size() + " learner(s) from " + (files.size() - skipped) + " export(s)"
                + (skipped > 0 ? ", " + skipped + " file(s) skipped" : "") + (course != null ? ", course " + course.id() : ""));
        List<ReportTables.Table> tables = ReportTables.of(report);
        for (ReportTables.Table t : tables) {
            out.println();
            out.print(ReportTables.text(t));
        }
        out.println();
        out.println("Flags (a question needs " + ItemFlag.MIN_LEARNERS + " learners):");
        for (ItemFlag f : ItemFlag.values()) out.println("  " + f.label() + ": " + f.rule());
        if (csv != null) {
            try {
                Files.createDirectories(csv);
                for (ReportTables.Table t : tables) {
                    Files.writeString(csv.resolve(t.name() + ".csv"), ReportTables.csv(t), StandardCharsets.UTF_8);
                }
                out.println("wrote " + tables.size() + " CSV files into " + csv);
            } catch (IOException e) {
                err.println("coursegen: error: cannot write the CSV files into " + csv + ": " + e.getMessage());
                err.flush();
                return Main.CONTENT_ERRORS;
            }
        }
        out.flush();
        err.flush();
        return Main.OK;
    }

    private static CourseOutline outline(Course course) {
        Map<String, String> lessons = new LinkedHashMap<>();
        course.lessons().forEach(l -> lessons.put(l.progressKey(), l.title()));
        Map<String, List<String>> quizzes = new LinkedHashMap<>();
        for (Quiz q : course.items(QuizWidget.ITEMS)) {
            quizzes.put(q.id(), q.questions().stream().map(Question::id).toList());
        }
        return new CourseOutline(lessons, quizzes);
    }
}
