package io.coursegen.serve;

import io.coursegen.render.view.PageFrame;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The dev server's HTTP/1.1 listener: Jetty's connector, set up so that slow or silent clients cannot
 * starve the others. Jetty reads request headers as bytes arrive, on a selector, so a client that sends
 * its header a byte at a time holds a socket but no thread; a handler thread is taken only once a whole
 * header is in. What bounds each client:
 *
 * <ul>
 *   <li>a header must be complete {@link HttpLimits#headerTimeout} after its first byte, or the
 *       connection is closed (Jetty has no such time-out of its own: its idle time-out restarts with
 *       every byte, so a byte a second would never trip it);
 *   <li>a connection with no byte read or written for {@link HttpLimits#idleTimeout} is closed;
 *   <li>a header over {@link HttpLimits#maxHeaderBytes} is {@code 431} (Jetty's parser); more than
 *       {@link HttpLimits#maxHeaderLines} lines are {@code 431} too ({@link RequestGuard#headerLines});
 *   <li>no request body is ever read: the server answers GET and HEAD only and refuses a body on them.
 * </ul>
 *
 * <p>Every accepted socket has TCP_NODELAY (Jetty's default), so a response's last segment is not held
 * back by Nagle's algorithm waiting for the client's delayed ACK (about 40 ms a request on a kept-alive
 * connection otherwise). Jetty's own refusals (a malformed request line, {@code 431}, {@code 505}, a
 * missing or second {@code Host}) carry the same fixed one-line texts and headers as the dev server's.
 */
final class HttpFront implements AutoCloseable {
    /** Handler threads. Slow clients hold none, so a few are enough; the event streams hold none either. */
    private static final int MAX_THREADS = 16;

    private final Server server;
    private final ServerConnector connector;
    private final ScheduledExecutorService sweeper;
    private final long headerTimeoutNanos;

    private HttpFront(Server server, ServerConnector connector, ScheduledExecutorService sweeper, long headerTimeoutNanos) {
        this.server = server;
        this.connector = connector;
        this.sweeper = sweeper;
        this.headerTimeoutNanos = headerTimeoutNanos;
    }

    /** Listens on {@code address:port} (0 for any free port) and hands each complete request to {@code handler}. */
    static HttpFront start(InetAddress address, int port, HttpLimits limits, Handler handler) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
        threads.setName("coursegen-http");
        threads.setDaemon(true);
        Server server = new Server(threads, new ScheduledExecutorScheduler("coursegen-http-scheduler", true), null);
        server.setStopTimeout(0);

        HttpConfiguration config = new HttpConfiguration();
        config.setRequestHeaderSize(limits.maxHeaderBytes());
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        config.setIdleTimeout(limits.idleTimeout().toMillis());
        // One acceptor and one selector: a dev server for one author on a machine of a few cores.
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(address.getHostAddress());
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptedTcpNoDelay(true);
        server.addConnector(connector);
        server.setHandler(handler);
        server.setErrorHandler(new FixedErrors());

        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "coursegen-http-header-timeout");
            t.setDaemon(true);
            return t;
        });
        HttpFront front = new HttpFront(server, connector, sweeper, limits.headerTimeout().toNanos());
        try {
            server.start();
        } catch (Exception e) {
            front.close();
            // Jetty wraps the BindException; the command tells a port in use apart (it suggests another port).
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException b) {
                    BindException inUse = new BindException(b.getMessage());
                    inUse.initCause(e);
                    throw inUse;
                }
            }
            throw new IOException("cannot listen on " + address.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
        }
        // Checked a few times per time-out, so a header is cut off at most a fifth of it late.
        long tick = Math.max(10, Math.min(1000, limits.headerTimeout().toMillis() / 5));
        sweeper.scheduleWithFixedDelay(front::closeSlowHeaders, tick, tick, TimeUnit.MILLISECONDS);
        return front;
    }

    int port() {
        return connector.getLocalPort();
    }

    /**
     * Closes each connection whose current request header began more than the header time-out ago and
     * is not complete. The parser's state is read from this thread without a lock: a stale read only
     * delays a close to the next tick.
     */
    private void closeSlowHeaders() {
        long now = System.nanoTime();
        for (EndPoint endPoint : connector.getConnectedEndPoints()) {
            if (endPoint.getConnection() instanceof HttpConnection c) {
                HttpParser parser = c.getParser();
                if (!parser.isStart() && parser.inHeaderState() && now - parser.getBeginNanoTime() > headerTimeoutNanos) {
                    endPoint.close(new TimeoutException("request header not complete within the header time-out"));
                }
            }
        }
    }

    /** The headers every response carries, the server's refusals included, with the CSP of a site without remote images. */
    static void commonHeaders(HttpFields.Mutable h) {
        commonHeaders(h, PageFrame.CSP);
    }

    /** The headers every response carries, with {@code csp} (the served pages' own) as its Content-Security-Policy. */
    static void commonHeaders(HttpFields.Mutable h, String csp) {
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Content-Security-Policy", DevServer.headerCsp(csp));
        h.put("Referrer-Policy", "no-referrer");
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            // stopping closes the listening socket first; what fails after that leaves nothing open
        }
    }

    /**
     * Jetty's answers to requests it refuses before any handler sees them (a malformed request line or
     * header, a header over the limit, an unknown HTTP version, no or two {@code Host} headers) and to a
     * handler's failure: one fixed line of text for the status, never the request, a message or a trace.
     */
    static final class FixedErrors extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
            if (code == 426) {
                // Jetty answers "GET / HTTP/2.0" in clear text with 426 Upgrade Required, meant for servers
                // that also speak HTTP/2 (h2c). This one speaks HTTP/1 only: that version is as unknown as 3.7.
                code = 505;
                response.setStatus(code);
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            commonHeaders(response.getHeaders());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.write(true, ByteBuffer.wrap(text(code)), callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            // Used by Jetty when no request could be made of the bytes at all; the status is Jetty's.
            commonHeaders(fields);
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8"));
            return ByteBuffer.wrap(text(status));
        }

        static byte[] text(int status) {
            String line = switch (status) {
                case 400 -> "bad request: malformed request";
                case 404 -> RequestGuard.NOT_FOUND.message();
                case 408 -> "request time-out";
                case 414 -> "URI too long";
                case 431 -> RequestGuard.HEADER_TOO_LARGE.message();
                case 505 -> RequestGuard.VERSION.message();
                default -> status >= 500 ? "internal error" : "refused";
            };
            return (line + "\n").getBytes(StandardCharsets.UTF_8);
        }
    }
}
