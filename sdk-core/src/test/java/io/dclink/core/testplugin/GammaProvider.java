package io.dclink.core.testplugin;

import io.dclink.Capability;
import io.dclink.auth.Credentials;
import io.dclink.spi.DirectConnectProvider;
import io.dclink.spi.ProviderClient;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.SpiVersion;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A test plugin that talks JSON over HTTP to a {@link io.dclink.core.testserver.TinyServer}
 * through the runtime's real transport.
 */
public class GammaProvider implements DirectConnectProvider {

    @Override
    public String id() {
        return "gamma";
    }

    @Override
    public String displayName() {
        return "Gamma HTTP test cloud";
    }

    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.CONNECTION_LIST, Capability.CONNECTION_CREATE);
    }

    @Override
    public List<String> credentialVariables() {
        return List.of("GAMMA_KEY_ID", "GAMMA_KEY_SECRET");
    }

    @Override
    public Optional<Credentials> credentialsFromEnvironment(Map<String, String> environment) {
        return Optional.empty();
    }

    @Override
    public ProviderClient createClient(ProviderContext context) {
        return new GammaClient(context, capabilities().contains(Capability.NATIVE_IDEMPOTENCY));
    }
}
