package io.dclink.provider.tencent;

import io.dclink.Capability;
import io.dclink.auth.Credentials;
import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
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
        String id = environment.get("TENCENTCLOUD_SECRET_ID");
        String key = environment.get("TENCENTCLOUD_SECRET_KEY");
        if (id == null || id.isBlank() || key == null || key.isBlank()) {
            return Optional.empty();
        }
        String token = environment.get("TENCENTCLOUD_SESSION_TOKEN");
        return Optional.of(token == null || token.isBlank()
                ? Credentials.accessKey(id, key) : Credentials.temporaryAccessKey(id, key, token));
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
        if (!(context.credentials() instanceof io.dclink.auth.AccessKeyCredentials)) {
            throw new ValidationException(ErrorContext.of(ID), List.of(new Problem("credentials",
                    "Tencent Cloud needs a SecretId/SecretKey pair (Credentials.accessKey)")));
        }
        return new TencentClient(context);
    }
}
