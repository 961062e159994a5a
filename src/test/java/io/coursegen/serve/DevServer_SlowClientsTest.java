package io.coursegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow clients do not freeze the dev server: with 50 connections trickling a request header and 10
 * that announce a large body and send nothing, a normal GET is still answered at once. The time-outs
 * here are long (30 s), so every slow client is still connected while the GETs are timed; a server
 * that gave each connection a thread from a small pool would not answer them at all.
 *
 * <p>The bound asserted is loose (1 s) so that a loaded CI machine passes; the real figures are
 * printed, and {@code bench/serve-slow.sh} measures them properly.
 */
class DevServer_SlowClientsTest {
    private static final int SLOW = 50;
    private static final int SILENT = 10;

    @TempDir
    Path root;

    @Test
    void aGetIsAnsweredWhileSlowClientsHoldConnections() throws Exception {
        CourseFiles.minimal(root);
        HttpLimits limits = new HttpLimits(Duration.ofSeconds(30), Duration.ofSeconds(30), 16 * 1024, 100);
        List<Socket> attackers = new ArrayList<>();
        try (DevServer server = DevServer.start(new ServeOptions(root, "127.0.0.1", 0, false, limits), new PrintWriter(new StringWriter()))) {
            int port = server.port();
            String host = "Host: 127.0.0.1:" + port + "\r\n";
            // The first request loads and compiles the request path; that is start-up, not what is measured here.
            assertEquals(200, RawHttp.get(port, "/").status());
            for (int i = 0; i < SLOW; i++) {
                attackers.add(open(port, "GET /?slow=" + i + " HTTP/1.1\r\n" + host + "X-Slow: "));
            }
            for (int i = 0; i < SILENT; i++) {
                attackers.add(open(port, "GET / HTTP/1.1\r\n" + host + "Content-Length: 1000000\r\n\r\n"));
            }
            List<Long> micros = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                // One more byte from every slow client, so none of them is merely idle.
                for (Socket s : attackers.subList(0, SLOW)) s.getOutputStream().write('a');
                Thread.sleep(20);
                long t0 = System.nanoTime();
                RawHttp.Response r = RawHttp.get(port, "/");
                micros.add((System.nanoTime() - t0) / 1000);
                assertEquals(200, r.status());
                assertTrue(r.body().contains("<title>"));
            }
            List<Long> sorted = micros.stream().sorted().toList();
            System.out.println("DevServer_SlowClientsTest: GET with " + SLOW + " slow and " + SILENT + " silent clients: median "
                    + sorted.get(sorted.size() / 2) + " us, max " + sorted.get(sorted.size() - 1) + " us; in order: " + micros);
            for (long us : micros) assertTrue(us < 1_000_000, "a GET took " + us + " us: " + micros);
        } finally {
            for (Socket s : attackers) s.close();
        }
    }

    private static Socket open(int port, String start) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.getOutputStream().write(start.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        return s;
    }
}
