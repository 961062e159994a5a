package io.coursegen.serve;

import io.coursegen.render.Assets;
import io.coursegen.render.view.PageFrame;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code coursegen serve}: builds the course into memory, serves it over HTTP on loopback, watches the
 * course files and rebuilds what an edit touches, and tells open pages to reload over Server-Sent
 * Events. A build with errors keeps the last good pages served and shows the errors in the browser.
 *
 * <p>The site is served from memory, not from a folder: a rebuild swaps one immutable snapshot for
 * another, so no request sees a half-written site, {@code site/} is never touched (the live-reload
 * script exists only in responses), and no request ever reaches the file system, so no path or link
 * can lead a request out of the site. HTTP is {@link HttpFront}'s: slow clients hold no thread, and
 * every read is bounded in time ({@link HttpLimits}).
 */
public final class DevServer implements AutoCloseable {
    static final String LIVE_PREFIX = "/__coursegen/";
    /**
     * How long the folders must be quiet before a rebuild: an editor's save is a burst of events (write
     * in place, or write a temporary file and rename it) that arrive within a millisecond or two.
     */
    private static final Duration QUIET = Duration.ofMillis(10);
    /** The header form of a page's Content-Security-Policy: no other site may frame the dev server's pages. */
    static String headerCsp(String pageCsp) {
        return pageCsp + "; frame-ancestors 'none'";
    }
    /** The longest gap between two writes on an event stream; below the idle time-out, which would close it. */
    private static final Duration PING = Duration.ofSeconds(15);

    private final ServeOptions options;
    private final PrintWriter out;
    private final HttpFront http;
    private final ScheduledExecutorService pinger;
    private final EventHub events = new EventHub();
    private final RequestGuard guard;
    private final DevBuild build;
    private final Path classDir;
    private final DirectoryWatcher watcher;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final URI url;

    private volatile SiteSnapshot site;
    private volatile List<Problem> errors = List.of();
    private volatile String stateEvent;

    private DevServer(ServeOptions options, PrintWriter out) throws IOException {
        this.options = options;
        this.out = out;
        Path root = options.projectRoot();
        this.classDir = Files.createTempDirectory("coursegen-serve-templates");
        // Run from coursegen's own checkout: its assets are served from the sources, edits and all.
        Path assetsDir = root.resolve("src/main/resources");
        boolean ownAssets = Files.isRegularFile(assetsDir.resolve(Assets.resourcePath("site.css")));
        this.build = DevBuild.forProject(root, classDir,
                ownAssets ? assetsDir : null,
                ownAssets ? () -> Assets.fromDirectory(assetsDir) : Assets::bundled);
        // Watch before the first build, so an edit made while it runs is queued, not lost.
        this.watcher = new DirectoryWatcher(watched(root, ownAssets ? assetsDir : null), QUIET, batch -> {
            DevBuild.Outcome o = build.update(batch.paths(), batch.overflow());
            if (o != null) publish(o, batch.firstEventNanos(), true);
        });
        long start = System.nanoTime();
        publish(build.full(), start, false);

        InetAddress address = InetAddress.getByName(options.host());
        try {
            this.http = HttpFront.start(address, options.port(), options.limits(), new Handler.Abstract() {
                @Override
                public boolean handle(Request request, Response response, Callback callback) {
                    return DevServer.this.handle(request, response, callback);
                }
            });
        } catch (IOException e) {
            watcher.close();
            deleteTemporary(classDir);
            throw e;
        }
        int port = http.port();
        this.guard = new RequestGuard(options.host(), port);
        this.url = URI.create("http://" + RequestGuard.hostForm(options.host()) + ":" + port + "/");
        exposureWarning(options.host(), address).ifPresent(out::println);
        this.pinger = Executors.newSingleThreadScheduledExecutor(daemon("coursegen-ping"));
    }

    /** Builds the course, starts serving and watching; the caller closes it (or Ctrl-C does, see {@link #closeOnShutdown}). */
    public static DevServer start(ServeOptions options, PrintWriter out) throws IOException {
        DevServer s = new DevServer(options, out);
        s.watcher.start(s.build::warmUp);
        long ping = Math.min(PING.toMillis(), options.limits().idleTimeout().toMillis() / 2);
        s.pinger.scheduleAtFixedRate(s.events::ping, ping, ping, TimeUnit.MILLISECONDS);
        return s;
    }

    public URI url() {
        return url;
    }

    public int port() {
        return http.port();
    }

    /** Closes the server when the JVM is asked to stop (Ctrl-C, SIGTERM), freeing the port. */
    public void closeOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "coursegen-serve-shutdown"));
    }

    /** Waits until {@link #close} has run. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        if (closed.getCount() == 0) return;
        synchronized (this) {
            if (closed.getCount() == 0) return;
            watcher.close();
            pinger.shutdownNow();
            events.close();
            http.close();
            deleteTemporary(classDir);
            out.println("coursegen serve: stopped");
            out.flush();
            closed.countDown();
        }
    }

    /** The warning printed when the server listens where other machines may reach it. */
    static Optional<String> exposureWarning(String host, InetAddress address) {
        if (address.isLoopbackAddress()) return Optional.empty();
        return Optional.of("coursegen serve: warning: listening on " + host + ", which is not a loopback address: other"
                + " machines may reach this dev server; it is made for one author on this machine, not for a network");
    }

    private static List<Path> watched(Path root, Path assetsDir) {
        List<Path> dirs = new ArrayList<>(List.of(root.resolve("content"), root.resolve("quizzes"), root.resolve("templates")));
        if (assetsDir != null) dirs.add(assetsDir);
        return dirs;
    }

    // ---- builds ----

    private void publish(DevBuild.Outcome o, long since, boolean rebuilt) {
        List<Problem> errs = o.problems().stream().filter(p -> p.severity().equals("error")).toList();
        for (Problem p : o.problems()) out.println(p.format());
        if (o.ok()) {
            site = o.snapshot();
            errors = List.of();
        } else {
            errors = errs;
        }
        String state = "{\"ok\":" + o.ok() + ",\"problems\":" + Problem.json(errors) + ",\"pages\":";
        // A page that connects later was served after this build: it needs the errors, not a reload.
        stateEvent = EventHub.event("state", state + "[]}");
        if (rebuilt) events.broadcast(EventHub.event("state", state + pagesJson(o.pages()) + "}"));
        double ms = (System.nanoTime() - since) / 1e6;
        if (o.ok()) {
            String pages = o.pages().equals(List.of("*")) ? "all pages" : o.pages().size() + (o.pages().size() == 1 ? " page" : " pages");
            out.println(String.format(Locale.ROOT, "%s %s (%s) in %.0f ms", rebuilt ? "rebuilt" : "built", pages, o.summary(), ms));
        } else {
            out.println(errs.size() + (errs.size() == 1 ? " error" : " errors") + " (" + o.summary()
                    + "); still serving the last good pages; fix and save to reload");
        }
        if (options.debug() && rebuilt) {
            out.println(String.format(Locale.ROOT, "debug: file saved -> reload event sent: %.1f ms (%s; includes %d ms of quiet"
                    + " time to batch an editor's events; %d open pages notified)", ms, o.timings(), QUIET.toMillis(), events.size()));
        }
        out.flush();
    }

    private static String pagesJson(List<String> pages) {
        StringBuilder b = new StringBuilder("[");
        for (String p : pages) {
            if (b.length() > 1) b.append(',');
            b.append(Problem.string(p));
        }
        return b.append(']').toString();
    }

    // ---- HTTP ----

    /** Answers one request whose header is complete; returns true as Jetty asks (the callback is completed, now or later). */
    private boolean handle(Request req, Response resp, Callback cb) {
        SiteSnapshot served = site;
        HttpFront.commonHeaders(resp.getHeaders(), served == null ? PageFrame.CSP : served.csp());
        try {
            String method = req.getMethod();
            HttpFields h = req.getHeaders();
            Optional<RequestGuard.Refusal> refusal = RequestGuard.version(req.getConnectionMetaData().getProtocol())
                    .or(() -> RequestGuard.headerLines(h.size(), options.limits().maxHeaderLines()))
                    .or(() -> RequestGuard.hostHeaders(h.getValuesList(HttpHeader.HOST).size()))
                    .or(() -> RequestGuard.method(method))
                    .or(() -> RequestGuard.body(h.getLongField(HttpHeader.CONTENT_LENGTH), h.contains(HttpHeader.TRANSFER_ENCODING)))
                    .or(() -> guard.host(h.get(HttpHeader.HOST)))
                    .or(() -> guard.origin(h.get(HttpHeader.ORIGIN)));
            if (refusal.isPresent()) {
                refuse(resp, cb, refusal.get());
                return true;
            }
            String target = req.getHttpURI().getPathQuery();
            String rawPath = req.getHttpURI().getPath();
            if (rawPath != null && rawPath.startsWith(LIVE_PREFIX)) {
                live(req, resp, cb, rawPath.substring(LIVE_PREFIX.length()));
                return true;
            }
            RequestGuard.Result r = RequestGuard.path(target == null ? "" : target);
            if (r.refusal() != null) {
                refuse(resp, cb, r.refusal());
                return true;
            }
            String key = r.path().key();
            SiteSnapshot s = served;
            if (s == null) {
                send(resp, cb, 503, "text/html; charset=utf-8", noSiteYet());
                return true;
            }
            Optional<byte[]> body = s.get(key);
            if (body.isPresent()) {
                send(resp, cb, 200, ContentTypes.of(key), body.get());
            } else if (s.has(key + "/index.html")) {
                resp.getHeaders().put(HttpHeader.LOCATION, "/" + key + "/");
                send(resp, cb, 301, "text/plain; charset=utf-8", "moved".getBytes(StandardCharsets.UTF_8));
            } else {
                Optional<byte[]> notFound = s.get("404.html");
                if (notFound.isPresent()) send(resp, cb, 404, "text/html; charset=utf-8", notFound.get());
                else refuse(resp, cb, RequestGuard.NOT_FOUND);
            }
        } catch (RuntimeException e) {
            // A bug: answer without details (no stack trace, no path), or, when the answer has begun, cut it off.
            if (resp.isCommitted()) {
                cb.failed(e);
            } else {
                resp.getHeaders().remove(HttpHeader.LOCATION);
                refuse(resp, cb, new RequestGuard.Refusal(500, "internal error"));
            }
        }
        return true;
    }

    /** The server's own files: the live-reload script and stylesheet, and the event stream. */
    private void live(Request req, Response resp, Callback cb, String name) {
        switch (name) {
            case "live.js" -> send(resp, cb, 200, "text/javascript; charset=utf-8", resource("live.js"));
            case "live.css" -> send(resp, cb, 200, "text/css; charset=utf-8", resource("live.css"));
            case "events" -> {
                if (req.getMethod().equals("HEAD")) send(resp, cb, 200, "text/event-stream; charset=utf-8", new byte[0]);
                else events.open(resp, cb, stateEvent);
            }
            default -> refuse(resp, cb, RequestGuard.NOT_FOUND);
        }
    }

    private static void refuse(Response resp, Callback cb, RequestGuard.Refusal r) {
        if (r.status() == 405) resp.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
        // A refused request may have sent (or announced) a body that is never read: do not read the rest
        // of the connection as further requests.
        if (r.status() == 400 || r.status() == 405 || r.status() == 431 || r.status() == 505) {
            resp.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        send(resp, cb, r.status(), "text/plain; charset=utf-8", (r.message() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The whole response at once, with its length; for HEAD the length alone (Jetty sends no body for HEAD). */
    private static void send(Response resp, Callback cb, int status, String type, byte[] body) {
        resp.setStatus(status);
        resp.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        resp.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        resp.write(true, ByteBuffer.wrap(body), cb);
    }

    /** The page shown before the first good build: it has the live script, so the overlay lists the errors. */
    private static byte[] noSiteYet() {
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>coursegen serve: the course has errors</title>\n"
                + SiteSnapshot.LIVE_TAG + "\n</head>\n<body>\n<main>\n<h1>The course has errors</h1>\n<p>Nothing could be built yet."
                + " The errors are listed here and in the terminal; this page reloads when they are fixed.</p>\n</main>\n</body>\n</html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("coursegen is missing its resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Removes the temporary template folder; the OS cleans it up if we cannot. */
    private static void deleteTemporary(Path dir) {
        try {
            io.coursegen.write.SiteWriter.deleteTree(dir);
        } catch (IOException ignored) {
            // a temporary folder: nothing is lost if it stays
        }
    }
}
