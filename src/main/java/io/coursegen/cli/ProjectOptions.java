package io.coursegen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class ProjectOptions {
    @Option(names = "--project", paramLabel = "DIR",
            description = "The course project folder (default: $COURSEGEN_PROJECT, set by the launcher, else the current folder).")
    Path project = Path.of(System.getenv().getOrDefault("COURSEGEN_PROJECT", "."));

    Path root() {
        return project.toAbsolutePath().normalize();
    }
}
