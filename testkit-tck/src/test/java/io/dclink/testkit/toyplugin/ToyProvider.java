package io.dclink.testkit.toyplugin;

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

/** A minimal, correct plugin for the toy provider: what the kit must pass. */
public class ToyProvider implements DirectConnectProvider {

    @Override
    public String id() {
        return "toy";
    }

    @Override
    public String displayName() {
        return "Toy cloud";
    }

    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.ACCESS_POINT_LIST, Capability.CONNECTION_LIST, Capability.CONNECTION_CREATE,
                Capability.CONNECTION_UPDATE, Capability.CONNECTION_RESUBMIT, Capability.CONNECTION_DELETE,
                Capability.CONNECTION_PAY, Capability.GATEWAY_LIST, Capability.GATEWAY_CREATE, Capability.GATEWAY_DELETE,
                Capability.VIRTUAL_INTERFACE_LIST, Capability.VIRTUAL_INTERFACE_CREATE, Capability.VIRTUAL_INTERFACE_DELETE,
                Capability.VIRTUAL_INTERFACE_ACCEPT, Capability.ROUTE_LIST, Capability.ROUTE_CREATE, Capability.ROUTE_DELETE);
    }

    @Override
    public List<String> credentialVariables() {
        return List.of("TOY_KEY_ID", "TOY_KEY_SECRET");
    }

    @Override
    public Optional<Credentials> credentialsFromEnvironment(Map<String, String> environment) {
        return Optional.empty();
    }

    @Override
    public ProviderClient createClient(ProviderContext context) {
        return new ToyClient(context, id(), ToyClient.Defect.NONE);
    }

    /** A plugin that maps LIVE lines to PENDING_APPROVAL: the kit must fail it. */
    public static final class WrongMapping extends ToyProvider {
        @Override
        public String id() {
            return "toy-wrong-mapping";
        }

        @Override
        public ProviderClient createClient(ProviderContext context) {
            return new ToyClient(context, id(), ToyClient.Defect.WRONG_MAPPING);
        }
    }

    /** A plugin that marks creates idempotent, so a retry orders twice: the kit must fail it. */
    public static final class Duplicating extends ToyProvider {
        @Override
        public String id() {
            return "toy-duplicating";
        }

        @Override
        public ProviderClient createClient(ProviderContext context) {
            return new ToyClient(context, id(), ToyClient.Defect.RETRIES_CREATES);
        }
    }
}
