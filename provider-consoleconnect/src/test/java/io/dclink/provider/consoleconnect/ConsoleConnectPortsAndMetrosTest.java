package io.dclink.provider.consoleconnect;

import static io.dclink.provider.consoleconnect.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.ProviderInfo;
import io.dclink.error.InvalidStateException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.AccessPoint;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ports as connections (read, renamed, the deleted one hidden, a {@code READY} port waiting for its
 * physical link), metros as access points (the client's own, or a destination's), and what the
 * plugin does not offer.
 */
class ConsoleConnectPortsAndMetrosTest extends EmulatedConsoleConnect {

    @Test
    void portsAreListedWithoutTheDeletedOneAndReadAsConnections() {
        List<Connection> ports = client.connections().list().stream().toList();

        assertThat(ports).extracting(Connection::name).containsExactly("HKG-MEGA-I-10G-01", "HKG-HK1-1G-01", "SIN-SG1-10G-01");
        assertThat(emulator.requests().of("listPorts").get(0).request().query("deleted")).isEqualTo("false");
        Connection hongKong = ports.get(0);
        step(hongKong, ConnectionState.ACTIVE, RequiredAction.NONE, "ACTIVE");
        assertThat(hongKong.operationalStatus()).isEqualTo(OperationalStatus.UP);
        assertThat(hongKong.bandwidthMbps()).isEqualTo(10_000);
        assertThat(hongKong.accessPointId()).isEqualTo(Orders.HONG_KONG);
        assertThat(hongKong.portType()).isEqualTo("SMF");
        assertThat(hongKong.createdAt()).isNotNull();
        assertThat(hongKong.attributes()).containsEntry("capacity.remaining", "10000").containsEntry("type", "PHYSICAL")
                .containsEntry("dataCenterFacilityId", Orders.MEGA_I).containsEntry("dataCenterFacility.name", "iAdvantage MEGA-i");
        Connection singapore = client.connections().get(ports.get(2).id());
        step(singapore, ConnectionState.PROVISIONING, RequiredAction.CONTACT_CARRIER, "READY");
        assertThat(singapore.operationalStatus()).isEqualTo(OperationalStatus.DOWN);
    }

    @Test
    void aReadyPortBecomesActiveWhenItsLinkComesUp() {
        String singapore = port("SIN-SG1");
        emulator.operator().completeConstruction(singapore);

        Connection up = client.connections().get(singapore);
        step(up, ConnectionState.ACTIVE, RequiredAction.NONE, "ACTIVE");
        assertThat(up.operationalStatus()).isEqualTo(OperationalStatus.UP);
        emulator.operator().linkDown(ResourceType.CONNECTION, singapore);
        assertThat(client.connections().get(singapore).operationalStatus()).isEqualTo(OperationalStatus.DOWN);
    }

    @Test
    void portsAreFilteredAndRenamed() {
        String hk1 = port("HKG-HK1");

        assertThat(client.connections().list(ConnectionQuery.builder().states(List.of(ConnectionState.PROVISIONING)).build())
                .stream()).extracting(Connection::name).containsExactly("SIN-SG1-10G-01");
        assertThat(client.connections().list(ConnectionQuery.builder().accessPointId(Orders.HONG_KONG).build()).stream())
                .hasSize(2);
        Connection renamed = client.connections().update(hk1, UpdateConnectionRequest.builder().name("HK1 uplink").build());

        assertThat(renamed.name()).isEqualTo("HK1 uplink");
        assertThat(client.connections().get(hk1).name()).isEqualTo("HK1 uplink");
        assertThat(emulator.requests().of("updatePort").get(0).request().bodyText()).isEqualTo("{\"name\":\"HK1 uplink\"}");
    }

    @Test
    void aPortThatDoesNotExistIsNotFoundAndAMalformedIdIsNotSent() {
        int before = emulator.requests().size();
        assertThatThrownBy(() -> client.connections().get("not-a-port")).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("24 hexadecimal characters");
        assertThat(emulator.requests().size()).isEqualTo(before);

        assertThatThrownBy(() -> client.connections().get("aaaaaaaaaaaaaaaaaaaaaaaa"))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.errorCode()).contains("404"));
    }

    @Test
    void theAccessPointsAreTheOwnMetrosOrADestinationsWithItsFirstFacility() {
        assertThat(client.accessPoints().list().stream()).extracting(AccessPoint::id)
                .containsExactly(Orders.HONG_KONG, Orders.SINGAPORE);

        try (DirectConnect tencent = builder(emulator.testCredentials())
                .property(Settings.ACCESS_POINT_COMPANY, ConsoleConnectEmulator.TENCENT_CLOUD).build()) {
            AccessPoint hongKong = tencent.accessPoints().find(Orders.HONG_KONG).orElseThrow();
            assertThat(hongKong.name()).isEqualTo("Hong Kong");
            assertThat(hongKong.city()).isEqualTo("Hong Kong");
            assertThat(hongKong.state()).isEqualTo(AccessPointState.AVAILABLE);
            assertThat(hongKong.attributes()).containsEntry("company", "tencent-cloud")
                    .containsEntry("firstDataCenterFacilityIdInMetro", Orders.MEGA_I).containsEntry("code", "HKG");
        }
        assertThat(emulator.requests().of("listMetroCapabilities")).extracting(r -> r.request().path())
                .containsExactly("/api/company/dclink-test/metro/capabilities",
                        "/api/company/tencent-cloud/metro/capabilities");
    }

    @Test
    void consoleConnectHasNoRegionsAndOffersNoPortOrders() {
        ProviderInfo info = DirectConnect.providers().stream().filter(p -> p.id().equals(ConsoleConnectProvider.ID))
                .findFirst().orElseThrow();
        assertThat(info.regional()).isFalse();
        assertThat(info.credentialVariables()).containsExactly("CONSOLECONNECT_API_KEY");
        assertThat(info.capabilities()).contains(Capability.CONNECTION_LIST, Capability.CONNECTION_UPDATE,
                Capability.VIRTUAL_INTERFACE_CREATE, Capability.VIRTUAL_INTERFACE_DELETE)
                .doesNotContain(Capability.CONNECTION_CREATE, Capability.CONNECTION_DELETE, Capability.GATEWAY_CREATE,
                        Capability.ROUTE_CREATE, Capability.VIRTUAL_INTERFACE_ACCEPT, Capability.NATIVE_IDEMPOTENCY);
        assertThat(client.region()).isEmpty();

        int before = emulator.requests().size();
        assertThatThrownBy(() -> client.connections().create(CreateConnectionRequest.builder().name("port")
                .accessPointId(Orders.HONG_KONG).build())).isInstanceOf(UnsupportedCapabilityException.class);
        assertThatThrownBy(() -> client.virtualInterfaces().accept("aaaaaaaaaaaaaaaaaaaaaaaa"))
                .isInstanceOf(UnsupportedCapabilityException.class);
        assertThat(emulator.requests().size()).isEqualTo(before);
    }

    @Test
    void noLayer2ConnectionIsOrderedFromAPortThatIsNotActive() {
        String singapore = port("SIN-SG1");
        int before = emulator.requests().size();

        assertThatThrownBy(() -> client.virtualInterfaces().create(Orders.toAcme("early", singapore, 100, 1400).build()))
                .isInstanceOf(InvalidStateException.class);
        assertThat(since(before)).extracting(r -> r.operation()).containsExactly("getPort");
    }
}
