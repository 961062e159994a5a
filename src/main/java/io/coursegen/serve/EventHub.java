package io.coursegen.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The open Server-Sent Events streams of the pages a browser shows. Each gets the build state when it
 * connects and after every rebuild; a stream that fails to take a write (the tab was closed) is dropped.
 * Writes never block the caller: each stream queues its events and writes the next when the last is
 * out, so a tab that stops reading delays nobody; one that falls {@value #MAX_QUEUED} events behind is
 * dropped.
 */
final class EventHub implements AutoCloseable {
    static final int MAX_QUEUED = 64;

    private final List<Stream> clients = new CopyOnWriteArrayList<>();

    /** Starts the event stream on {@code response} and sends it {@code firstEvent}; {@code done} completes when the stream ends. */
    void open(Response response, Callback done, String firstEvent) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Stream s = new Stream(response, done);
        clients.add(s);
        s.send("retry: 500\n\n" + firstEvent);
    }

    /** Sends one event to every open stream. */
    void broadcast(String event) {
        for (Stream c : clients) c.send(event);
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

    @Override
    public void close() {
        for (Stream c : clients) c.end(null);
        clients.clear();
    }

    /** One open stream: its queue of unsent events, written one at a time. */
    private final class Stream {
        private final Response response;
        private final Callback done;
        private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
        private boolean writing;
        private boolean ended;

        Stream(Response response, Callback done) {
            this.response = response;
            this.done = done;
        }

        void send(String text) {
            boolean start = false;
            boolean behind = false;
            synchronized (this) {
                if (ended) return;
                if (queue.size() >= MAX_QUEUED) {
                    behind = true;
                } else {
                    queue.add(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                    start = !writing;
                    writing = true;
                }
            }
            if (behind) end(new IllegalStateException("event stream fell " + MAX_QUEUED + " events behind"));
            else if (start) writeNext();
        }

        /** Writes the next queued event, if any; called by the sender that found the stream idle, then by each write's completion. */
        private void writeNext() {
            ByteBuffer next;
            synchronized (this) {
                next = queue.poll();
                if (next == null || ended) {
                    writing = false;
                    return;
                }
            }
            response.write(false, next, Callback.from(this::writeNext, this::end));
        }

        /** Ends the stream: normally when {@code failure} is null, else as failed (the connection is closed). */
        void end(Throwable failure) {
            synchronized (this) {
                if (ended) return;
                ended = true;
                queue.clear();
            }
            clients.remove(this);
            if (failure == null) done.succeeded();
            else done.failed(failure);
        }
    }
}
