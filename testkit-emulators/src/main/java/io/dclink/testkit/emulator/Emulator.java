package io.dclink.testkit.emulator;

import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.RateLimitOptions;
import io.dclink.auth.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A running emulation of one provider's HTTP API on loopback: its wire protocol, its accounts and
 * resources in memory, its lifecycle (by the emulated clock or by operator calls), scriptable
 * faults and a request log. Start it, point a client's endpoint at {@link #baseUri()}, close it.
 */
public abstract class Emulator implements AutoCloseable {

    /** Calls per second of a time-skipping client: as good as none, as its waits take no real time. */
    private static final int UNLIMITED_CALLS_PER_SECOND = 1_000_000;

    private final EmulatorOptions options;
    private final EmulatedClock clock;
    private final Faults faults = new Faults();
    private final RequestLog requests = new RequestLog();
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private EmulatorServer server;
    private TimeSkippingScheduler timeSkipping;

    /**
     * Creates an emulator; nothing listens until {@link #start()}.
     *
     * @param options how to run
     * @param providerZone the zone the provider counts working days in
     */
    protected Emulator(EmulatorOptions options, ZoneId providerZone) {
        this.options = options;
        this.clock = new EmulatedClock(options.clockStart(), providerZone);
    }

    /**
     * The provider id this emulator stands for.
     *
     * @return the id
     */
    public abstract String providerId();

    /**
     * The region emulated when the options name none.
     *
     * @return the region id, or {@code null} for a provider without regions
     */
    protected abstract String defaultRegion();

    /**
     * The wire protocol.
     *
     * @return the protocol
     */
    protected abstract WireProtocol protocol();

    /**
     * The handle that plays the provider's people.
     *
     * @return the operator
     */
    public abstract Operator operator();

    /**
     * The provider's name for a neutral operation, to script faults on it.
     *
     * @param operation the neutral operation
     * @return the provider operation name
     */
    public abstract String operationName(EmulatedOperation operation);

    /**
     * What to order from this emulator so that its provider accepts it: requests valid for its
     * seeded world, for tests, the compatibility kit and the demo.
     *
     * @return the sample order
     */
    public abstract SampleOrder sampleOrder();

    /**
     * The region emulated.
     *
     * @return the region id
     * @throws IllegalStateException for a provider without regions (see {@link #regional()})
     */
    public String region() {
        if (!regional()) {
            throw new IllegalStateException(providerId() + " has no regions");
        }
        return options.region() != null ? options.region() : defaultRegion();
    }

    /**
     * Whether the provider's API is per region; a provider with one account-wide API returns
     * {@code null} from {@link #defaultRegion()}.
     *
     * @return {@code true} if clients choose a region
     */
    public final boolean regional() {
        return defaultRegion() != null;
    }

    /**
     * A client builder pointed at this emulator: the provider, the region (where it has regions),
     * the test credentials, the base URI and the emulated clock. The caller adds what else it wants
     * and builds it.
     *
     * @return the builder
     * @throws IllegalStateException if the emulator has not been started
     */
    public DirectConnectBuilder clientBuilder() {
        DirectConnectBuilder builder = DirectConnect.builder().provider(providerId()).credentials(testCredentials())
                .endpoint(baseUri()).clock(clock());
        return regional() ? builder.region(region()) : builder;
    }

    /**
     * A client builder like {@link #clientBuilder()} whose client skips emulated time: a wait's next
     * poll, a retry's backoff and the pause before a throttled call do not wait in real time; the
     * emulated clock jumps to when they are due, running the lifecycle steps that fall due on the
     * way (see {@link TimeSkippingScheduler}). A wait for a line that takes working days so ends in
     * milliseconds, and a wait whose target never comes ends with its timeout at once. The
     * client-side rate limit, which counts real time, is lifted. The scheduler is this emulator's,
     * shared by its time-skipping clients and shut down by {@link #close()}.
     *
     * @return the builder
     * @throws IllegalStateException if the emulator has not been started
     */
    public DirectConnectBuilder timeSkippingClientBuilder() {
        DirectConnectBuilder builder = clientBuilder();
        synchronized (this) {
            if (timeSkipping == null) {
                timeSkipping = new TimeSkippingScheduler(clock);
            }
            return builder.scheduler(timeSkipping).rateLimit(new RateLimitOptions(UNLIMITED_CALLS_PER_SECOND));
        }
    }

    /**
     * Credentials for the documented test key pair, in the form the provider uses.
     *
     * @return the credentials
     */
    public Credentials testCredentials() {
        return Credentials.accessKey(KeyRing.TEST_KEY_ID, KeyRing.TEST_SECRET);
    }

    /**
     * Starts listening on loopback.
     *
     * @return this emulator
     * @throws UncheckedIOException if the port cannot be bound
     */
    public synchronized Emulator start() {
        if (server == null) {
            try {
                server = new EmulatorServer(this, options.port());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the " + providerId() + " emulator on port " + options.port(), e);
            }
        }
        return this;
    }

    /**
     * Where the emulator listens, e.g. {@code http://127.0.0.1:41234}.
     *
     * @return the base URI
     * @throws IllegalStateException if not started
     */
    public synchronized URI baseUri() {
        if (server == null) {
            throw new IllegalStateException("the emulator is not started");
        }
        return server.baseUri();
    }

    /**
     * The scripted faults.
     *
     * @return the faults
     */
    public Faults faults() {
        return faults;
    }

    /**
     * The requests received.
     *
     * @return the log
     */
    public RequestLog requests() {
        return requests;
    }

    /**
     * How many requests of the emulated API are being handled now (a delayed one included; admin
     * requests excluded).
     *
     * @return the count; 0 when not started
     */
    public int inFlight() {
        EmulatorServer current;
        synchronized (this) {
            current = server;
        }
        return current == null ? 0 : current.inFlight();
    }

    /**
     * Waits until no request of the emulated API is being handled: a request whose client gave up
     * (a {@link FaultKind#DELAY} past its timeout) may still take effect after the client has moved
     * on, so a test counts resources only once the emulator is quiet.
     *
     * @param timeout how long to wait at most
     * @return whether the emulator is quiet
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        EmulatorServer current;
        synchronized (this) {
            current = server;
        }
        return current == null || current.awaitIdle(Math.max(0, timeout.toMillis()));
    }

    /**
     * The emulated clock; advancing it runs lifecycle steps that fall due.
     *
     * @return the clock
     */
    public EmulatedClock clock() {
        return clock;
    }

    /**
     * The clock request timestamps are checked against: the emulated clock, unless the options say
     * otherwise (standalone emulators check against real time).
     *
     * @return the clock
     */
    public Clock signatureClock() {
        return options.signatureClock() != null ? options.signatureClock() : clock;
    }

    /**
     * The keys accepted.
     *
     * @return the key ring
     */
    public KeyRing keys() {
        return options.keys();
    }

    /**
     * Publishes a document the provider hands out by link (an LOA's PDF), served at
     * {@code /_dclink/documents/NAME} so that clients can download what the emulated API links to.
     *
     * @param name the document's file name
     * @param content its bytes
     * @return its URL
     */
    public URI publishDocument(String name, byte[] content) {
        documents.put(name, content.clone());
        return baseUri().resolve(EmulatorServer.ADMIN_PREFIX + "documents/" + name);
    }

    /**
     * A published document.
     *
     * @param name the document's file name
     * @return its bytes, if published
     */
    public Optional<byte[]> document(String name) {
        return Optional.ofNullable(documents.get(name)).map(byte[]::clone);
    }

    /** Stops listening. */
    @Override
    public synchronized void close() {
        if (timeSkipping != null) {
            timeSkipping.shutdownNow();
            timeSkipping = null;
        }
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[provider=" + providerId() + (regional() ? ", region=" + region() : "") + "]";
    }
}
