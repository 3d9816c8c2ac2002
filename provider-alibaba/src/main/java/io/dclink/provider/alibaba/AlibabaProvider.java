package io.dclink.provider.alibaba;

import io.dclink.Capability;
import io.dclink.auth.Credentials;
import io.dclink.core.auth.AccessKeys;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.Operation;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.LifecycleRefinement;
import io.dclink.spi.LifecycleRefinements;
import io.dclink.spi.ProviderClient;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.SpiVersion;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Alibaba Cloud Express Connect plugin. */
public final class AlibabaProvider implements DirectConnectProvider {

    /** The provider id. */
    public static final String ID = "alibaba";

    /** Called by {@link java.util.ServiceLoader}. */
    public AlibabaProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Alibaba Cloud Express Connect";
    }

    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.ACCESS_POINT_LIST, Capability.CONNECTION_LIST, Capability.CONNECTION_CREATE,
                Capability.CONNECTION_UPDATE, Capability.CONNECTION_RESUBMIT, Capability.CONNECTION_DELETE,
                Capability.CONNECTION_CANCEL, Capability.CONNECTION_CONFIRM, Capability.CONNECTION_PAY,
                Capability.CONNECTION_TERMINATE, Capability.LOA_GET, Capability.LOA_APPLY, Capability.LOA_COMPLETE,
                Capability.VIRTUAL_INTERFACE_LIST, Capability.VIRTUAL_INTERFACE_CREATE,
                Capability.VIRTUAL_INTERFACE_UPDATE, Capability.VIRTUAL_INTERFACE_DELETE,
                Capability.VIRTUAL_INTERFACE_TERMINATE, Capability.ROUTE_LIST, Capability.ROUTE_CREATE,
                Capability.ROUTE_DELETE, Capability.NATIVE_IDEMPOTENCY);
    }

    @Override
    public List<String> credentialVariables() {
        return List.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    }

    @Override
    public Optional<Credentials> credentialsFromEnvironment(Map<String, String> environment) {
        return AccessKeys.fromEnvironment(environment, "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN");
    }

    /**
     * DeletePhysicalConnection takes Allocated, Confirmed, Rejected, Canceled, AllocationFailed and
     * Terminated lines: never an ACTIVE one, and in the neutral states where some of those raw states
     * fall the service decides.
     */
    @Override
    public LifecycleRefinements lifecycleRefinements() {
        return LifecycleRefinements.of(LifecycleRefinement.of(ConnectionState.class)
                .deny(ConnectionState.ACTIVE, Operation.DELETE)
                .allow(ConnectionState.PROVISIONING, Operation.DELETE)
                .allow(ConnectionState.PENDING_LOA, Operation.DELETE)
                .allow(ConnectionState.PENDING_CONFIRMATION, Operation.DELETE)
                .allow(ConnectionState.PENDING_PAYMENT, Operation.DELETE)
                .allow(ConnectionState.SUSPENDED, Operation.DELETE)
                .build());
    }

    @Override
    public ProviderClient createClient(ProviderContext context) {
        AccessKeys.require(context.credentials(), ID, "an AccessKey pair (Credentials.accessKey)");
        return new AlibabaClient(context);
    }
}
