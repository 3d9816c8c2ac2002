package io.dclink.testkit.emulator;

import com.sun.net.httpserver.HttpServer;
import io.dclink.DirectConnect;
import io.dclink.RetryOptions;
import io.dclink.auth.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loopback server that answers each action (named by a request header, as RPC-style providers
 * name theirs) with scripted JSON, in order, the last answer repeating: a provider that lies in
 * exactly the way a test needs, where an emulator would have to be bent. Signatures are not
 * checked; every answer is HTTP 200.
 */
public final class ScriptedCloud implements AutoCloseable {

    private final HttpServer server;
    private final String actionHeader;
    private final Map<String, Deque<String>> answers = new HashMap<>();
    private final List<String> actions = Collections.synchronizedList(new ArrayList<>());
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> queries = Collections.synchronizedList(new ArrayList<>());

    /**
     * Starts the server on a free loopback port.
     *
     * @param actionHeader the request header naming the action, e.g. {@code X-TC-Action}
     */
    public ScriptedCloud(String actionHeader) {
        this.actionHeader = actionHeader;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String action = exchange.getRequestHeaders().getFirst(this.actionHeader);
            actions.add(action);
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            queries.add(exchange.getRequestURI().getRawQuery());
            String answer = next(action);
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /**
     * Scripts an action's answers: given in order, the last repeated; {@code {n}} becomes the
     * action's call count.
     *
     * @param action the action
     * @param json the answers' bodies
     * @return this
     */
    public synchronized ScriptedCloud answer(String action, String... json) {
        answers.put(action, new ArrayDeque<>(List.of(json)));
        return this;
    }

    private synchronized String next(String action) {
        Deque<String> queue = answers.get(action);
        if (queue == null) {
            throw new IllegalStateException("no answer scripted for " + action);
        }
        String answer = queue.size() > 1 ? queue.removeFirst() : queue.getFirst();
        return answer.replace("{n}", Integer.toString(count(action)));
    }

    /**
     * Where the server listens.
     *
     * @return its base URI
     */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * A client of the provider against this server, without retries, that searches for a create of
     * unknown outcome only briefly.
     *
     * @param provider the provider id
     * @param region the region
     * @return the client
     */
    public DirectConnect client(String provider, String region) {
        return DirectConnect.builder().provider(provider).region(region).credentials(Credentials.accessKey("AKIDTEST",
                "test-secret")).endpoint(uri()).retry(RetryOptions.disabled()).idempotencyWindow(Duration.ofMillis(200))
                .build();
    }

    /**
     * How often an action was called.
     *
     * @param action the action
     * @return the count
     */
    public int count(String action) {
        return (int) actions.stream().filter(action::equals).count();
    }

    /**
     * The bodies received, in order.
     *
     * @return the bodies
     */
    public List<String> bodies() {
        return bodies;
    }

    /**
     * The raw query strings received, in order.
     *
     * @return the queries
     */
    public List<String> queries() {
        return queries;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
