package io.dclink.core.testserver;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A loopback HTTP/1.1 server for transport tests. A handler answers every request; scripted one-off
 * behaviours (status, delay, drop the connection before or after handling) take precedence, in
 * order. Every request is recorded.
 *
 * <p>It speaks just enough HTTP/1.1 for the JDK client over plain {@code http://} (bodies with a
 * {@code Content-Length}, persistent connections), on {@code java.base} sockets: the tests are
 * compiled into the runtime's module, which reads no other JDK module.
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
    public sealed interface Step permits Pass, Respond, Delay, Drop {
    }

    /** Answer with the handler, as if unscripted (to let a request through before a scripted one). */
    public record Pass() implements Step {
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

    private final ServerSocket listener;
    private final String scheme;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tiny-server");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger peakOpen = new java.util.concurrent.atomic.AtomicInteger();
    private final Deque<Step> script = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Answer> handler = request -> Answer.ok("{}");

    public TinyServer() throws IOException {
        this(null);
    }

    /** A server that speaks TLS with the key of the given context, or plain HTTP if it is {@code null}. */
    public TinyServer(javax.net.ssl.SSLContext tls) throws IOException {
        listener = tls == null ? new ServerSocket(0, 50, InetAddress.getLoopbackAddress())
                : tls.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        scheme = tls == null ? "http" : "https";
        threads.execute(this::accept);
    }

    public URI uri() {
        return URI.create(scheme + "://127.0.0.1:" + listener.getLocalPort());
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

    /** Connections accepted so far. */
    public int acceptedConnections() {
        return accepted.get();
    }

    /** The most connections that were open at once. */
    public int peakOpenConnections() {
        return peakOpen.get();
    }

    /** Connections open now. */
    public int openConnections() {
        return connections.size();
    }

    private synchronized Step nextStep() {
        return script.poll();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                connections.add(socket);
                accepted.incrementAndGet();
                peakOpen.accumulateAndGet(connections.size(), Math::max);
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Answers the requests of one persistent connection, in turn, until either side closes it. */
    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            while (true) {
                Received request = read(in);
                if (request == null) {
                    return;
                }
                received.add(request);
                Step step = nextStep();
                if (step instanceof Delay delay) {
                    Thread.sleep(delay.millis());
                }
                if (step instanceof Drop drop) {
                    if (drop.processed()) {
                        handler.apply(request);
                    }
                    return;
                }
                write(out, step instanceof Respond respond ? respond.answer() : handler.apply(request));
            }
        } catch (IOException e) {
            // the client went away, or the server was closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connections.remove(socket);
        }
    }

    private static Received read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        URI target = URI.create(parts[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String key = headers.keySet().stream().filter(name::equalsIgnoreCase).findFirst().orElse(name);
            headers.computeIfAbsent(key, k -> new ArrayList<>()).add(header.substring(colon + 1).trim());
        }
        String length = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Length"))
                .map(e -> e.getValue().get(0)).findFirst().orElse("0");
        byte[] body = in.readNBytes(Integer.parseInt(length));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return new Received(parts[0], target.getPath(), target.getRawQuery(), Map.copyOf(copy),
                new String(body, StandardCharsets.UTF_8));
    }

    /** One CRLF-terminated line, or {@code null} at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            bytes.write(b);
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(answer.status()).append(" Status\r\n");
        answer.headers().forEach((name, value) -> {
            if (!name.toLowerCase(Locale.ROOT).equals("content-length")) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
        threads.shutdownNow();
    }
}
