package io.dclink.core.internal.http;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP clients of one runtime client (one per scheme, so that plain-http endpoints such as emulators
 * never set up TLS) and the threads they send on, all made on first use. Requests
 * are sent with the JDK client's blocking {@code send} on the client's own sender threads: its
 * {@code sendAsync} completes every response on {@code CompletableFuture}'s default executor, which
 * starts a thread per response when the common pool has a single thread (machines with fewer than
 * three CPUs). Unless the application gives an executor, the JDK client runs its own short tasks
 * (taking the answer's bytes off the socket, buffer by buffer; a TLS handshake's computations) on its
 * selector thread: handing each buffer to another thread cost 40% more CPU on a listing's page of
 * 100 KB. Closing it ends what it made, never what it was given.
 */
final class HttpBackend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpBackend.class);

    private static final Pattern CLIENT_ID = Pattern.compile("\\((\\d+)\\)$");

    private final ClientThreads threads;
    private final Optional<HttpClient> given;
    private final Duration connectTimeout;
    private final Optional<Executor> givenExecutor;
    private final int maxSenders;
    private final boolean plainHttpFirst;
    /** Sends {@code https} requests; made with the JDK's default TLS context. */
    private volatile HttpClient tls;
    /** Sends plain {@code http} requests; its TLS context loads no TLS provider (see {@link PlainHttpOnlyContext}). */
    private volatile HttpClient plain;
    private volatile ExecutorService senders;
    private boolean closed;

    HttpBackend(ClientThreads threads, Optional<HttpClient> given, Duration connectTimeout, Optional<Executor> executor,
            int maxSenders, boolean plainHttpFirst) {
        this.threads = threads;
        this.plainHttpFirst = plainHttpFirst;
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
     * Makes the HTTP client the first call will need on a sender thread now, so that its set-up
     * overlaps the caller's own first steps; the first call reuses that thread.
     */
    void warmUp() {
        if (given.isEmpty()) {
            try {
                execute(() -> {
                    try {
                        clientFor(plainHttpFirst);
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
        boolean plainHttp = "http".equalsIgnoreCase(request.uri().getScheme());
        HttpClient http = plainHttp ? plain : tls;
        if (http == null) {
            http = clientFor(plainHttp);
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

    /** The given HTTP client, or the one made for the scheme, made now if need be. */
    synchronized HttpClient clientFor(boolean plainHttp) throws IOException {
        if (closed) {
            throw new IOException("the client is closed");
        }
        if (given.isPresent()) {
            return given.get();
        }
        if (plainHttp ? plain == null : tls == null) {
            HttpClient.Builder builder = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(givenExecutor.orElse(HttpBackend::runHere));
            if (plainHttp) {
                plain = builder.sslContext(new PlainHttpOnlyContext()).build();
            } else {
                tls = builder.build();
            }
        }
        return plainHttp ? plain : tls;
    }

    /**
     * Runs a task of the JDK client on the thread that hands it over, its selector thread. A task that
     * fails is logged and its exchange ends by the request's timeout: thrown on, it would end the
     * selector thread, and with it every later call of the client.
     */
    static void runHere(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("A task of the HTTP client failed; its request will time out", e);
        }
    }

    /**
     * Interrupts the requests in flight and ends the threads and the HTTP client it made: on Java 21
     * and later with the client's {@code shutdownNow()}, before that by ending its selector thread.
     */
    @Override
    public void close() {
        ExecutorService sending;
        List<HttpClient> made = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            sending = senders;
            if (given.isEmpty()) {
                Stream.of(plain, tls).filter(Objects::nonNull).forEach(made::add);
            }
            senders = null;
            plain = null;
            tls = null;
        }
        if (sending != null) {
            sending.shutdownNow();
        }
        made.forEach(HttpBackend::shutDownNow);
    }

    /** {@code HttpClient.shutdownNow()}, which exists from Java 21 on. */
    private static void shutDownNow(HttpClient client) {
        try {
            Method shutdownNow = HttpClient.class.getMethod("shutdownNow");
            shutdownNow.invoke(client);
        } catch (NoSuchMethodException e) {
            endSelectorThread(client);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // closing is best effort
        }
    }

    /**
     * Java 17 to 20: interrupts the client's selector thread, which ends its loop and closes the
     * client's connections. Left alone it ends only once the client is collected, and until then it
     * waits in native code, which holds up the JVM's exit by 300 ms. Found by the name the JDK gives
     * it, from the client's id in its {@code toString()} (e.g. {@code ...HttpClientImpl@1b2c3d(7)}).
     */
    private static void endSelectorThread(HttpClient client) {
        Matcher id = CLIENT_ID.matcher(client.toString());
        if (!id.find()) {
            return;
        }
        String name = "HttpClient-" + id.group(1) + "-SelectorManager";
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() * 2 + 16];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (threads[i].getName().equals(name)) {
                threads[i].interrupt();
            }
        }
    }
}
