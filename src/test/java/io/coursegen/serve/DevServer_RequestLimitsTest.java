package io.coursegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dev server's bounds on a request, over real sockets: header size and line count ({@code 431}),
 * a second Host ({@code 400}), HTTP versions it does not speak ({@code 505}), a body on GET or HEAD
 * ({@code 400}, answered at once, never waited for), and the header and idle time-outs, which close
 * the connection. Time-outs here are short ({@link #LIMITS}) so the tests are quick.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevServer_RequestLimitsTest {
    /** 300 ms for a header, 1 s idle. */
    static final HttpLimits LIMITS = new HttpLimits(Duration.ofMillis(300), Duration.ofSeconds(1), 16 * 1024, 100);

    @TempDir
    static Path root;

    private DevServer server;
    private int port;

    @BeforeAll
    void start() throws IOException {
        CourseFiles.minimal(root);
        server = DevServer.start(new ServeOptions(root, "127.0.0.1", 0, false, LIMITS), new PrintWriter(new StringWriter()));
        port = server.port();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private String host() {
        return "Host: 127.0.0.1:" + port;
    }

    @Test
    void aHeaderOver16KiBIs431() throws IOException {
        RawHttp.Response r = RawHttp.send(port, "GET", "/", host(), "X-Big: " + "a".repeat(17 * 1024));
        assertEquals(431, r.status());
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("request header fields too large\n", r.body());
    }

    @Test
    void aHeaderJustUnderTheLimitIsServed() throws IOException {
        assertEquals(200, RawHttp.send(port, "GET", "/", host(), "X-Big: " + "a".repeat(15 * 1024)).status());
    }

    @Test
    void moreThan100HeaderLinesIs431() throws IOException {
        List<String> lines = new ArrayList<>(List.of(host()));
        for (int i = 0; i < 100; i++) lines.add("X-" + i + ": " + i);
        RawHttp.Response r = RawHttp.send(port, "GET", "/", lines.toArray(String[]::new));
        assertEquals(431, r.status());
        assertEquals("request header fields too large\n", r.body());
        assertEquals(200, RawHttp.send(port, "GET", "/", lines.subList(0, 90).toArray(String[]::new)).status());
    }

    @Test
    void aSecondHostIs400() throws IOException {
        RawHttp.Response r = RawHttp.send(port, "GET", "/", host(), host());
        assertEquals(400, r.status());
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertFalse(r.body().contains("Host: "), r.body());
        assertEquals(400, RawHttp.send(port, "GET", "/", host(), "Host: evil.example").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/3.7", "HTTP/2.0", "HTTP/1.2", "HTTP/9.9"})
    void unknownVersionsAre505(String version) throws IOException {
        RawHttp.Response r = RawHttp.raw(port, "GET / " + version + "\r\n" + host() + "\r\n\r\n");
        assertEquals(505, r.status(), version);
        assertEquals("HTTP version not supported: the dev server speaks HTTP/1.1\n", r.body(), version);
    }

    @Test
    void http10IsServed() throws IOException {
        assertEquals(200, RawHttp.raw(port, "GET / HTTP/1.0\r\n" + host() + "\r\n\r\n").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD"})
    void aBodyOnGetOrHeadIs400AndTheConnectionCloses(String method) throws IOException {
        try (Socket s = socket()) {
            write(s, method + " / HTTP/1.1\r\n" + host() + "\r\nContent-Length: 5\r\n\r\nhello");
            RawHttp.Response r = RawHttp.parse(s.getInputStream(), method.equals("HEAD"));
            assertEquals(400, r.status());
            assertEquals("close", r.header("Connection"));
            if (method.equals("GET")) assertEquals("bad request: GET and HEAD take no body\n", r.body());
            assertClosed(s.getInputStream());
        }
    }

    @Test
    void aChunkedBodyOnGetIs400() throws IOException {
        RawHttp.Response r = RawHttp.raw(port, "GET / HTTP/1.1\r\n" + host() + "\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        assertEquals(400, r.status());
    }

    /** The server does not wait for a body it was promised: the answer comes at once. */
    @Test
    void aLargeAnnouncedBodyThatNeverComesIsAnsweredAtOnce() {
        assertTimeoutPreemptively(Duration.ofMillis(1500), () -> {
            try (Socket s = socket()) {
                write(s, "GET / HTTP/1.1\r\n" + host() + "\r\nContent-Length: 1000000\r\n\r\n");
                assertEquals(400, RawHttp.parse(s.getInputStream(), false).status());
                assertClosed(s.getInputStream());
            }
        });
    }

    @Test
    void aHeaderNotCompleteInTimeClosesTheConnection() throws IOException {
        try (Socket s = socket()) {
            long t0 = System.nanoTime();
            write(s, "GET / HTTP/1.1\r\n" + host() + "\r\nX-Slow: ");
            assertClosed(s.getInputStream());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 250 && ms < 2000, "closed after " + ms + " ms; header time-out 300 ms");
        }
    }

    /** A byte every 50 ms keeps the connection from going idle, but not the header from timing out. */
    @Test
    void aTricklingHeaderIsCutOffToo() throws Exception {
        try (Socket s = socket()) {
            long t0 = System.nanoTime();
            write(s, "GET / HTTP/1.1\r\n" + host() + "\r\nX-Slow: ");
            boolean closed = false;
            while (!closed && System.nanoTime() - t0 < 3_000_000_000L) {
                Thread.sleep(50);
                try {
                    write(s, "a");
                } catch (IOException e) {
                    closed = true;
                }
                if (!closed && s.getInputStream().available() == 0) {
                    s.setSoTimeout(1);
                    try {
                        closed = s.getInputStream().read() == -1;
                    } catch (java.net.SocketTimeoutException stillOpen) {
                        // not yet
                    } catch (SocketException reset) {
                        closed = true;
                    }
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(closed, "a header trickled for 3 s was never cut off");
            assertTrue(ms < 2000, "cut off after " + ms + " ms; header time-out 300 ms");
        }
    }

    @Test
    void anIdleKeptAliveConnectionIsClosedAfterTheIdleTimeOut() throws IOException {
        try (Socket s = socket()) {
            write(s, "GET / HTTP/1.1\r\n" + host() + "\r\n\r\n");
            assertEquals(200, RawHttp.parse(s.getInputStream(), false).status());
            long t0 = System.nanoTime();
            assertClosed(s.getInputStream());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 800 && ms < 3000, "closed after " + ms + " ms; idle time-out 1 s");
        }
    }

    /** The event stream gets a comment at least twice per idle time-out, so an open page is never cut off. */
    @Test
    void theEventStreamOutlivesTheIdleTimeOut() throws IOException {
        try (Socket s = socket()) {
            write(s, "GET /__coursegen/events HTTP/1.1\r\n" + host() + "\r\n\r\n");
            InputStream in = s.getInputStream();
            assertEquals("HTTP/1.1 200 OK", RawHttp.line(in));
            long t0 = System.nanoTime();
            int pings = 0;
            while (System.nanoTime() - t0 < 2_500_000_000L) {
                if (RawHttp.line(in).equals(": ping")) pings++;
            }
            assertTrue(pings >= 3, pings + " pings in 2.5 s with a 1 s idle time-out");
        }
    }

    /**
     * Requests after the first on a kept-alive connection are answered without waiting for the
     * client's delayed ACK (40 ms or more on Linux when a response's last segment waits on Nagle).
     */
    @Test
    void keptAliveRequestsAreNotDelayed() throws IOException {
        try (Socket s = socket()) {
            s.setTcpNoDelay(true);
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long t0 = System.nanoTime();
                write(s, "GET / HTTP/1.1\r\n" + host() + "\r\n\r\n");
                assertEquals(200, RawHttp.parse(s.getInputStream(), false).status());
                if (i > 0) micros.add((System.nanoTime() - t0) / 1000);
            }
            Collections.sort(micros);
            long median = micros.get(micros.size() / 2);
            System.out.println("DevServer_RequestLimitsTest: kept-alive GET, median " + median + " us, max " + micros.get(micros.size() - 1) + " us");
            assertTrue(median < 30_000, "median " + median + " us per kept-alive request");
        }
    }

    private Socket socket() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(5000);
        return s;
    }

    private static void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** The server closed the connection: end of stream (or a reset) before the socket's 5 s time-out. */
    private static void assertClosed(InputStream in) throws IOException {
        try {
            int b;
            while ((b = in.read()) != -1) {
                assertTrue(b >= 0);
            }
        } catch (SocketException reset) {
            // a reset is a close too
        }
    }
}
