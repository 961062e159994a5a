package io.coursegen.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.coursegen.serve.ContentTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal static file server over a directory, on 127.0.0.1 and a free port,
 * standing in for whatever static host a course is published on.
 *
 * <p>GET and HEAD only. Content types are set explicitly (and
 * {@code X-Content-Type-Options: nosniff} is sent) so a wrongly named asset fails
 * in the browser the way it would on a real host. Missing files answer 404 with the
 * site's own {@code 404.html} when there is one, as GitHub Pages and most hosts do.
 * Nothing outside the root is ever served.
 *
 * <p>The site is mounted under {@value #BASE} rather than at "/", the way GitHub
 * project pages and most course hosts publish it: a root-relative URL such as
 * {@code /assets/site.css}, or the browser's automatic {@code /favicon.ico},
 * then fails here just as it would there.
 */
public final class StaticServer implements AutoCloseable {

    /** The sub-path the site is served under. */
    public static final String BASE = "/course/";

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;

    private StaticServer(Path root, HttpServer server, ExecutorService executor) {
        this.root = root;
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving {@code root} on 127.0.0.1 at a port the OS picks. */
    public static StaticServer start(Path root) throws IOException {
        Path realRoot = root.toRealPath();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // The browser fetches css, js and images in parallel; the default executor
        // would answer them one by one.
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "static-server");
            thread.setDaemon(true);
            return thread;
        });
        StaticServer staticServer = new StaticServer(realRoot, server, executor);
        server.createContext("/", staticServer::handle);
        server.setExecutor(executor);
        server.start();
        return staticServer;
    }

    /** The origin, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Absolute URL of a path relative to the site root, e.g. {@code url("a/b.html")}
     * is {@code http://127.0.0.1:41234/course/a/b.html}.
     */
    public String url(String relPath) {
        return origin() + BASE + (relPath.startsWith("/") ? relPath.substring(1) : relPath);
    }

    public Path root() {
        return root;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("Method not allowed"), false);
                return;
            }
            String path = exchange.getRequestURI().getPath(); // already percent-decoded
            Optional<Path> target = resolve(path);
            if (target.isPresent() && Files.isDirectory(target.get())) {
                // Like real hosts: "/course/intro" redirects to "/course/intro/", so
                // relative links on its index.html resolve inside the directory.
                exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
                send(exchange, 301, "text/plain; charset=utf-8", bytes("Moved"), head);
            } else if (target.isPresent()) {
                send(exchange, 200, contentType(target.get()), Files.readAllBytes(target.get()), head);
            } else if (Files.isRegularFile(root.resolve("404.html"))) {
                send(exchange, 404, ContentTypes.of("404.html"), Files.readAllBytes(root.resolve("404.html")), head);
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", bytes("Not found"), head);
            }
        }
    }

    /**
     * Maps a decoded request path to a regular file under the root ("dir/" maps to
     * dir/index.html), or to a directory when the trailing slash is missing. Empty
     * when nothing is there, or when the path is outside {@value #BASE} or would
     * leave the root (through "..", a backslash, or a symlink).
     */
    Optional<Path> resolve(String path) throws IOException {
        String base = BASE.substring(0, BASE.length() - 1);
        if (path == null || path.indexOf('\0') >= 0 || path.contains("\\")
                || !(path.equals(base) || path.startsWith(BASE))) {
            return Optional.empty();
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return Optional.empty();
            }
        }
        Path candidate = root.resolve(path.substring(Math.min(path.length(), BASE.length()))).normalize();
        if (Files.isDirectory(candidate)) {
            if (!path.endsWith("/")) {
                return candidate.toRealPath().startsWith(root) ? Optional.of(candidate) : Optional.empty();
            }
            candidate = candidate.resolve("index.html");
        }
        if (!Files.isRegularFile(candidate)) {
            return Optional.empty();
        }
        // Only now, with the file known to exist, follow symlinks and re-check.
        Path real = candidate.toRealPath();
        return real.startsWith(root) ? Optional.of(real) : Optional.empty();
    }

    static String contentType(Path file) {
        return ContentTypes.of(file.getFileName().toString());
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        // Tests rebuild the site between classes; never let the browser reuse an old copy.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
