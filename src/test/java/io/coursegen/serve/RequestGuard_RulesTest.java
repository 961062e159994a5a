package io.coursegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of {@link RequestGuard} on its own: the exact verdict for each request, so a missing rule fails here. */
class RequestGuard_RulesTest {
    private final RequestGuard guard = new RequestGuard("127.0.0.1", 8000);

    @ParameterizedTest
    @CsvSource({
        "/, index.html",
        "/index.html, index.html",
        "/intro/, intro/index.html",
        "/intro/first.html?x=1, intro/first.html",
        "/assets/site.0123456789.css, assets/site.0123456789.css",
        "/intro/caf%C3%A9.png, intro/café.png",
        "/a%20b.png, a b.png",
    })
    void plainPathsNameTheirSiteFile(String target, String key) {
        RequestGuard.Result r = RequestGuard.path(target);
        assertNull(r.refusal(), target);
        assertEquals(key, r.path().key());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../pom.xml", "/%2e%2e/pom.xml", "/%2E%2e/x", "/..%2fpom.xml", "/intro/..%2F..%2Fpom.xml", "/%252e%252e/pom.xml",
        "/%252fetc", "/%5c..%5cpom.xml", "/%5C", "/index.html%00", "/%00", "/%0a", "/%7f", "//etc/passwd", "///x",
        "/./index.html", "/%2e/index.html", "/intro/../index.html", "/a//b", "/C:/x", "/c%3A/x", "/%c0%ae%c0%ae/x", "/%ff",
        "/%", "/%2", "/%zz", "http://evil.example/x", "x", "*",
    })
    void trickyPathsAreBadRequests(String target) {
        assertEquals(RequestGuard.BAD_PATH, RequestGuard.path(target).refusal(), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.coursegen-site", "/.env", "/.git/config", "/intro/.hidden.html", "/%2egit/config"})
    void dotfilesAreNotFound(String target) {
        assertEquals(RequestGuard.NOT_FOUND, RequestGuard.path(target).refusal(), target);
    }

    @Test
    void onlyHttp11And10() {
        assertEquals(Optional.empty(), RequestGuard.version("HTTP/1.1"));
        assertEquals(Optional.empty(), RequestGuard.version("HTTP/1.0"));
        for (String v : new String[] {"HTTP/2.0", "HTTP/3.7", "HTTP/0.9", "HTTP/1.2", "http/1.1", ""}) {
            assertEquals(Optional.of(RequestGuard.VERSION), RequestGuard.version(v), v);
        }
        assertEquals(505, RequestGuard.VERSION.status());
    }

    @Test
    void headerLinesUpToTheLimit() {
        assertEquals(Optional.empty(), RequestGuard.headerLines(100, 100));
        assertEquals(Optional.of(RequestGuard.HEADER_TOO_LARGE), RequestGuard.headerLines(101, 100));
        assertEquals(431, RequestGuard.HEADER_TOO_LARGE.status());
    }

    @Test
    void oneHostAtMost() {
        assertEquals(Optional.empty(), RequestGuard.hostHeaders(0));
        assertEquals(Optional.empty(), RequestGuard.hostHeaders(1));
        assertEquals(Optional.of(RequestGuard.TWO_HOSTS), RequestGuard.hostHeaders(2));
        assertEquals(400, RequestGuard.TWO_HOSTS.status());
    }

    @Test
    void noBody() {
        assertEquals(Optional.empty(), RequestGuard.body(-1, false));
        assertEquals(Optional.empty(), RequestGuard.body(0, false));
        assertEquals(Optional.of(RequestGuard.BODY), RequestGuard.body(1, false));
        assertEquals(Optional.of(RequestGuard.BODY), RequestGuard.body(-1, true));
        assertEquals(400, RequestGuard.BODY.status());
    }

    @Test
    void onlyGetAndHead() {
        assertEquals(Optional.empty(), RequestGuard.method("GET"));
        assertEquals(Optional.empty(), RequestGuard.method("HEAD"));
        for (String m : new String[] {"POST", "PUT", "DELETE", "OPTIONS", "TRACE", "get", "PATCH"}) {
            assertEquals(Optional.of(RequestGuard.METHOD), RequestGuard.method(m), m);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LocalHost:8000"})
    void loopbackHostsWithThePort(String host) {
        assertEquals(Optional.empty(), guard.host(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "evil.example", "evil.example:8000", "localhost", "127.0.0.1:8001", "localhost.evil.example:8000",
        "127.0.0.1:8000.evil.example", "[::1]", "::1:8000", "192.168.1.10:8000"})
    void otherHostsAreRefused(String host) {
        assertEquals(Optional.of(RequestGuard.HOST), guard.host(host), host);
        assertEquals(Optional.of(RequestGuard.HOST), guard.host(null));
    }

    @Test
    void theHostNameGivenWithHostIsAllowed() {
        RequestGuard lan = new RequestGuard("devbox.lan", 9000);
        assertEquals(Optional.empty(), lan.host("devbox.lan:9000"));
        assertEquals(Optional.empty(), lan.origin("http://devbox.lan:9000"));
        assertEquals(Optional.of(RequestGuard.HOST), lan.host("devbox.lan:8000"));
        RequestGuard v6 = new RequestGuard("::1", 9000);
        assertEquals(Optional.empty(), v6.host("[::1]:9000"));
        RequestGuard port80 = new RequestGuard("127.0.0.1", 80);
        assertEquals(Optional.empty(), port80.host("localhost"));
    }

    @Test
    void originIsOptionalButMustBeThisServer() {
        assertEquals(Optional.empty(), guard.origin(null));
        assertEquals(Optional.empty(), guard.origin("http://127.0.0.1:8000"));
        assertEquals(Optional.empty(), guard.origin("http://localhost:8000"));
        for (String o : new String[] {"null", "http://evil.example", "https://127.0.0.1:8000", "http://127.0.0.1:8001", "http://127.0.0.1:8000.evil.example"}) {
            assertEquals(Optional.of(RequestGuard.ORIGIN), guard.origin(o), o);
        }
    }

    @Test
    void contentTypesByExtension() {
        assertEquals("text/html; charset=utf-8", ContentTypes.of("a/b.html"));
        assertEquals("text/css; charset=utf-8", ContentTypes.of("assets/site.1.css"));
        assertEquals("text/javascript; charset=utf-8", ContentTypes.of("x.js"));
        assertEquals("image/svg+xml", ContentTypes.of("x.SVG"));
        assertEquals("image/png", ContentTypes.of("img/x.png"));
        assertEquals("application/xml", ContentTypes.of("sitemap.xml"));
        assertEquals(ContentTypes.FALLBACK, ContentTypes.of("x.exe"));
        assertEquals(ContentTypes.FALLBACK, ContentTypes.of("dir.d/noext"));
    }
}
