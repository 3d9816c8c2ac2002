package io.dclink.spi;

import io.dclink.Capability;
import io.dclink.error.ErrorContext;
import io.dclink.error.UnsupportedCapabilityException;

/**
 * A plugin's client for one account and region: one driver per resource type. Drivers for
 * resources the provider lacks keep their default, which throws
 * {@link UnsupportedCapabilityException}.
 */
public interface ProviderClient extends AutoCloseable {

    /**
     * Access point operations.
     *
     * @return the driver
     */
    AccessPointDriver accessPoints();

    /**
     * Connection operations.
     *
     * @return the driver
     */
    ConnectionDriver connections();

    /**
     * Letter-of-authorisation operations.
     *
     * @return the driver
     */
    default LoaDriver loas() {
        throw new UnsupportedCapabilityException(Capability.LOA_GET, ErrorContext.of(null));
    }

    /**
     * Gateway operations.
     *
     * @return the driver
     */
    default GatewayDriver gateways() {
        throw new UnsupportedCapabilityException(Capability.GATEWAY_LIST, ErrorContext.of(null));
    }

    /**
     * Virtual interface operations.
     *
     * @return the driver
     */
    default VirtualInterfaceDriver virtualInterfaces() {
        throw new UnsupportedCapabilityException(Capability.VIRTUAL_INTERFACE_LIST, ErrorContext.of(null));
    }

    /**
     * Route operations.
     *
     * @return the driver
     */
    default RouteDriver routes() {
        throw new UnsupportedCapabilityException(Capability.ROUTE_LIST, ErrorContext.of(null));
    }

    /** Releases the client's resources. */
    @Override
    default void close() {
    }
}
