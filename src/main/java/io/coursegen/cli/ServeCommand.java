package io.coursegen.cli;

import io.coursegen.serve.BrowserLauncher;
import io.coursegen.serve.DevServer;
import io.coursegen.serve.ServeOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coursegen serve}: the dev server with live reload; see {@link DevServer}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the course into memory, serve it on this machine, and rebuild and reload pages on every save.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "8000")
    int port;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}). Anything but loopback is warned about.", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--open", description = "Open the site in a browser once it is served.")
    boolean open;

    @Option(names = "--debug", description = "Print each rebuild's time from file saved to reload event sent.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "invalid --port " + port + ": expected 0 to 65535");
        }
        DevServer server;
        try {
            server = DevServer.start(new ServeOptions(project.root(), host, port, debug), out);
        } catch (BindException e) {
            err.println("coursegen: error: cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another server running? Try --port " + (port == 0 ? 8001 : port + 1) + " or --port 0");
            err.flush();
            return Main.USAGE;
        } catch (IOException e) {
            err.println("coursegen: error: cannot start the dev server: " + e.getMessage());
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        server.closeOnShutdown();
        out.println("serving " + server.url() + " (Ctrl-C to stop)");
        out.flush();
        if (open && !BrowserLauncher.open(server.url())) {
            out.println("could not open a browser here; open " + server.url() + " yourself");
            out.flush();
        }
        server.awaitClose();
        return Main.OK;
    }
}
