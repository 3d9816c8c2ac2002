package io.dclink.testkit.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dclink.testkit.emulator.Faults.Fault;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP side of an emulator: faults, the request log and the admin endpoint around its protocol. */
final class EmulatorServer {

    static final String ADMIN_PREFIX = "/_dclink/";
    private static final Logger LOG = LoggerFactory.getLogger("io.dclink.testkit.emulator");
    private static final AtomicInteger THREADS = new AtomicInteger();

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY every exchange
        // waits ~40 ms for a delayed ACK. Read once, when the first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Emulator emulator;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AdminEndpoint admin;
    private final AtomicInteger inFlight = new AtomicInteger();

    EmulatorServer(Emulator emulator, int port) throws IOException {
        this.emulator = emulator;
        this.admin = new AdminEndpoint(emulator);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        this.executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "dclink-emulator-" + emulator.providerId() + "-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Requests being handled (admin requests excluded). */
    int inFlight() {
        return inFlight.get();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        EmulatorRequest request = new EmulatorRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(),
                exchange.getRequestBody().readAllBytes());
        if (request.path().startsWith(ADMIN_PREFIX)) {
            send(exchange, admin.handle(request));
            return;
        }
        inFlight.incrementAndGet();
        try {
            answer(exchange, request);
        } finally {
            synchronized (inFlight) {
                inFlight.decrementAndGet();
                inFlight.notifyAll();
            }
        }
    }

    /** Waits until no request is being handled, or the time is up; whether it is quiet. */
    boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        synchronized (inFlight) {
            while (inFlight.get() > 0) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                inFlight.wait(left);
            }
            return true;
        }
    }

    private void answer(HttpExchange exchange, EmulatorRequest request) throws IOException {
        WireProtocol protocol = emulator.protocol();
        String operation = operationOf(protocol, request);
        Optional<Fault> fault = emulator.faults().take(operation);
        FaultKind kind = fault.map(Fault::kind).orElse(null);
        EmulatorResponse response;
        try {
            if (kind == FaultKind.THROTTLE) {
                response = retryAfter(protocol.throttled(request, operation), fault.get());
            } else if (kind == FaultKind.SERVER_ERROR) {
                response = retryAfter(protocol.serverError(request, operation, fault.get().status()), fault.get());
            } else if (kind == FaultKind.PROVIDER_ERROR) {
                response = retryAfter(protocol.providerError(request, operation, fault.get().code(), fault.get().status()),
                        fault.get());
            } else if (kind == FaultKind.RESET_BEFORE_PROCESSING) {
                record(operation, request, 0, kind);
                throw drop(exchange);
            } else {
                if (kind == FaultKind.DELAY) {
                    sleep(fault.get().delay().toMillis());
                }
                response = handled(protocol, request, operation);
            }
        } catch (EmulatorBug bug) {
            response = protocol.serverError(request, operation, 500);
        }
        if (kind == FaultKind.RESET_AFTER_PROCESSING) {
            record(operation, request, 0, kind);
            throw drop(exchange);
        }
        if (kind == FaultKind.MALFORMED_BODY) {
            response = new EmulatorResponse(200, Map.of("Content-Type", "application/json"),
                    "{\"Response\": {\"truncated\": [1, 2,".getBytes(StandardCharsets.UTF_8));
        } else if (kind == FaultKind.EMPTY_BODY) {
            response = new EmulatorResponse(response.status(), response.headers(), new byte[0]);
        } else if (kind == FaultKind.REPLACED_BODY) {
            response = new EmulatorResponse(response.status(), response.headers(),
                    fault.get().body().getBytes(StandardCharsets.UTF_8));
        } else if (kind == FaultKind.REWRITTEN_BODY) {
            response = rewritten(fault.get(), request, response);
        }
        record(operation, request, response.status(), kind);
        if (kind == FaultKind.TRUNCATED_BODY) {
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(response.status(), response.body().length + 64L);
            exchange.getResponseBody().write(response.body(), 0, response.body().length / 2);
            throw drop(exchange);
        }
        send(exchange, response);
    }

    private EmulatorResponse rewritten(Fault fault, EmulatorRequest request, EmulatorResponse response) {
        try {
            return Objects.requireNonNull(fault.rewrite().rewrite(request, response), "the rewrite answered null");
        } catch (RuntimeException e) {
            LOG.error("A scripted rewrite of the {} emulator's answer failed", emulator.providerId(), e);
            return response;
        }
    }

    private static EmulatorResponse retryAfter(EmulatorResponse response, Fault fault) {
        return fault.retryAfter() == null ? response : response.withHeader("Retry-After", fault.retryAfter());
    }

    private EmulatorResponse handled(WireProtocol protocol, EmulatorRequest request, String operation) {
        try {
            return protocol.handle(request, operation);
        } catch (RuntimeException e) {
            LOG.error("The {} emulator failed on {}", emulator.providerId(), operation, e);
            throw new EmulatorBug();
        }
    }

    private String operationOf(WireProtocol protocol, EmulatorRequest request) {
        try {
            return protocol.operation(request);
        } catch (RuntimeException e) {
            return "(unknown)";
        }
    }

    private void record(String operation, EmulatorRequest request, int status, FaultKind fault) {
        emulator.requests().add(new RecordedRequest(operation, request, emulator.clock().instant(), status, fault));
    }

    private static IOException drop(HttpExchange exchange) {
        exchange.close();
        return new IOException("connection dropped on purpose by a scripted fault");
    }

    private static void send(HttpExchange exchange, EmulatorResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A protocol implementation threw: answered as the provider's internal error. */
    private static final class EmulatorBug extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
