package io.coursegen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code coursegen} command line: {@code build}, {@code check}, {@code serve}, {@code new}, {@code import}, {@code insights}, {@code --help}, {@code --version}.
 * Exit codes: 0 success, 1 content errors (or a failed write), 2 usage errors.
 */
@Command(
        name = "coursegen",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds an interactive course site from markdown lessons and YAML.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class,
                InsightsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try `coursegen build` or `coursegen --help`");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, never exiting the JVM (tests call this). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    /** The version Maven wrote into version.properties at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties p = new java.util.Properties();
            try (var in = Main.class.getResourceAsStream("/io/coursegen/version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {"coursegen " + p.getProperty("version", "(unknown version)")};
        }
    }
}
