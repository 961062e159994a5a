package io.coursegen.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * An xAPI learning record store for the browser tests, in this process, on 127.0.0.1 and a port of its own (so the
 * site or package, served by {@link StaticServer}, talks to it across origins, with CORS, as to a real LRS): it takes
 * statements at {@code /xapi/statements} (POST, one or a list), keeps state documents at {@code /xapi/activities/state}
 * (GET, PUT; 404 for one it does not have) and, as a cmi5 LMS does, answers {@code POST /fetch/KEY} with an auth token
 * once and with cmi5's error 1 after that. Every request is recorded with its method, path, query and headers;
 * {@link #status} makes {@code /xapi/statements} answer with another HTTP status (such as 503, to test retries).
 */
public final class LoopbackLrs implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request the LRS received. */
    public record Request(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {}

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final List<JsonNode> statements = new ArrayList<>();
    private final Map<String, String> states = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private volatile int status = 200;

    private LoopbackLrs(HttpServer server) {
        this.server = server;
    }

    public static LoopbackLrs start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "loopback-lrs");
            t.setDaemon(true);
            return t;
        }));
        LoopbackLrs lrs = new LoopbackLrs(server);
        server.createContext("/", lrs::handle);
        server.start();
        return lrs;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The xAPI endpoint, ending in "/". */
    public String endpoint() {
        return origin() + "/xapi/";
    }

    /** A fetch URL that gives {@code token} once. */
    public synchronized String fetchUrl(String key, String token) {
        tokens.put(key, token);
        return origin() + "/fetch/" + key;
    }

    /** Keeps a state document, as an LMS writes LMS.LaunchData before a launch. */
    public synchronized void putState(String stateId, String activityId, String agentJson, String registration, String json) {
        states.put(stateKey(stateId, activityId, agentJson, registration), json);
    }

    public synchronized String state(String stateId, String activityId, String agentJson, String registration) {
        return states.get(stateKey(stateId, activityId, agentJson, registration));
    }

    /** The HTTP status {@code /xapi/statements} answers with from now on (200 takes them). */
    public void status(int status) {
        this.status = status;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The statements taken, in the order they arrived, each once (a statement sent again keeps its first copy). */
    public synchronized List<JsonNode> statements() {
        return List.copyOf(statements);
    }

    private static String stateKey(String stateId, String activityId, String agentJson, String registration) {
        try {
            // The agent as JSON whatever its spacing or key order.
            return stateId + "\n" + activityId + "\n" + JSON.readTree(agentJson) + "\n" + registration;
        } catch (IOException e) {
            return stateId + "\n" + activityId + "\n" + agentJson + "\n" + registration;
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String origin = ex.getRequestHeaders().getFirst("Origin");
            ex.getResponseHeaders().add("Access-Control-Allow-Origin", origin == null ? "*" : origin);
            ex.getResponseHeaders().add("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS");
            ex.getResponseHeaders().add("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Experience-API-Version");
            ex.getResponseHeaders().add("Vary", "Origin");
            String method = ex.getRequestMethod();
            if (method.equals("OPTIONS")) {
                reply(ex, 204, null);
                return;
            }
            String path = ex.getRequestURI().getPath();
            Map<String, String> query = new LinkedHashMap<>();
            String raw = ex.getRequestURI().getRawQuery();
            if (raw != null) {
                for (String p : raw.split("&")) {
                    int eq = p.indexOf('=');
                    if (eq > 0) query.put(URLDecoder.decode(p.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            Map<String, String> headers = new LinkedHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (this) {
                requests.add(new Request(method, path, query, headers, body));
            }
            if (path.startsWith("/fetch/") && method.equals("POST")) {
                String token;
                synchronized (this) {
                    token = tokens.remove(path.substring("/fetch/".length()));
                }
                reply(ex, 200, token == null ? "{\"error-code\": \"1\", \"error-text\": \"The authorization token has already been returned.\"}"
                        : JSON.createObjectNode().put("auth-token", token).toString());
            } else if (path.equals("/xapi/activities/state")) {
                String key = stateKey(query.get("stateId"), query.get("activityId"), query.get("agent"), query.get("registration"));
                if (method.equals("GET")) {
                    String doc;
                    synchronized (this) {
                        doc = states.get(key);
                    }
                    reply(ex, doc == null ? 404 : 200, doc);
                } else {
                    synchronized (this) {
                        states.put(key, body);
                    }
                    reply(ex, 204, null);
                }
            } else if (path.equals("/xapi/statements") && method.equals("POST")) {
                int answer = status;
                if (answer == 200) {
                    JsonNode sent = JSON.readTree(body);
                    ArrayNode ids = JSON.createArrayNode();
                    synchronized (this) {
                        for (JsonNode s : sent.isArray() ? sent : JSON.createArrayNode().add(sent)) {
                            ids.add(s.path("id").asText());
                            if (statements.stream().noneMatch(x -> x.path("id").equals(s.path("id")))) statements.add(s);
                        }
                    }
                    reply(ex, 200, ids.toString());
                } else {
                    reply(ex, answer, null);
                }
            } else {
                reply(ex, 404, null);
            }
        }
    }

    private static void reply(HttpExchange ex, int status, String json) throws IOException {
        if (json == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.getResponseHeaders().add("X-Experience-API-Version", "1.0.3");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
