package io.coursegen.cli;

import io.coursegen.scaffold.Scaffold;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coursegen new}: writes a commented starting file; see {@link Scaffold}. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a commented starting file: a course, lesson, quiz, exercise or glossary term. Never overwrites.")
final class NewCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "KIND", description = "course, lesson, quiz, exercise or term")
    Scaffold.Kind kind;

    @Parameters(index = "1", paramLabel = "NAME", description = "a slug such as serving-costs: the file name and id (for a course: its id)")
    String name;

    @Option(names = "--module", paramLabel = "M", description = "For a lesson: the module (folder 01-slug or its slug); a new one is created. Default: the last module.")
    String module;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Scaffold.Created created = new Scaffold(project.root()).create(kind, name, module);
            for (String f : created.files()) spec.commandLine().getOut().println("created " + f);
            spec.commandLine().getOut().flush();
            return Main.OK;
        } catch (Scaffold.Refused e) {
            spec.commandLine().getErr().println("coursegen: error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("coursegen: error: cannot write the file: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.CONTENT_ERRORS;
        }
    }
}
