package io.coursegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.testing.CourseFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coursegen serve} as a process: it prints its URL, serves, and Ctrl-C (SIGINT) stops it and frees the port. */
class Serve_ProcessTest {
    private static final Pattern URL = Pattern.compile("serving (http://127\\.0\\.0\\.1:(\\d+)/) \\(Ctrl-C to stop\\)");

    @TempDir
    Path root;

    @Test
    void ctrlCStopsTheServerAndFreesThePort() throws Exception {
        // A shell without job control starts background commands with SIGINT ignored, and children inherit
        // that: then no Java process can be stopped by Ctrl-C, and there is nothing here to test.
        org.junit.jupiter.api.Assumptions.assumeFalse(sigintIgnored(),
                "SIGINT is ignored in this process (started in the background?), so Ctrl-C cannot reach serve");
        CourseFiles.minimal(root);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.coursegen.cli.Main",
                "serve", "--project", root.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            Matcher m = null;
            String line;
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
                Matcher candidate = URL.matcher(line);
                if (candidate.matches()) {
                    m = candidate;
                    break;
                }
            }
            assertTrue(m != null, "no URL printed:\n" + seen);
            int port = Integer.parseInt(m.group(2));
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("/__coursegen/live.js"));

            // Ctrl-C in a terminal sends SIGINT to the process.
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIGINT");
            while ((line = out.readLine()) != null) seen.append(line).append('\n');
            try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertEquals(port, again.getLocalPort(), "the port is free again");
            }
            assertTrue(!Files.exists(root.resolve("site")), "serve writes nothing into site/");
        } finally {
            p.destroyForcibly();
        }
    }

    /** Whether this process ignores SIGINT (signal 2), from the SigIgn mask of /proc/self/status on Linux. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) return false;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << (2 - 1))) != 0;
        }
        return false;
    }
}
