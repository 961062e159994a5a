package io.coursegen.serve;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The dev server's rules for which requests it answers, kept apart from the server so each rule is
 * tested on its own: only HTTP/1.0 and 1.1; a header of at most so many lines; exactly one Host; only
 * GET and HEAD, without a body; only a Host (and, when sent, an Origin) naming this server on
 * loopback or by its {@code --host} name, which defeats DNS rebinding; and only plain paths inside the
 * site: no {@code ..}, {@code .}, backslash, control character, double encoding, empty segment or
 * dotfile, in any encoding. A refusal carries a fixed message, never the request or a file path.
 */
final class RequestGuard {
    /** Why a request is refused, as an HTTP status and a short fixed text for the body. */
    record Refusal(int status, String message) {}

    /** A checked path: the site file it names, such as {@code index.html} or {@code basics/intro.html}. */
    record SitePath(String key) {}

    static final Refusal METHOD = new Refusal(405, "method not allowed: the dev server answers GET and HEAD only");
    static final Refusal HOST = new Refusal(403, "forbidden: unknown Host; open the URL the server printed");
    static final Refusal ORIGIN = new Refusal(403, "forbidden: requests from other sites are refused");
    static final Refusal BAD_PATH = new Refusal(400, "bad request: malformed path");
    static final Refusal NOT_FOUND = new Refusal(404, "not found");
    static final Refusal VERSION = new Refusal(505, "HTTP version not supported: the dev server speaks HTTP/1.1");
    static final Refusal HEADER_TOO_LARGE = new Refusal(431, "request header fields too large");
    static final Refusal TWO_HOSTS = new Refusal(400, "bad request: more than one Host header");
    /**
     * A GET or HEAD announcing a body. 400 rather than 413 (which says a body is too large, and invites
     * a smaller one) or 411 (which asks for a length): these methods take no body at all (RFC 9110,
     * 9.3.1), and one left unread could be taken for the next request on the connection.
     */
    static final Refusal BODY = new Refusal(400, "bad request: GET and HEAD take no body");

    private final Set<String> hosts = new LinkedHashSet<>();
    private final Set<String> origins = new LinkedHashSet<>();

    /** Rules for a server bound to {@code bindHost} on {@code port}. */
    RequestGuard(String bindHost, int port) {
        for (String name : new String[] {"localhost", "127.0.0.1", "[::1]", hostForm(bindHost)}) {
            String n = name.toLowerCase(Locale.ROOT);
            hosts.add(n + ":" + port);
            if (port == 80) hosts.add(n);
            origins.add("http://" + n + ":" + port);
            if (port == 80) origins.add("http://" + n);
        }
    }

    /** An IPv6 literal as it appears in a Host header: in brackets. */
    static String hostForm(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** HTTP/1.1 and 1.0 only; anything else ({@code HTTP/2.0} in clear text, {@code HTTP/3.7}) is {@code 505}. */
    static Optional<Refusal> version(String protocol) {
        return "HTTP/1.1".equals(protocol) || "HTTP/1.0".equals(protocol) ? Optional.empty() : Optional.of(VERSION);
    }

    /** More than {@code max} header field lines is {@code 431}. */
    static Optional<Refusal> headerLines(int lines, int max) {
        return lines <= max ? Optional.empty() : Optional.of(HEADER_TOO_LARGE);
    }

    /** A second Host header is {@code 400}: which one names the server is anyone's guess (RFC 9112, 3.2). */
    static Optional<Refusal> hostHeaders(int count) {
        return count <= 1 ? Optional.empty() : Optional.of(TWO_HOSTS);
    }

    /** A body announced by a {@code Content-Length} above 0 or any {@code Transfer-Encoding} is refused; see {@link #BODY}. */
    static Optional<Refusal> body(long contentLength, boolean transferEncoding) {
        return contentLength > 0 || transferEncoding ? Optional.of(BODY) : Optional.empty();
    }

    static Optional<Refusal> method(String method) {
        return "GET".equals(method) || "HEAD".equals(method) ? Optional.empty() : Optional.of(METHOD);
    }

    /** A missing Host, or one naming another server, is refused. */
    Optional<Refusal> host(String host) {
        return host != null && hosts.contains(host.strip().toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of(HOST);
    }

    /** No Origin is fine (same-origin GETs and typed URLs send none); a present one must be this server. */
    Optional<Refusal> origin(String origin) {
        return origin == null || origins.contains(origin.strip().toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of(ORIGIN);
    }

    /**
     * Checks a request target as the client sent it (raw, still percent-encoded) and returns the site
     * file it names, or why not. The query string is ignored; {@code /} and {@code dir/} name their
     * {@code index.html}.
     */
    static Result path(String rawTarget) {
        // "//x" and "///x" are authority forms to URI (and "///x" loses its empty authority): no site file starts so.
        if (rawTarget.startsWith("//")) return Result.refused(BAD_PATH);
        URI uri;
        try {
            uri = new URI(rawTarget);
        } catch (URISyntaxException e) {
            return Result.refused(BAD_PATH);
        }
        // Absolute-form targets and "//host/path" (which URI reads as an authority) name no site file.
        if (uri.getScheme() != null || uri.getRawAuthority() != null) return Result.refused(BAD_PATH);
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith("/") || raw.startsWith("//")) return Result.refused(BAD_PATH);
        if (raw.indexOf('\\') >= 0 || raw.toLowerCase(Locale.ROOT).contains("%5c")) return Result.refused(BAD_PATH);
        Optional<String> decoded = decode(raw);
        if (decoded.isEmpty()) return Result.refused(BAD_PATH);
        String path = decoded.get();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            // '%' after decoding is double encoding (%252e); the site has no such file names.
            if (c < 0x20 || c == 0x7f || c == '\\' || c == '%' || c == ':') return Result.refused(BAD_PATH);
        }
        String rest = path.substring(1);
        if (rest.isEmpty() || rest.endsWith("/")) rest = rest + "index.html";
        boolean dotfile = false;
        for (String segment : rest.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) return Result.refused(BAD_PATH);
            if (segment.startsWith(".")) dotfile = true;
        }
        return dotfile ? Result.refused(NOT_FOUND) : Result.of(new SitePath(rest));
    }

    /** Strict percent-decoding as UTF-8: a stray '%' or bytes that are not UTF-8 make the path malformed. */
    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return Optional.empty();
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return Optional.empty();
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty(); // a raw non-ASCII character is not a valid request target
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Either a site path or a refusal. */
    record Result(SitePath path, Refusal refusal) {
        static Result of(SitePath p) {
            return new Result(p, null);
        }

        static Result refused(Refusal r) {
            return new Result(null, r);
        }
    }
}
