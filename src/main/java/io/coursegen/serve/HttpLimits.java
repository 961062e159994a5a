package io.coursegen.serve;

import java.time.Duration;

/**
 * How long and how large a request to the dev server may be. A slow or silent client is cut off by
 * these bounds; it never holds a thread while it dawdles (see {@link HttpFront}).
 *
 * @param headerTimeout  from the first byte of a request to the end of its header; past it the connection is closed
 * @param idleTimeout    how long a connection may pass without a byte read or written (a kept-alive connection
 *                       waiting for its next request, a stalled write); the event stream sends a comment at
 *                       least twice per idle time-out, so it never goes idle
 * @param maxHeaderBytes the request line and header fields together, in bytes; more is {@code 431}
 *                       (a request line alone over it is {@code 414})
 * @param maxHeaderLines header field lines; more is {@code 431}
 */
public record HttpLimits(Duration headerTimeout, Duration idleTimeout, int maxHeaderBytes, int maxHeaderLines) {
    /** 10 s for a header, 30 s idle, 16 KiB and 100 lines of header: far above what a browser sends. */
    public static final HttpLimits DEFAULT = new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 16 * 1024, 100);

    public HttpLimits {
        if (headerTimeout.isNegative() || headerTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("time-outs must be positive: header " + headerTimeout + ", idle " + idleTimeout);
        }
        if (maxHeaderBytes < 1024 || maxHeaderLines < 1) {
            throw new IllegalArgumentException("header limits too small: " + maxHeaderBytes + " bytes, " + maxHeaderLines + " lines");
        }
    }
}
