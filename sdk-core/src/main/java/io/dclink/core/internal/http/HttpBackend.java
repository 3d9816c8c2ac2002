package io.dclink.core.internal.http;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * The HTTP client of one runtime client and the threads it sends on, all made on first use. Requests
 * are sent with the JDK client's blocking {@code send} on the client's own sender threads: its
 * {@code sendAsync} completes every response on {@code CompletableFuture}'s default executor, which
 * starts a thread per response when the common pool has a single thread (machines with fewer than
 * three CPUs). Closing it ends what it made, never what it was given.
 */
final class HttpBackend implements AutoCloseable {

    private final ClientThreads threads;
    private final Optional<HttpClient> given;
    private final Duration connectTimeout;
    private final Optional<Executor> givenExecutor;
    private final int maxSenders;
    private volatile HttpClient client;
    private volatile ExecutorService senders;
    private ExecutorService io;
    private boolean closed;

    HttpBackend(ClientThreads threads, Optional<HttpClient> given, Duration connectTimeout, Optional<Executor> executor,
            int maxSenders) {
        this.threads = threads;
        this.given = given;
        this.connectTimeout = connectTimeout;
        this.givenExecutor = executor;
        this.maxSenders = maxSenders;
    }

    /** Runs a task on a sender thread; fails with {@link java.util.concurrent.RejectedExecutionException} once closed. */
    void execute(Runnable task) {
        ExecutorService pool = senders;
        if (pool == null) {
            pool = startSenders();
        }
        pool.execute(task);
    }

    /**
     * Makes the HTTP client on a sender thread now, so that its TLS set-up (a fifth of a cold start)
     * overlaps the caller's own first steps; the first call reuses that thread.
     */
    void warmUp() {
        if (given.isEmpty()) {
            try {
                execute(() -> {
                    try {
                        startClient();
                    } catch (IOException closedMeanwhile) {
                        // nothing to warm
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
                // nothing to warm
            }
        }
    }

    /** Sends on the calling (sender) thread and waits for the whole response. */
    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        HttpClient http = client;
        if (http == null) {
            http = startClient();
        }
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private synchronized ExecutorService startSenders() {
        if (closed) {
            throw new java.util.concurrent.RejectedExecutionException("the client is closed");
        }
        if (senders == null) {
            senders = threads.pool("send", maxSenders);
        }
        return senders;
    }

    private synchronized HttpClient startClient() throws IOException {
        if (closed) {
            throw new IOException("the client is closed");
        }
        if (client == null) {
            client = given.orElseGet(() -> {
                io = givenExecutor.isPresent() ? null : threads.pool("io", 1);
                return HttpClient.newBuilder()
                        .connectTimeout(connectTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .executor(givenExecutor.orElse(io))
                        .build();
            });
        }
        return client;
    }

    /**
     * Interrupts the requests in flight and ends the threads and the HTTP client it made. On Java 21
     * and later the HTTP client is shut down at once; on Java 17 its selector thread ends a few
     * seconds after the client becomes unreachable, which it does here.
     */
    @Override
    public void close() {
        ExecutorService sending;
        ExecutorService ioPool;
        HttpClient made;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            sending = senders;
            ioPool = io;
            made = given.isPresent() ? null : client;
            senders = null;
            io = null;
            client = null;
        }
        if (sending != null) {
            sending.shutdownNow();
        }
        if (made != null) {
            shutDownNow(made);
        }
        if (ioPool != null) {
            ioPool.shutdownNow();
        }
    }

    /** {@code HttpClient.shutdownNow()}, which exists from Java 21 on. */
    private static void shutDownNow(HttpClient client) {
        try {
            Method shutdownNow = HttpClient.class.getMethod("shutdownNow");
            shutdownNow.invoke(client);
        } catch (NoSuchMethodException e) {
            // Java 17 to 20: the selector thread ends once the client is unreachable
        } catch (ReflectiveOperationException | RuntimeException e) {
            // closing is best effort
        }
    }
}
