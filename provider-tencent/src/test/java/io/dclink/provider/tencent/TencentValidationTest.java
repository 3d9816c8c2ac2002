package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.DirectConnect;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.model.BgpPeering;
import io.dclink.model.Contact;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.RoutingType;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.junit.EmulatedProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad requests are refused with every problem named, before any request reaches the (emulated) cloud. */
@EmulatedProvider("tencent")
class TencentValidationTest {

    private DirectConnect client;
    private Emulator emulator;

    @BeforeEach
    void connect(DirectConnect emulatedClient, Emulator started) {
        client = emulatedClient;
        emulator = started;
    }

    private List<String> fieldsRefused(Runnable call) {
        ValidationException refused = catchThrowableOfType(ValidationException.class, call::run);
        assertThat(refused).as("a ValidationException").isNotNull();
        assertThat(emulator.requests().all()).as("nothing was sent").isEmpty();
        return refused.problems().stream().map(Problem::field).toList();
    }

    @Test
    void aLineApplicationNamesEveryProblem() {
        CreateConnectionRequest request = TencentRequests.line("bad").toBuilder().carrier("AcmeTelecom").portType("40GBase-X")
                .bandwidthMbps(1).redundantConnectionId("dcx-12345678").contact(new Contact("Zhang San", "138", "not-an-email"))
                .providerOptions(Map.of("Vlan", "ten")).build();

        assertThat(fieldsRefused(() -> client.connections().create(request))).containsExactlyInAnyOrder("carrier",
                "portType", "bandwidthMbps", "redundantConnectionId", "contact.email", "providerOptions.Vlan");
    }

    @Test
    void theSeedsBandwidthBoundsAreAcceptedAndTheirNeighboursRefused() {
        assertThat(fieldsRefused(() -> client.connections().create(TencentRequests.line("low").toBuilder()
                .bandwidthMbps(1).build()))).containsExactly("bandwidthMbps");
        assertThat(fieldsRefused(() -> client.connections().create(TencentRequests.line("high").toBuilder()
                .bandwidthMbps(100_001).build()))).containsExactly("bandwidthMbps");

        assertThat(client.connections().create(TencentRequests.line("min").toBuilder().bandwidthMbps(2).build())
                .bandwidthMbps()).isEqualTo(2);
        assertThat(client.connections().create(TencentRequests.line("max").toBuilder().bandwidthMbps(100_000).build())
                .bandwidthMbps()).isEqualTo(100_000);
    }

    @Test
    void aLineUpdateThatTencentCannotApplyIsRefused() {
        UpdateConnectionRequest request = UpdateConnectionRequest.builder().customerAddress("elsewhere").bandwidthMbps(0).build();

        assertThat(fieldsRefused(() -> client.connections().update("dc-12345678", request)))
                .containsExactlyInAnyOrder("customerAddress", "bandwidthMbps");
    }

    @Test
    void aTunnelNamesEveryProblem() {
        CreateVirtualInterfaceRequest request = CreateVirtualInterfaceRequest.builder().name("x".repeat(61))
                .connectionId("dc-12345678").vlan(3001).providerAddress("169.254.1.1/30").customerAddress("169.254.2.2/30")
                .routing(RoutingType.BGP).bgp(BgpPeering.customer(0L, null)).build();

        assertThat(fieldsRefused(() -> client.virtualInterfaces().create(request))).contains("gatewayId", "networkId",
                "name", "vlan", "bgp.customerAsn").anyMatch(field -> field.endsWith("Address"));
    }

    @Test
    void theVlanBoundsAreZeroAndThreeThousand() {
        CreateVirtualInterfaceRequest valid = TencentRequests.staticTunnel("dc-12345678", "dcg-12345678", 0);

        assertThat(fieldsRefused(() -> client.virtualInterfaces().create(valid.toBuilder().vlan(-1).build())))
                .containsExactly("vlan");
        assertThat(fieldsRefused(() -> client.virtualInterfaces().create(valid.toBuilder().vlan(3001).build())))
                .containsExactly("vlan");
    }

    @Test
    void aGatewayAsnOutsideTencentsRangesIsRefused() {
        CreateGatewayRequest request = TencentRequests.gateway("gw").toBuilder().asn(65_535L).networkType("NAT").build();

        assertThat(fieldsRefused(() -> client.gateways().create(request))).containsExactlyInAnyOrder("asn", "networkType");
    }
}
