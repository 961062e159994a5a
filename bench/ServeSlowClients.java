import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How a running dev server answers while slow clients hold connections to it, and how fast it
 * answers requests on kept-alive connections. Every socket goes to the loopback address given.
 *
 * <pre>
 * java bench/ServeSlowClients.java http://127.0.0.1:8000/ [SLOW] [SILENT_BODIES] [GETS]
 * </pre>
 *
 * Four phases, each bounded in count and time:
 * <ol>
 * <li>keep-alive: one client, then 20 clients in parallel, each on one connection, send 200 (50) GETs
 *     of {@code /} one after another; the latency of every request after a client's first (ms, from the
 *     request's first byte written to its response's last byte read);
 * <li>under attack: SLOW clients (default 50) send a request header one byte a second and never finish
 *     it (one that is closed opens again), and SILENT_BODIES clients (default 10) send a GET announcing
 *     {@code Content-Length: 1000000} and then nothing; after 2 s, GETS (default 40) GETs of {@code /},
 *     each on a new connection, one after another, each given at most 3 s;
 * <li>the same GETs with the attackers gone.
 * </ol>
 * Prints p50, p90 and max of each phase and how many requests got no answer within 3 s.
 */
public final class ServeSlowClients {
    private static final int ANSWER_MS = 3000;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java bench/ServeSlowClients.java BASE_URL [SLOW] [SILENT_BODIES] [GETS]");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        int slow = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int silent = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int gets = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        InetSocketAddress to = new InetSocketAddress(base.getHost(), base.getPort());
        String host = base.getHost() + ":" + base.getPort();

        report("keep-alive, 1 client x 200 GETs (after its first)", keepAlive(to, host, 1, 200));
        report("keep-alive, 20 parallel clients x 50 GETs (after each client's first)", keepAlive(to, host, 20, 50));

        List<Socket> attackers = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        List<Socket> slowSockets = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < slow; i++) slowSockets.add(openSlow(to, host, i));
        for (int i = 0; i < silent; i++) {
            Socket s = new Socket();
            s.connect(to, 2000);
            s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 1000000\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            attackers.add(s);
        }
        long[] reopened = {0};
        trickle.scheduleAtFixedRate(() -> {
            for (int i = 0; i < slowSockets.size(); i++) {
                try {
                    slowSockets.get(i).getOutputStream().write('a');
                } catch (IOException e) {
                    try {
                        slowSockets.get(i).close();
                        slowSockets.set(i, openSlow(to, host, i));
                        reopened[0]++;
                    } catch (IOException again) {
                        // the server refuses connections: try again on the next tick
                    }
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
        Thread.sleep(2000);
        report("under attack: " + slow + " slow headers + " + silent + " silent bodies, " + gets + " GETs on new connections",
                fresh(to, host, gets));
        trickle.shutdownNow();
        trickle.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("slow clients closed by the server and opened again: " + reopened[0]);
        for (Socket s : slowSockets) s.close();
        for (Socket s : attackers) s.close();
        Thread.sleep(500);
        report("attackers gone, " + gets + " GETs on new connections", fresh(to, host, gets));
    }

    private static Socket openSlow(InetSocketAddress to, String host, int i) throws IOException {
        Socket s = new Socket();
        s.connect(to, 2000);
        s.getOutputStream().write(("GET /?slow=" + i + " HTTP/1.1\r\nHost: " + host + "\r\nX-Slow: ").getBytes(StandardCharsets.ISO_8859_1));
        return s;
    }

    /** Latencies in ms; a request without an answer in time counts as -1. */
    private static List<Double> fresh(InetSocketAddress to, String host, int n) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            try (Socket s = new Socket()) {
                s.setTcpNoDelay(true);
                long t0 = System.nanoTime();
                s.connect(to, ANSWER_MS);
                s.setSoTimeout(ANSWER_MS);
                OutputStream out = s.getOutputStream();
                out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                readResponse(s.getInputStream());
                ms.add((System.nanoTime() - t0) / 1e6);
            } catch (IOException e) {
                ms.add(-1.0);
            }
        }
        return ms;
    }

    private static List<Double> keepAlive(InetSocketAddress to, String host, int clients, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Double>>> parts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            parts.add(pool.submit(() -> {
                List<Double> ms = new ArrayList<>();
                try (Socket s = new Socket()) {
                    s.setTcpNoDelay(true);
                    s.connect(to, ANSWER_MS);
                    s.setSoTimeout(ANSWER_MS);
                    OutputStream out = s.getOutputStream();
                    InputStream in = s.getInputStream();
                    byte[] req = ("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
                    for (int i = 0; i < requests; i++) {
                        long t0 = System.nanoTime();
                        out.write(req);
                        out.flush();
                        readResponse(in);
                        if (i > 0) ms.add((System.nanoTime() - t0) / 1e6);
                    }
                } catch (IOException e) {
                    ms.add(-1.0);
                }
                return ms;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : parts) all.addAll(f.get(120, TimeUnit.SECONDS));
        pool.shutdownNow();
        return all;
    }

    /** Reads one response with a Content-Length body; throws on time-out or a close before the end. */
    private static void readResponse(InputStream in) throws IOException {
        int length = -1;
        String line;
        if (!(line = line(in)).startsWith("HTTP/1.1 200")) throw new IOException("status: " + line);
        while (!(line = line(in)).isEmpty()) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
        }
        if (length < 0) throw new IOException("no Content-Length");
        if (in.readNBytes(length).length != length) throw new IOException("closed before the end of the body");
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c == -1) throw new IOException("closed");
            if (c != '\r') b.write(c);
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    private static void report(String what, List<Double> ms) {
        List<Double> ok = new ArrayList<>(ms.stream().filter(m -> m >= 0).toList());
        Collections.sort(ok);
        long failed = ms.size() - ok.size();
        if (ok.isEmpty()) {
            System.out.printf(Locale.ROOT, "%s: %d requests, none answered within %d ms%n", what, ms.size(), ANSWER_MS);
            return;
        }
        System.out.printf(Locale.ROOT, "%s: %d requests, p50 %.2f ms, p90 %.2f ms, max %.2f ms, %d without an answer within %d ms%n",
                what, ms.size(), pct(ok, 50), pct(ok, 90), ok.get(ok.size() - 1), failed, ANSWER_MS);
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
