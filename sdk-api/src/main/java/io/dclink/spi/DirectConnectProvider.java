package io.dclink.spi;

import io.dclink.Capability;
import io.dclink.auth.Credentials;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A provider plugin, discovered with {@link java.util.ServiceLoader}: register the implementation
 * in {@code META-INF/services/io.dclink.spi.DirectConnectProvider}. Implementations must have a
 * public no-argument constructor and be cheap to instantiate; all work happens in
 * {@link #createClient(ProviderContext)}.
 */
public interface DirectConnectProvider {

    /**
     * The id users select the plugin with: lower case, unique among installed plugins.
     *
     * @return the id, e.g. {@code tencent}
     */
    String id();

    /**
     * A human-readable name.
     *
     * @return the name, e.g. {@code Tencent Cloud Direct Connect}
     */
    String displayName();

    /**
     * The SPI version the plugin was built against; normally {@link SpiVersion#CURRENT}.
     *
     * @return the version
     */
    SpiVersion spiVersion();

    /**
     * The operations the plugin offers.
     *
     * @return the capabilities
     */
    Set<Capability> capabilities();

    /**
     * The environment variables the provider's own tools read credentials from, in the order
     * {@link #credentialsFromEnvironment(Map)} uses them.
     *
     * @return the variable names
     */
    List<String> credentialVariables();

    /**
     * Credentials from the provider's usual environment variables.
     *
     * @param environment the environment (normally {@link System#getenv()})
     * @return the credentials, or empty when the variables are not set
     */
    Optional<Credentials> credentialsFromEnvironment(Map<String, String> environment);

    /**
     * Provider-specific refinements of the standard lifecycles, as data.
     *
     * @return the refinements; {@link LifecycleRefinements#none()} by default
     */
    default LifecycleRefinements lifecycleRefinements() {
        return LifecycleRefinements.none();
    }

    /**
     * Builds a client for one account and region. Called once per {@code DirectConnect}.
     *
     * @param context the region, endpoint, credentials, clock and transport to use
     * @return the client
     */
    ProviderClient createClient(ProviderContext context);
}
