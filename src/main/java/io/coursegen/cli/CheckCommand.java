package io.coursegen.cli;

import io.coursegen.pipeline.BuildOptions;
import io.coursegen.pipeline.SiteBuilder;
import io.coursegen.render.Templates;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code coursegen check}: reports every problem in the course without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check the course for errors; write nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var root = project.root();
        var result = new SiteBuilder(new BuildOptions(root, root.resolve("site"), Optional.empty(), false), Templates.precompiled()).build();
        return Reporter.report(result, spec.commandLine().getOut(), spec.commandLine().getErr(), "checked the course: no errors");
    }
}
