package io.dclink;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A client for one provider account in one region. Thread-safe; build one per account and region
 * and share it. Closing it releases its HTTP client.
 *
 * <p>Build it with {@link #builder()}; list the installed providers with {@link #providers()}.
 */
public interface DirectConnect extends AutoCloseable {

    /** {@return a builder for a client} */
    static DirectConnectBuilder builder() {
        return new DirectConnectBuilder();
    }

    /**
     * {@return the provider plugins installed on the class path, with their capabilities, sorted by id}
     *
     * @throws io.dclink.error.ProviderDiscoveryException if the installation is inconsistent (two
     *     plugins with one id, or a plugin built for another SPI version)
     */
    static List<ProviderInfo> providers() {
        ClassLoader loader = RuntimeLocator.defaultClassLoader();
        return RuntimeLocator.locate(loader).installedProviders(loader);
    }

    /** {@return the provider this client talks to} */
    ProviderInfo provider();

    /** {@return the region this client works in; empty for a provider without regions} */
    Optional<String> region();

    /** {@return the access point operations} */
    AccessPoints accessPoints();

    /** {@return the connection operations} */
    Connections connections();

    /** {@return the operations on letters of authorisation} */
    Loas loas();

    /** {@return the gateway operations} */
    Gateways gateways();

    /** {@return the virtual interface operations} */
    VirtualInterfaces virtualInterfaces();

    /** {@return the route operations} */
    Routes routes();

    /**
     * Runs calls of this client without blocking the caller, so that every operation is also a
     * {@link CompletableFuture}: {@code dc.async(c -> c.connections().create(request))}. The calls run
     * on this client's own small pool of named daemon threads ({@code dclink-<provider>-call-N}, at
     * most four at once, the rest queued), which closes with the client. The future completes with
     * the calls' result, or exceptionally with what they threw (the same typed
     * {@link io.dclink.error.DirectConnectException}s); cancelling it does not stop calls already
     * running. Waits need no thread: use {@code waitAsync} on the resource's operations.
     *
     * @param calls what to run against this client
     * @param <T> the result type
     * @return the result, later
     */
    <T> CompletableFuture<T> async(Function<? super DirectConnect, ? extends T> calls);

    /** Releases the client's resources; it cannot be used afterwards. */
    @Override
    void close();
}
