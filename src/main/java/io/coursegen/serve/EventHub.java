package io.coursegen.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open Server-Sent Events streams of the pages a browser shows. Each gets the build state when it
 * connects and after every rebuild; a stream that fails to take a write (the tab was closed) is dropped.
 */
final class EventHub implements AutoCloseable {
    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();

    /** Starts the event stream on {@code exchange} and sends it {@code firstEvent}; the exchange stays open. */
    void open(HttpExchange exchange, String firstEvent) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        clients.add(exchange);
        send(exchange, "retry: 500\n\n" + firstEvent);
    }

    /** Sends one event to every open stream. */
    void broadcast(String event) {
        for (HttpExchange c : clients) send(c, event);
    }

    /** Sends an SSE comment, so streams whose tab went away are noticed and dropped. */
    void ping() {
        broadcast(": ping\n\n");
    }

    int size() {
        return clients.size();
    }

    /** One SSE event: {@code event: name} and the data on one line (JSON has no raw newlines). */
    static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private void send(HttpExchange c, String text) {
        OutputStream body = c.getResponseBody();
        try {
            synchronized (c) {
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException e) {
            clients.remove(c);
            c.close();
        }
    }

    @Override
    public void close() {
        for (HttpExchange c : clients) c.close();
        clients.clear();
    }
}
