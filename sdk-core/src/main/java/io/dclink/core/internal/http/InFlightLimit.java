package io.dclink.core.internal.http;

import io.dclink.ConcurrencyOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The bound on one client's requests in flight, in all and per endpoint. A request over either
 * bound waits in its endpoint's line, without holding a thread, until a request ends.
 */
final class InFlightLimit {

    private static final CompletableFuture<Void> ADMITTED = CompletableFuture.completedFuture(null);

    private final int total;
    private final int perEndpoint;
    private final Map<String, Endpoint> endpoints = new HashMap<>();
    private int inFlight;

    InFlightLimit(ConcurrencyOptions options) {
        this.total = options.maxRequestsInFlight();
        this.perEndpoint = Math.min(options.maxConnectionsPerEndpoint(), total);
    }

    /** Completes when the request may be sent; then {@link #release} must follow exactly once. */
    CompletableFuture<Void> acquire(String endpoint) {
        synchronized (this) {
            Endpoint line = endpoints.computeIfAbsent(endpoint, name -> new Endpoint());
            if (line.waiting.isEmpty() && fits(line)) {
                admit(line);
                return ADMITTED;
            }
            CompletableFuture<Void> turn = new CompletableFuture<>();
            line.waiting.add(turn);
            return turn;
        }
    }

    /** Ends one request to the endpoint and admits the next ones that now fit. */
    void release(String endpoint) {
        List<CompletableFuture<Void>> admitted = new ArrayList<>();
        synchronized (this) {
            Endpoint line = endpoints.get(endpoint);
            line.inFlight--;
            inFlight--;
            admitFrom(line, admitted);
            for (Endpoint other : endpoints.values()) {
                if (inFlight >= total) {
                    break;
                }
                admitFrom(other, admitted);
            }
        }
        admitted.forEach(turn -> turn.complete(null));
    }

    /** Fails every waiting request: the client is closed. */
    void failAll(RuntimeException error) {
        List<CompletableFuture<Void>> waiting = new ArrayList<>();
        synchronized (this) {
            endpoints.values().forEach(line -> {
                waiting.addAll(line.waiting);
                line.waiting.clear();
            });
        }
        waiting.forEach(turn -> turn.completeExceptionally(error));
    }

    /** Requests in flight now, for tests. */
    synchronized int inFlight() {
        return inFlight;
    }

    private void admitFrom(Endpoint line, List<CompletableFuture<Void>> admitted) {
        while (!line.waiting.isEmpty() && fits(line)) {
            CompletableFuture<Void> next = line.waiting.poll();
            if (!next.isDone()) {
                admit(line);
                admitted.add(next);
            }
        }
    }

    private boolean fits(Endpoint line) {
        return inFlight < total && line.inFlight < perEndpoint;
    }

    private void admit(Endpoint line) {
        line.inFlight++;
        inFlight++;
    }

    private static final class Endpoint {
        final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
        int inFlight;
    }
}
