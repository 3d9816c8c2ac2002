package io.dclink.provider.tencent;

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

/** The Tencent Cloud Direct Connect plugin. */
public final class TencentProvider implements DirectConnectProvider {

    /** The provider id. */
    public static final String ID = "tencent";
    /** Property: also sign the {@code X-TC-Action} header, as the newest signature documentation does ({@code true}/{@code false}). */
    public static final String SIGN_ACTION = "tencent.signAction";

    /** Called by {@link java.util.ServiceLoader}. */
    public TencentProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Tencent Cloud Direct Connect";
    }

    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.ACCESS_POINT_LIST, Capability.CONNECTION_LIST, Capability.CONNECTION_CREATE,
                Capability.CONNECTION_UPDATE, Capability.CONNECTION_RESUBMIT, Capability.CONNECTION_DELETE,
                Capability.GATEWAY_LIST, Capability.GATEWAY_CREATE, Capability.GATEWAY_DELETE,
                Capability.VIRTUAL_INTERFACE_LIST, Capability.VIRTUAL_INTERFACE_CREATE, Capability.VIRTUAL_INTERFACE_UPDATE,
                Capability.VIRTUAL_INTERFACE_DELETE, Capability.VIRTUAL_INTERFACE_ACCEPT, Capability.ROUTE_LIST,
                Capability.ROUTE_CREATE, Capability.ROUTE_DELETE);
    }

    @Override
    public List<String> credentialVariables() {
        return List.of("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY");
    }

    @Override
    public Optional<Credentials> credentialsFromEnvironment(Map<String, String> environment) {
        return AccessKeys.fromEnvironment(environment, "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY",
                "TENCENTCLOUD_SESSION_TOKEN");
    }

    /** "Only lines in the connected/available state can be deleted." */
    @Override
    public LifecycleRefinements lifecycleRefinements() {
        return LifecycleRefinements.of(LifecycleRefinement.of(ConnectionState.class)
                .deny(ConnectionState.REJECTED, Operation.DELETE)
                .deny(ConnectionState.SUSPENDED, Operation.DELETE)
                .deny(ConnectionState.CANCELLED, Operation.DELETE)
                .deny(ConnectionState.FAILED, Operation.DELETE)
                .build());
    }

    @Override
    public ProviderClient createClient(ProviderContext context) {
        AccessKeys.require(context.credentials(), ID, "a SecretId/SecretKey pair (Credentials.accessKey)");
        return new TencentClient(context);
    }
}
