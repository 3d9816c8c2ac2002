package io.dclink.core.testplugin;

import io.dclink.model.Connection;
import io.dclink.model.Route;
import io.dclink.model.VirtualInterface;
import io.dclink.spi.Page;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** The in-memory "cloud" behind the in-memory test plugins, with counters of every handler call. */
public final class AlphaStore {

    private static final Map<String, AlphaStore> STORES = new ConcurrentHashMap<>();

    public final String id = UUID.randomUUID().toString();
    public final Map<String, Connection> connections = new ConcurrentHashMap<>();
    public final Map<String, VirtualInterface> virtualInterfaces = new ConcurrentHashMap<>();
    /** Routes by destination: a destination has at most one route. */
    public final Map<String, Route> routes = new ConcurrentHashMap<>();
    public final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    /** Per connection id, what successive reads return: a Connection, a RuntimeException, or {@link #GONE}. */
    public final Map<String, java.util.Deque<Object>> scripts = new ConcurrentHashMap<>();
    /** A script step: the connection no longer exists. */
    public static final Object GONE = new Object();
    /** Connections per listed page. */
    public volatile int pageSize = 2;
    /** What the runtime gave the last client built on this store (its credentials and region). */
    public volatile io.dclink.spi.ProviderContext lastContext;
    /** When set, a connection's delete fails with it (and removes nothing). */
    public volatile RuntimeException deleteFailure;
    /** Makes every listing answer the same next-page token forever. */
    public volatile boolean repeatPageToken;
    /**
     * When set, the connection listing answers with this instead of the stored connections: the
     * page for a page token ({@code null} for the first page).
     */
    public volatile Function<String, Page<Connection>> listing;

    private AlphaStore() {
    }

    public static AlphaStore create() {
        AlphaStore store = new AlphaStore();
        STORES.put(store.id, store);
        return store;
    }

    static AlphaStore get(String id) {
        AlphaStore store = STORES.get(id);
        if (store == null) {
            throw new IllegalStateException("no store " + id);
        }
        return store;
    }

    /** Successive reads of {@code id} return these steps; the last one repeats. */
    public void script(String id, Object... steps) {
        scripts.put(id, new java.util.concurrent.ConcurrentLinkedDeque<>(java.util.List.of(steps)));
    }

    void count(String operation) {
        calls.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
    }

    public int calls(String operation) {
        AtomicInteger count = calls.get(operation);
        return count == null ? 0 : count.get();
    }
}
