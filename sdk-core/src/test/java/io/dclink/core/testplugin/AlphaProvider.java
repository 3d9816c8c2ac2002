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

/** A small plugin used only by tests, registered in the test class path's META-INF/services. */
public class AlphaProvider implements DirectConnectProvider {

    @Override
    public String id() {
        return "alpha";
    }

    @Override
    public String displayName() {
        return "Alpha test cloud";
    }

    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.CONNECTION_LIST, Capability.CONNECTION_CREATE, Capability.CONNECTION_UPDATE,
                Capability.CONNECTION_DELETE, Capability.CONNECTION_CONFIRM, Capability.VIRTUAL_INTERFACE_LIST,
                Capability.VIRTUAL_INTERFACE_CREATE);
    }

    @Override
    public List<String> credentialVariables() {
        return List.of("ALPHA_TEST_KEY_ID", "ALPHA_TEST_KEY_SECRET");
    }

    @Override
    public Optional<Credentials> credentialsFromEnvironment(Map<String, String> environment) {
        String id = environment.get("ALPHA_TEST_KEY_ID");
        String secret = environment.get("ALPHA_TEST_KEY_SECRET");
        return id == null || secret == null ? Optional.empty() : Optional.of(Credentials.accessKey(id, secret));
    }

    @Override
    public ProviderClient createClient(ProviderContext context) {
        return new AlphaClient(AlphaStore.get(context.properties().get("store")), id());
    }
}
