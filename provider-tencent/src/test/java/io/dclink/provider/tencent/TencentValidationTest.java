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
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.RoutingType;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.UpdateVirtualInterfaceRequest;
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
    void aTunnelIsMadeOnALineIdOfTencentsForm() {
        CreateVirtualInterfaceRequest valid = TencentRequests.staticTunnel("dc-12345678", "dcg-12345678", 10);

        assertThat(fieldsRefused(() -> client.virtualInterfaces().create(valid.toBuilder().connectionId("line-42")
                .build()))).containsExactly("connectionId");
        assertThat(fieldsRefused(() -> client.virtualInterfaces().create(valid.toBuilder().connectionId("dc-ABCDEFGH")
                .build()))).containsExactly("connectionId");
    }

    @Test
    void aLayer2CircuitIsNotATencentTunnel() {
        CreateVirtualInterfaceRequest layer2 = TencentRequests.staticTunnel("dc-12345678", "dcg-12345678", 10).toBuilder()
                .routing(RoutingType.NONE).staticPrefixes(List.of()).build();

        assertThat(fieldsRefused(() -> client.virtualInterfaces().create(layer2))).containsExactly("routing");
    }

    @Test
    void aGatewayAsnOutsideTencentsRangesIsRefused() {
        CreateGatewayRequest request = TencentRequests.gateway("gw").toBuilder().asn(65_535L).networkType("NAT").build();

        assertThat(fieldsRefused(() -> client.gateways().create(request))).containsExactlyInAnyOrder("asn", "networkType");
    }

    @Test
    void aLineNameIsBoundedAndFreeOfControlAndBidiCharacters() {
        for (String name : List.of("x".repeat(10_000), "dc\u0000line", "two\nlines", "invoice\u202Efdp")) {
            assertThat(fieldsRefused(() -> client.connections().create(TencentRequests.line(name))))
                    .as(name.length() > 20 ? "10,000 characters" : name).containsExactly("name");
        }
        assertThat(fieldsRefused(() -> client.connections().update("dc-12345678", UpdateConnectionRequest.builder()
                .name("re\u202Enamed").build()))).containsExactly("name");
    }

    @Test
    void everyFreeTextFieldOfALineIsChecked() {
        CreateConnectionRequest request = TencentRequests.line("ok").toBuilder()
                .customerAddress("Room 301\u0000" + "x".repeat(5_000)).circuitCode("CT\n0001")
                .contact(new Contact("Zhang\u202ESan", "138\t0000", "ops@example.com"))
                .faultContact(new Contact("Li Si", "159", "noc\u0000@example.com"))
                .tags(Map.of("team\n", "network", "owner", "x".repeat(256))).build();

        assertThat(fieldsRefused(() -> client.connections().create(request))).containsExactlyInAnyOrder(
                "customerAddress", "customerAddress", "circuitCode", "contact.name", "contact.phone", "faultContact.email",
                "tags.team\n", "tags.owner");
    }

    @Test
    void aLongCustomerAddressIsRefused() {
        assertThat(fieldsRefused(() -> client.connections().create(TencentRequests.line("addr").toBuilder()
                .customerAddress("x".repeat(5_000)).build()))).containsExactly("customerAddress");
    }

    @Test
    void theDebuggingVlanIsInTheTunnelRangeAndIsMacSecABoolean() {
        assertThat(fieldsRefused(() -> client.connections().create(TencentRequests.line("vlan").toBuilder()
                .providerOptions(Map.of("Vlan", "9999", "IsMacSec", "yes")).build())))
                .containsExactlyInAnyOrder("providerOptions.Vlan", "providerOptions.IsMacSec");
    }

    @Test
    void aGatewayNeedsItsNetworkTypeAndAFreeTextName() {
        CreateGatewayRequest untyped = TencentRequests.gateway("gw").toBuilder().networkType(null).build();
        CreateGatewayRequest controlled = TencentRequests.gateway("gw\u0000").toBuilder().tags(Map.of("k", "v\n")).build();

        assertThat(fieldsRefused(() -> client.gateways().create(untyped))).containsExactly("networkType");
        assertThat(fieldsRefused(() -> client.gateways().create(controlled))).containsExactlyInAnyOrder("name", "tags.k");
    }

    @Test
    void anInterfaceBandwidthIsBoundedByTheLineMaximumOnCreateAndUpdate() {
        CreateVirtualInterfaceRequest valid = TencentRequests.staticTunnel("dc-12345678", "dcg-12345678", 10);

        assertThat(fieldsRefused(() -> client.virtualInterfaces().create(valid.toBuilder().bandwidthMbps(Integer.MAX_VALUE)
                .build()))).containsExactly("bandwidthMbps");
        assertThat(fieldsRefused(() -> client.virtualInterfaces().create(valid.toBuilder().bandwidthMbps(0).build())))
                .containsExactly("bandwidthMbps");
        assertThat(fieldsRefused(() -> client.virtualInterfaces().update("dcx-12345678", UpdateVirtualInterfaceRequest
                .builder().bandwidthMbps(Integer.MAX_VALUE).name("t\u202E").build())))
                .containsExactlyInAnyOrder("bandwidthMbps", "name");
    }

    @Test
    void aTunnelNameAndTagsAreFreeOfControlCharacters() {
        CreateVirtualInterfaceRequest request = TencentRequests.staticTunnel("dc-12345678", "dcg-12345678", 10).toBuilder()
                .name("tunnel\u0000").tags(Map.of("k\u202E", "v")).build();

        assertThat(fieldsRefused(() -> client.virtualInterfaces().create(request))).containsExactlyInAnyOrder("name",
                "tags.k\u202E");
    }

    @Test
    void descriptionsTencentDoesNotStoreAreRefusedInsteadOfDropped() {
        assertThat(fieldsRefused(() -> client.connections().create(TencentRequests.line("d").toBuilder()
                .description("rack 7").build()))).containsExactly("description");
        assertThat(fieldsRefused(() -> client.gateways().create(TencentRequests.gateway("g").toBuilder()
                .description("core").build()))).containsExactly("description");
        assertThat(fieldsRefused(() -> client.virtualInterfaces().create(TencentRequests.staticTunnel("dc-12345678",
                "dcg-12345678", 10).toBuilder().description("t").build()))).containsExactly("description");
        assertThat(fieldsRefused(() -> client.routes().create(CreateRouteRequest.builder().virtualInterfaceId("dcx-12345678")
                .destination("10.1.0.0/16").description("office").build()))).containsExactly("description");
    }
}
