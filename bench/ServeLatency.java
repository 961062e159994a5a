import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one-lesson rebuild latency of a running dev server, as an author feels it: from the moment an
 * edited lesson file is saved to the moment the server tells open pages to reload.
 *
 * <pre>
 * java bench/ServeLatency.java coursegen http://127.0.0.1:8000/ LESSON.md RUNS
 * java bench/ServeLatency.java hugo      http://127.0.0.1:1313/ LESSON.md RUNS
 * </pre>
 *
 * It listens like a browser tab would: to coursegen's event stream ({@code /__coursegen/events}, a
 * {@code state} event listing rebuilt pages), or to Hugo's live-reload web socket ({@code /livereload},
 * a {@code reload} command). Each run appends a changed sentence to the lesson (so the page really
 * changes), writes the file, and takes the time from the end of the write to the event. The lesson is
 * restored at the end. Prints every run in ms, then {@code median_ms=} and {@code best_ms=}.
 */
public final class ServeLatency {
    private static final long TIMEOUT_S = 30;

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java bench/ServeLatency.java coursegen|hugo BASE_URL LESSON.md RUNS");
            System.exit(2);
        }
        String tool = args[0];
        URI base = URI.create(args[1].endsWith("/") ? args[1] : args[1] + "/");
        Path lesson = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        BlockingQueue<Long> events = new LinkedBlockingQueue<>();
        AutoCloseable listener = switch (tool) {
            case "coursegen" -> listenToCoursegen(base, events);
            case "hugo" -> listenToHugo(base, events);
            default -> throw new IllegalArgumentException("unknown tool " + tool);
        };
        byte[] original = Files.readAllBytes(lesson);
        List<Double> times = new ArrayList<>();
        try {
            Thread.sleep(1000); // let the server settle after the connection
            events.clear();
            for (int i = 1; i <= runs; i++) {
                String edited = new String(original, StandardCharsets.UTF_8) + "\nEdit number " + i + " of the latency run.\n";
                Files.writeString(lesson, edited);
                long saved = System.nanoTime();
                Long at = events.poll(TIMEOUT_S, TimeUnit.SECONDS);
                if (at == null) throw new IllegalStateException("no reload event within " + TIMEOUT_S + " s of run " + i);
                double ms = (at - saved) / 1e6;
                times.add(ms);
                System.out.printf(Locale.ROOT, "run %d: %.1f ms%n", i, ms);
                Thread.sleep(400); // well apart, so no run's events reach the next
                events.clear();
            }
        } finally {
            Files.write(lesson, original);
            listener.close();
        }
        List<Double> sorted = times.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.printf(Locale.ROOT, "median_ms=%.1f best_ms=%.1f%n", median, sorted.get(0));
    }

    /** coursegen: a {@code state} event whose page list is not empty is a rebuild that reloads pages. */
    private static AutoCloseable listenToCoursegen(URI base, BlockingQueue<Long> events) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("__coursegen/events")).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<java.io.InputStream> response = null;
        for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(300); response == null; ) {
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (java.net.ConnectException e) {
                if (System.nanoTime() > until) throw e; // the server is still building the course: wait for it
                Thread.sleep(200);
            }
        }
        if (response.statusCode() != 200) throw new IOException("event stream: HTTP " + response.statusCode());
        BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    long now = System.nanoTime();
                    if (line.startsWith("data: ") && line.contains("\"ok\":true") && !line.contains("\"pages\":[]")) events.add(now);
                }
            } catch (IOException e) {
                // closed
            }
        });
        reader.setDaemon(true);
        reader.start();
        return in::close;
    }

    /** Hugo: the live-reload protocol over a web socket; after the hello, a {@code reload} command. */
    private static AutoCloseable listenToHugo(URI base, BlockingQueue<Long> events) throws Exception {
        URI ws = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/livereload");
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                long now = System.nanoTime();
                message.append(data);
                if (last) {
                    if (message.indexOf("\"reload\"") >= 0) events.add(now);
                    message.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        };
        WebSocket socket = null;
        for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(300); socket == null; ) {
            try {
                socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(ws, listener).get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                if (System.nanoTime() > until) throw e; // Hugo answers only once its first build is done
                Thread.sleep(500);
            }
        }
        WebSocket open = socket;
        open.sendText("{\"command\":\"hello\",\"protocols\":[\"http://livereload.com/protocols/official-7\"]}", true);
        return () -> open.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
