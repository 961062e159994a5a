package io.coursegen.cli;

import io.coursegen.importer.CourseWriter;
import io.coursegen.importer.ImportReport;
import io.coursegen.importer.ImportedCourse;
import io.coursegen.importer.Importer;
import io.coursegen.importer.Importers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coursegen import mdbook|mkdocs|folder SRC [--out DIR]}: writes a coursegen course from another
 * tool's project (see {@link Importers}), with {@code IMPORT-REPORT.md} listing every change, then checks
 * it as {@code coursegen check} would.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Write a coursegen course from an mdBook, an MkDocs site or a folder of README lessons, with a report of every change; then check it.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT", description = "mdbook, mkdocs or folder")
    String format;

    @Parameters(index = "1", paramLabel = "SRC", description = "the project folder to import (where book.toml, mkdocs.yml or the top README.md is)")
    Path source;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the course: a new or empty folder. Default: SRC's name + -coursegen, in the current folder.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Importer importer = Importers.byFormat(format).orElse(null);
        if (importer == null) {
            return usage(err, "unknown format `" + format + "`, expected one of " + String.join(", ", Importers.formats()));
        }
        if (!Files.isDirectory(source)) return usage(err, "`" + source + "` is not a folder: give the project folder to import");
        Path target = out != null ? out : Path.of(source.toAbsolutePath().normalize().getFileName() + "-coursegen");
        try {
            if (Files.exists(target) && !isEmptyDir(target)) {
                return usage(err, "`" + target + "` exists and is not an empty folder: give a new folder with --out");
            }
            ImportReport report = new ImportReport();
            ImportedCourse course = importer.read(source, report);
            CourseWriter.Written w = new CourseWriter(source, target, report).write(course);
            Files.writeString(target.resolve("IMPORT-REPORT.md"), report.toMarkdown(format, source.toString()));
            stdout.println("imported " + w.lessons() + (w.lessons() == 1 ? " lesson" : " lessons") + " in " + w.modules()
                    + (w.modules() == 1 ? " module" : " modules") + " and " + w.quizzes()
                    + (w.quizzes() == 1 ? " quiz" : " quizzes") + " into " + target + "; "
                    + report.changes().size() + " changes listed in " + target.resolve("IMPORT-REPORT.md"));
            stdout.flush();
        } catch (Importer.ImportException e) {
            return usage(err, e.getMessage());
        } catch (IOException | RuntimeException e) {
            err.println("coursegen: error: import failed: " + e);
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        // The imported course is checked as `coursegen check` would: its errors are the source's broken links.
        return Main.run("check", "--project", target.toString());
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("coursegen: error: " + message);
        err.flush();
        return Main.USAGE;
    }
}
