package io.coursegen.cli;

import io.coursegen.pipeline.BuildOptions;
import io.coursegen.pipeline.BuildResult;
import io.coursegen.pipeline.SiteBuilder;
import io.coursegen.render.Templates;
import io.coursegen.write.FolderOutput;
import io.coursegen.write.OutputFormat;
import io.coursegen.write.OutputFormats;
import io.coursegen.write.SiteWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coursegen build}: checks the course and writes the site. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Check the course and build the site.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--out", paramLabel = "PATH", description = "Output folder, or file for --format zip, scorm12, scorm2004 and cmi5 (default: site/, or site.zip, scorm12.zip, scorm2004.zip, cmi5.zip in the project). Replaced whole.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "site",
            description = "What to write: site (a folder of static files), zip (the same site as one archive), scorm12 or scorm2004 (a SCORM 1.2 or 2004 4th Edition package for an LMS), cmi5 (a cmi5 course package). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--base-url", paramLabel = "URL", description = "Where the site will be published, e.g. https://example.org/course/; adds sitemap.xml and canonical links.")
    String baseUrl;

    @Option(names = "--no-solutions", description = "Leave accepted answers, model answers and rubric explanations of exercises out of the site, for graded use.")
    boolean noSolutions;

    @Option(names = "--print-keys", description = "Print quiz, exercise and print pages with their answer keys by default (a \"Print without answers\" button prints a blank worksheet). Without it they print as blank worksheets, with a \"Print with answers\" button.")
    boolean printKeys;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path root = project.root();
        OutputFormat chosen = OutputFormats.named(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown --format `" + format + "`, expected one of " + OutputFormats.names()));
        if (chosen.selfContained() && baseUrl != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url does not apply to --format " + format
                    + ": an LMS serves the package from its own host; leave --base-url out");
        }
        Path output = out == null ? chosen.defaultOut(root) : out;
        BuildOptions options = new BuildOptions(root, output, parseBaseUrl(), true, !noSolutions, chosen, printKeys);
        BuildResult result;
        // A project's own templates are compiled into a temporary folder that is deleted after the build: jte's
        // compiler does not reuse classes an earlier run left, so a folder kept in the project would save no
        // time, and it would be one more thing in the project to ignore, commit by mistake or serve.
        Path classDir = null;
        try {
            classDir = Files.createTempDirectory("coursegen-build-templates");
            result = new SiteBuilder(options, Templates.forProject(root, classDir)).build();
        } catch (IOException e) {
            spec.commandLine().getErr().println("coursegen: error: cannot make a folder for compiling the project's templates: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.CONTENT_ERRORS;
        } catch (OutOfMemoryError e) {
            // Nothing was swapped into place (the write stage comes last), so the old site is intact.
            spec.commandLine().getErr().printf(Locale.ROOT, "coursegen: error: out of memory with a maximum heap of %d MiB;"
                    + " give the JVM more, e.g. JAVA_OPTS=-Xmx4g ./coursegen build%n", Runtime.getRuntime().maxMemory() >> 20);
            spec.commandLine().getErr().flush();
            return Main.CONTENT_ERRORS;
        } finally {
            if (classDir != null) deleteQuietly(classDir);
        }
        String where = shown(root, output, chosen);
        return Reporter.report(result, spec.commandLine().getOut(), spec.commandLine().getErr(),
                "built " + Reporter.plural(result.pages(), "page") + " into " + where + String.format(Locale.ROOT, ", %.1f KB", result.bytes() / 1024.0)
                        + String.format(Locale.ROOT, ", search index %.1f KB", result.searchIndexBytes() / 1024.0));
    }

    private Optional<URI> parseBaseUrl() {
        if (baseUrl == null) return Optional.empty();
        try {
            URI uri = new URI(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new URISyntaxException(baseUrl, "expected an http or https URL with a host");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "invalid --base-url `" + baseUrl + "`: expected an absolute http(s) URL such as https://example.org/course/");
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            SiteWriter.deleteTree(dir);
        } catch (IOException e) {
            // A temporary folder left behind is the system's to clear; the build itself is done.
        }
    }

    private static String shown(Path root, Path output, OutputFormat format) {
        Path abs = output.toAbsolutePath().normalize();
        String slash = format instanceof FolderOutput ? "/" : "";
        return (abs.startsWith(root) ? root.relativize(abs) : abs) + slash;
    }
}
