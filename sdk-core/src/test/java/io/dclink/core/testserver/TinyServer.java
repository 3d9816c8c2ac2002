package io.dclink.core.testserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A loopback HTTP server for transport tests. A handler answers every request; scripted one-off
 * behaviours (status, delay, drop the connection before or after handling) take precedence, in
 * order. Every request is recorded.
 */
public final class TinyServer implements AutoCloseable {

    /** A recorded request. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** An answer. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public static Answer ok(String json) {
            return new Answer(200, Map.of("Content-Type", "application/json", "X-Request-Id", "req-ok"), json);
        }
    }

    /** One scripted behaviour for the next matching request. */
    public sealed interface Step permits Respond, Delay, Drop {
    }

    /** Answer this instead of the handler. */
    public record Respond(Answer answer) implements Step {
    }

    /** Wait before answering with the handler. */
    public record Delay(long millis) implements Step {
    }

    /** Close the connection without answering, after running the handler ({@code processed}) or not. */
    public record Drop(boolean processed) implements Step {
    }

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final Deque<Step> script = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Answer> handler = request -> Answer.ok("{}");

    public TinyServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "tiny-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void handler(Function<Received, Answer> value) {
        this.handler = value;
    }

    public synchronized void then(Step... steps) {
        script.addAll(List.of(steps));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public long count(String method) {
        return received.stream().filter(r -> r.method().equals(method)).count();
    }

    private synchronized Step nextStep() {
        return script.poll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body);
        received.add(request);
        Step step = nextStep();
        if (step instanceof Delay delay) {
            sleep(delay.millis());
        }
        if (step instanceof Drop drop) {
            if (drop.processed()) {
                handler.apply(request);
            }
            exchange.close();
            throw new IOException("dropping the connection on purpose");
        }
        Answer answer = step instanceof Respond respond ? respond.answer() : handler.apply(request);
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
