package io.dclink.provider.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.DirectConnectBuilder;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.Connection;
import io.dclink.model.RoutingType;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import io.dclink.testkit.contract.MappingTable;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.tck.ProviderCompatibilityKit;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The provider compatibility kit, against the Console Connect emulator, ordering what its sample
 * order says. Console Connect's ports are ordered by an administrator, so the kit walks the sample
 * order's ready port instead of ordering lines. The kit's interface groups are gated on ordering
 * lines; until they take the ready port, the two tests below run the kit's own fixture over it.
 *
 * <p>The kit's client names its company in its environment ({@code CONSOLECONNECT_COMPANY}), as a
 * user may: the kit counts a refused key's requests on the listing operation, and a client that
 * discovers its company sends the one request a refused key gets to {@code GET /api/auth/token}
 * instead (discovery, and that single refused request, are tested in {@code ConsoleConnectCompanyTest}
 * and {@code ConsoleConnectErrorsTest}).
 */
class ConsoleConnectCompatibilityTest extends ProviderCompatibilityKit {

    private static final String UNDOCUMENTED = "TCK_UNDOCUMENTED_STATE";

    @Override
    protected Emulator newEmulator() {
        return new ConsoleConnectEmulator(EmulatorOptions.defaults());
    }

    @Override
    protected DirectConnectBuilder configure(DirectConnectBuilder builder) {
        return builder.environment(Map.of(Settings.COMPANY_VARIABLE, ConsoleConnectEmulator.TEST_COMPANY));
    }

    /** The project's docs/architecture.md documents the plugin's raw-state mapping. */
    @Override
    protected Optional<Path> mappingDocument() {
        return Optional.of(MappingTable.projectDocument());
    }

    @Test
    void theSampleLayer2ConnectionOnTheReadyPortReachesActiveByItsRequiredActions() {
        Connection port = activeConnection("tck-vif-line");
        assertThat(port.state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(port.requiredAction()).isEqualTo(RequiredAction.NONE);
        assertThat(port.name()).as("the test company's 10G port in Hong Kong").isEqualTo("HKG-MEGA-I-10G-01");
        assertThat(port.bandwidthMbps()).isEqualTo(10_000);

        VirtualInterface active = activeVirtualInterface(port, 103);

        assertThat(active.state()).isEqualTo(VirtualInterfaceState.ACTIVE);
        assertThat(active.connectionId()).isEqualTo(port.id());
        assertThat(active.vlan()).isEqualTo(103);
        assertThat(active.routing()).isEqualTo(RoutingType.NONE);
        assertThat(active.ownerAccount()).isEqualTo(ConsoleConnectEmulator.B2B_COMPANY);
    }

    @Test
    void anUndocumentedLayer2StatusOnTheReadyPortIsUnknownWithItsRawValue() {
        VirtualInterface created = client.virtualInterfaces().create(virtualInterfaceRequest(
                activeConnection("tck-unknown-vif").id(), gatewayIfAny(), 106));
        emulator.operator().setRawState(ResourceType.VIRTUAL_INTERFACE, created.id(), UNDOCUMENTED);

        VirtualInterface read = client.virtualInterfaces().get(created.id());

        assertThat(read.state()).isEqualTo(VirtualInterfaceState.UNKNOWN);
        assertThat(read.requiredAction()).isEqualTo(RequiredAction.UNKNOWN);
        assertThat(read.providerState().value()).isEqualTo(UNDOCUMENTED);
    }
}
