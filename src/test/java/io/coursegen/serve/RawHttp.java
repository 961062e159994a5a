package io.coursegen.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so tests can send request lines that java.net.http would refuse or
 * normalize: raw {@code ..}, backslashes, NUL escapes, absolute paths, odd methods and Host headers.
 */
final class RawHttp {
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {}

    /** Sends {@code method target} with the given extra header lines (each "Name: value"); Host is one of them or absent. */
    static Response send(int port, String method, String target, String... headerLines) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            for (String h : headerLines) req.append(h).append("\r\n");
            req.append("Connection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(s.getInputStream(), method.equals("HEAD"));
        }
    }

    /** Sends {@code request} exactly as given (request line, headers, blank line, any body) and reads one response. */
    static Response raw(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(s.getInputStream(), request.startsWith("HEAD "));
        }
    }

    /** A GET with the right Host for the server on {@code port}. */
    static Response get(int port, String target) throws IOException {
        return send(port, "GET", target, "Host: 127.0.0.1:" + port);
    }

    static Response parse(InputStream in, boolean head) throws IOException {
        String status = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        String l;
        while (!(l = line(in)).isEmpty()) {
            int colon = l.indexOf(':');
            if (colon > 0) headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
        }
        String body = "";
        if (!head) {
            String length = headers.get("content-length");
            if (length != null) {
                body = new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                while (true) {
                    int size = Integer.parseInt(line(in).trim(), 16);
                    if (size == 0) break;
                    b.write(in.readNBytes(size));
                    line(in);
                }
                body = b.toString(StandardCharsets.UTF_8);
            }
        }
        String[] parts = status.split(" ", 3);
        return new Response(Integer.parseInt(parts[1]), headers, body);
    }

    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') b.write(c);
        }
        if (c == -1 && b.size() == 0) throw new IOException("connection closed");
        return b.toString(StandardCharsets.ISO_8859_1);
    }
}
