package io.coursegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dev server over real sockets: every path trick, foreign Host or Origin and method is refused
 * without a stack trace or a file path in the answer, and the right files get the right headers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevServer_SafetyTest {
    @TempDir
    static Path root;

    private DevServer server;
    private int port;

    @BeforeAll
    void start() throws IOException {
        CourseFiles.minimal(root);
        // Files a request must never reach: a secret beside the course, links out of content/, a dotfile.
        Files.writeString(root.resolve("secret.txt"), "TOP-SECRET");
        Files.createSymbolicLink(root.resolve("content/01-intro/passwd"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(root.resolve("content/leak"), root.resolve("secret.txt"));
        Files.writeString(root.resolve("content/.env"), "TOP-SECRET");
        server = DevServer.start(new ServeOptions(root, "127.0.0.1", 0, false), new PrintWriter(new StringWriter()));
        port = server.port();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../pom.xml", "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd", "/..%2fsecret.txt",
        "/intro/..%2f..%2fsecret.txt", "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/..\\secret.txt",
        "/%5c..%5csecret.txt", "/index.html%00.png", "/%00", "/index.html%00", "//etc/passwd", "//secret.txt",
        "/./index.html", "/intro/../index.html", "/intro/./first.html", "/%2e/index.html", "/.coursegen-site",
        "/.env", "/.git/config", "/intro/.hidden", "/C:/Windows/win.ini", "/%c0%ae%c0%ae/secret.txt", "/%e0%80%ae/x",
        "/a//b", "/%", "/%zz", "/intro/passwd", "/passwd", "/leak", "/secret.txt", "http://evil.example/index.html",
        "/etc/passwd", "/" + "x/../"
    })
    void pathTricksAre400Or404WithoutDetails(String target) throws IOException {
        RawHttp.Response r = RawHttp.get(port, target);
        assertTrue(r.status() == 400 || r.status() == 404, target + " -> " + r.status());
        assertNoDetails(target, r);
        assertFalse(r.body().contains("TOP-SECRET") || r.body().contains("root:"), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"})
    void onlyGetAndHeadAreAnswered(String method) throws IOException {
        RawHttp.Response r = RawHttp.send(port, method, "/index.html", "Host: 127.0.0.1:" + port, "Content-Length: 0");
        assertEquals(405, r.status(), method);
        assertEquals("GET, HEAD", r.header("Allow"));
        assertNoDetails(method, r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host: evil.example", "Host: evil.example:PORT", "Host: 127.0.0.1:1", "Host: localhost.evil.example:PORT",
        "Host: 127.0.0.1.nip.io:PORT", "Host: 10.0.0.1:PORT", "Host: 0.0.0.0:PORT", "Host: [::2]:PORT", "Host: 127.0.0.1"})
    void foreignHostsAreRefused(String host) throws IOException {
        RawHttp.Response r = RawHttp.send(port, "GET", "/index.html", host.replace("PORT", Integer.toString(port)));
        assertEquals(403, r.status(), host);
        assertNoDetails(host, r);
    }

    /** CONNECT names a host and port, not a path: with one it is 405 like other methods; with a path it is malformed. */
    @Test
    void connectIsRefused() throws IOException {
        String authority = "127.0.0.1:" + port;
        RawHttp.Response r = RawHttp.raw(port, "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n");
        assertEquals(405, r.status());
        assertEquals("GET, HEAD", r.header("Allow"));
        assertEquals(400, RawHttp.send(port, "CONNECT", "/index.html", "Host: " + authority).status());
    }

    /** HTTP/1.1 requires a Host: without one the request is malformed (RFC 9112, 3.2); an HTTP/1.0 one is refused as foreign. */
    @Test
    void aRequestWithoutHostIsRefused() throws IOException {
        RawHttp.Response r = RawHttp.send(port, "GET", "/index.html");
        assertEquals(400, r.status());
        assertNoDetails("no Host", r);
        assertEquals(403, RawHttp.raw(port, "GET /index.html HTTP/1.0\r\n\r\n").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]", "LOCALHOST"})
    void loopbackNamesWithThePortAreServed(String host) throws IOException {
        RawHttp.Response r = RawHttp.send(port, "GET", "/", "Host: " + host + ":" + port);
        assertEquals(200, r.status(), host);
        assertTrue(r.body().contains("<title>"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "null", "http://127.0.0.1:1", "https://127.0.0.1:PORT", "http://localhost.evil.example:PORT"})
    void aForeignOriginIsRefusedOnTheEventStreamAndEverywhere(String origin) throws IOException {
        String o = "Origin: " + origin.replace("PORT", Integer.toString(port));
        assertEquals(403, RawHttp.send(port, "GET", "/__coursegen/events", "Host: 127.0.0.1:" + port, o).status(), origin);
        assertEquals(403, RawHttp.send(port, "GET", "/index.html", "Host: 127.0.0.1:" + port, o).status(), origin);
    }

    @Test
    void theEventStreamAnswersItsOwnOrigin() throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(("GET /__coursegen/events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nOrigin: http://127.0.0.1:"
                    + port + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            assertEquals("HTTP/1.1 200 OK", RawHttp.line(in));
            StringBuilder all = new StringBuilder();
            String line;
            while (!(line = RawHttp.line(in)).startsWith("data: ")) all.append(line).append('\n');
            assertTrue(all.toString().toLowerCase().contains("content-type: text/event-stream"), all.toString());
            assertTrue(line.contains("\"ok\":true"), line);
        }
    }

    @Test
    void filesGetTheirTypeNosniffAndTheCsp() throws IOException {
        RawHttp.Response page = RawHttp.get(port, "/intro/first.html");
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.header("Content-Type"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertTrue(page.header("Content-Security-Policy").startsWith("default-src 'self'; script-src 'self';"), page.header("Content-Security-Policy"));
        assertTrue(page.body().contains("<script src=\"/__coursegen/live.js\" defer></script>"));

        RawHttp.Response script = RawHttp.get(port, "/__coursegen/live.js");
        assertEquals("text/javascript; charset=utf-8", script.header("Content-Type"));
        assertTrue(script.body().contains("EventSource"));
        assertEquals("text/css; charset=utf-8", RawHttp.get(port, "/__coursegen/live.css").header("Content-Type"));
        assertEquals(404, RawHttp.get(port, "/__coursegen/other").status());

        String home = RawHttp.get(port, "/").body();
        String css = home.replaceAll("(?s).*href=\"(assets/site\\.[0-9a-f]+\\.css)\".*", "$1");
        assertEquals("text/css; charset=utf-8", RawHttp.get(port, "/" + css).header("Content-Type"));
        String svg = home.replaceAll("(?s).*href=\"(assets/favicon\\.[0-9a-f]+\\.svg)\".*", "$1");
        assertEquals("image/svg+xml", RawHttp.get(port, "/" + svg).header("Content-Type"));
        assertEquals("nosniff", RawHttp.get(port, "/" + svg).header("X-Content-Type-Options"));
    }

    @Test
    void headHasTheHeadersAndNoBody() throws IOException {
        RawHttp.Response r = RawHttp.send(port, "HEAD", "/index.html", "Host: localhost:" + port);
        assertEquals(200, r.status());
        assertEquals("text/html; charset=utf-8", r.header("Content-Type"));
        assertEquals("", r.body());
    }

    @Test
    void anUnknownPageIsTheSite404AndAFolderRedirectsToItsSlash() throws IOException {
        RawHttp.Response missing = RawHttp.get(port, "/intro/nope.html?x=1");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("<title>"), "the site's own 404 page");
        RawHttp.Response folder = RawHttp.get(port, "/intro");
        assertEquals(301, folder.status());
        assertEquals("/intro/", folder.header("Location"));
        assertEquals(200, RawHttp.get(port, "/intro/").status());
    }

    @Test
    void aNonLoopbackAddressIsWarnedAbout() throws IOException {
        assertTrue(DevServer.exposureWarning("192.0.2.1", InetAddress.getByName("192.0.2.1")).orElseThrow().contains("not a loopback address"));
        assertTrue(DevServer.exposureWarning("0.0.0.0", InetAddress.getByName("0.0.0.0")).isPresent());
        assertTrue(DevServer.exposureWarning("127.0.0.1", InetAddress.getByName("127.0.0.1")).isEmpty());
        assertTrue(DevServer.exposureWarning("::1", InetAddress.getByName("::1")).isEmpty());
    }

    @Test
    void closingFreesThePort() throws IOException {
        Path other = CourseFiles.minimal(root.resolve("other"));
        DevServer s = DevServer.start(new ServeOptions(other, "127.0.0.1", 0, false), new PrintWriter(new StringWriter()));
        int p = s.port();
        assertEquals(200, RawHttp.get(p, "/").status());
        s.close();
        try (ServerSocket again = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(p, again.getLocalPort());
        }
    }

    @Test
    void aPortInUseIsABindException() throws IOException {
        Path other = CourseFiles.minimal(root.resolve("busy"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThrows(BindException.class, () -> DevServer.start(new ServeOptions(other, "127.0.0.1", taken.getLocalPort(), false),
                    new PrintWriter(new StringWriter())));
        }
    }

    private void assertNoDetails(String what, RawHttp.Response r) {
        String body = r.body();
        // Refusals are fixed lines of text, Jetty's own (a request line it cannot parse) included. Anything more is a leak.
        for (String leak : List.of("\tat ", "at io.", "at java.", "Caused by", ".java:", root.toString(), "/tmp/", "/home/", "/root/", "/work/")) {
            assertFalse(body.contains(leak), what + " leaks `" + leak + "`: " + body);
        }
        assertTrue(Set.of(400, 403, 404, 405).contains(r.status()) || r.status() == 200, what);
    }
}
