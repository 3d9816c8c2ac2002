package io.dclink.provider.alibaba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dclink.DirectConnect;
import io.dclink.error.InvalidStateException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.Connection;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.PaymentOptions;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.RouteType;
import io.dclink.model.RoutingType;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.alibaba.AlibabaEmulator;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.junit.EmulatedProvider;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** VBRs with BGP or static routing, their routes, and tearing a line down in the order Alibaba requires. */
@EmulatedProvider("alibaba")
class AlibabaBorderRoutersTest {

    private AlibabaEmulator emulator;
    private DirectConnect client;

    @BeforeEach
    void connect(DirectConnect emulatedClient, Emulator started) {
        client = emulatedClient;
        emulator = (AlibabaEmulator) started;
    }

    /** A partner line: approved, built, confirmed and paid. */
    private Connection enabledLine(String name) {
        Connection line = client.connections().create(AlibabaRequests.line(name, emulator.partnerAccessPoint()));
        emulator.operator().approve(line.id());
        emulator.operator().completeConstruction(line.id());
        client.connections().confirm(line.id());
        return client.connections().pay(line.id(), PaymentOptions.defaults());
    }

    private List<Route> routes(String vbrId) {
        return client.routes().list(RouteQuery.ofVirtualInterface(vbrId)).stream().toList();
    }

    @Test
    void aBgpVbrCarriesTheSessionAndAnnouncesBgpNetworks() {
        Connection line = enabledLine("bgp-line");
        VirtualInterface vbr = client.virtualInterfaces().create(AlibabaRequests.bgpVbr(line.id(), 100, 65_100));

        assertThat(vbr.state()).isEqualTo(VirtualInterfaceState.ACTIVE);
        assertThat(vbr.routing()).isEqualTo(RoutingType.BGP);
        assertThat(vbr.bgp().customerAsn()).isEqualTo(65_100L);
        assertThat(vbr.bgp().providerAsn()).isEqualTo(45_104L);
        assertThat(vbr.bgp().authKey().reveal()).isEqualTo("tck-auth-key");
        assertThat(vbr.providerAddress()).isEqualTo("10.0.100.1/30");
        assertThat(vbr.customerAddress()).isEqualTo("10.0.100.2/30");
        assertThat(vbr.vlan()).isEqualTo(100);
        assertThat(vbr.operationalStatus()).isEqualTo(OperationalStatus.DOWN);
        assertThat(emulator.requests().of("CreateBgpPeer")).singleElement()
                .satisfies(call -> assertThat(call.request().query("PeerIpAddress")).isEqualTo("10.0.100.2"));

        emulator.operator().linkUp(ResourceType.VIRTUAL_INTERFACE, vbr.id());
        assertThat(client.virtualInterfaces().get(vbr.id()).operationalStatus()).isEqualTo(OperationalStatus.UP);

        Route announced = client.routes().create(CreateRouteRequest.builder().virtualInterfaceId(vbr.id())
                .destination("172.16.0.0/16").build());
        assertThat(announced.routeType()).isEqualTo(RouteType.BGP);
        assertThat(announced.state()).isEqualTo(RouteState.PENDING);
        assertThat(routes(vbr.id())).extracting(Route::destination, Route::state)
                .containsExactly(tuple("172.16.0.0/16", RouteState.ACTIVE));
        assertThat(emulator.requests().count("AddBgpNetwork")).isEqualTo(1);
        assertThat(emulator.requests().count("CreateRouteEntry")).isZero();
    }

    @Test
    void aStaticVbrsRoutesAreRouteTableEntriesTowardItsInterface() {
        Connection line = enabledLine("static-line");
        VirtualInterface vbr = client.virtualInterfaces().create(AlibabaRequests.staticVbr(line.id(), 200)
                .toBuilder().staticPrefixes(List.of("192.168.10.0/24", "192.168.11.0/24")).build());

        Route added = client.routes().create(CreateRouteRequest.builder().virtualInterfaceId(vbr.id())
                .destination("192.168.12.0/24").description("branch office").build());
        List<Route> listed = routes(vbr.id());

        assertThat(vbr.routing()).isEqualTo(RoutingType.STATIC);
        assertThat(vbr.staticPrefixes()).containsExactly("192.168.10.0/24", "192.168.11.0/24");
        assertThat(added.state()).as("the plugin waits out the seconds-long step").isEqualTo(RouteState.ACTIVE);
        assertThat(added.id()).startsWith("rte-");
        assertThat(added.nextHop()).startsWith("ri-").isEqualTo(vbr.attributes().get("VlanInterfaceId"));
        assertThat(listed).extracting(Route::destination).containsExactly("192.168.10.0/24", "192.168.11.0/24",
                "192.168.12.0/24");
        assertThat(listed).allSatisfy(route -> assertThat(route.routeType()).isEqualTo(RouteType.STATIC));

        client.routes().delete(added);
        assertThat(routes(vbr.id())).extracting(Route::destination).containsExactly("192.168.10.0/24", "192.168.11.0/24");
        assertThat(emulator.requests().of("DeleteRouteEntry")).singleElement().satisfies(call -> {
            assertThat(call.request().query("DestinationCidrBlock")).isEqualTo("192.168.12.0/24");
            assertThat(call.request().query("NextHopId")).isEqualTo(vbr.attributes().get("VlanInterfaceId"));
        });
    }

    @Test
    void deletingARouteThatIsAlreadyGoneIsDoneAsARetriedDeleteWouldFindIt() {
        Connection line = enabledLine("gone-line");
        VirtualInterface vbr = client.virtualInterfaces().create(AlibabaRequests.bgpVbr(line.id(), 150, 65_150));
        client.routes().create(CreateRouteRequest.builder().virtualInterfaceId(vbr.id()).destination("172.20.0.0/16")
                .build());
        Route announced = routes(vbr.id()).get(0);
        client.routes().delete(announced);
        routes(vbr.id());
        assertThat(routes(vbr.id())).isEmpty();

        client.routes().delete(announced);

        assertThat(emulator.requests().of("DeleteBgpNetwork")).extracting(call -> call.status()).containsExactly(200, 404);
    }

    @Test
    void aTaskConflictOnARouteEntryIsRetriedWithTheSameClientToken() {
        Connection line = enabledLine("conflict-line");
        VirtualInterface vbr = client.virtualInterfaces().create(AlibabaRequests.staticVbr(line.id(), 300));
        emulator.requests().clear();
        emulator.conflictNext("CreateRouteEntry", 2);

        Route added = client.routes().create(CreateRouteRequest.builder().virtualInterfaceId(vbr.id())
                .destination("192.168.30.0/24").idempotencyKey("route-key-1").build());

        assertThat(added.destination()).isEqualTo("192.168.30.0/24");
        assertThat(emulator.requests().of("CreateRouteEntry")).hasSize(3)
                .allSatisfy(call -> assertThat(call.request().query("ClientToken")).isEqualTo("route-key-1"));
        assertThat(emulator.operator().count(ResourceType.ROUTE)).isEqualTo(2);
    }

    @Test
    void aLineIsTornDownInTheOrderAlibabaRequires() {
        Connection line = enabledLine("teardown-line");
        VirtualInterface vbr = client.virtualInterfaces().create(AlibabaRequests.bgpVbr(line.id(), 400, 65_400));

        assertThatThrownBy(() -> client.connections().delete(line.id())).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("ACTIVE");
        assertThatThrownBy(() -> client.connections().terminate(line.id())).isInstanceOf(InvalidStateException.class)
                .satisfies(e -> assertThat(((InvalidStateException) e).errorCode()).contains("Forbidden.VBRExists"));

        client.virtualInterfaces().delete(vbr.id());
        Connection terminating = client.connections().terminate(line.id());
        Connection terminated = client.connections().get(line.id());
        client.connections().delete(line.id());

        assertThat(emulator.requests().count("DeleteBgpPeer")).isEqualTo(1);
        assertThat(emulator.requests().count("DeleteBgpGroup")).isEqualTo(1);
        assertThat(emulator.operator().count(ResourceType.VIRTUAL_INTERFACE)).isZero();
        assertThat(terminating.state()).isEqualTo(ConnectionState.SUSPENDED);
        assertThat(terminating.requiredAction()).isEqualTo(RequiredAction.WAIT_FOR_PROVIDER);
        assertThat(terminated.providerState().value()).isEqualTo("Terminated");
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isZero();
    }

    @Test
    void aVbrIsTerminatedAndRecovered() {
        Connection line = enabledLine("recover-line");
        VirtualInterface vbr = client.virtualInterfaces().create(AlibabaRequests.staticVbr(line.id(), 500));

        VirtualInterface terminating = client.virtualInterfaces().terminate(vbr.id());
        VirtualInterface terminated = client.virtualInterfaces().get(vbr.id());
        VirtualInterface recovering = client.virtualInterfaces().recover(vbr.id());
        VirtualInterface recovered = client.virtualInterfaces().get(vbr.id());

        assertThat(List.of(terminating, terminated, recovering, recovered)).extracting(v -> v.providerState().value())
                .containsExactly("terminating", "terminated", "recovering", "active");
        assertThat(terminated.state()).isEqualTo(VirtualInterfaceState.SUSPENDED);
        assertThat(recovering.state()).isEqualTo(VirtualInterfaceState.PENDING);
        assertThat(recovered.state()).isEqualTo(VirtualInterfaceState.ACTIVE);
    }
}
