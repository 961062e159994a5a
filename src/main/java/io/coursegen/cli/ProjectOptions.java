package io.coursegen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command shares. */
final class ProjectOptions {
    @Option(names = "--project", paramLabel = "DIR",
            description = "The course project folder (default: $COURSEGEN_PROJECT, set by the launcher, else the current folder).")
    Path project = Path.of(System.getenv().getOrDefault("COURSEGEN_PROJECT", "."));

    /** The command this option belongs to, for usage errors. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The project folder, absolute. A {@code --project} that is no folder is a usage error (exit 2) saying
     * so, rather than the "missing course.yaml" a build would report inside it.
     */
    Path root() {
        Path root = project.toAbsolutePath().normalize();
        if (Files.isDirectory(root)) return root;
        String why = Files.exists(root) ? "is a file, not a folder" : "does not exist";
        throw new CommandLine.ParameterException(command.commandLine(), "--project `" + project + "` " + why
                + "; give the course project folder, the one holding content/course.yaml");
    }
}
