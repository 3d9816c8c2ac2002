package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dclink.DirectConnect;
import io.dclink.error.InvalidRequestException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Gateway;
import io.dclink.model.LifecycleResource;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.RouteType;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.tencent.TencentEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A line from application to AVAILABLE and a tunnel to AVAILABLE, through the public API only. */
class TencentLifecycleTest {

    /** A Monday morning, so that working days are calendar days until Friday. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");

    private TencentEmulator emulator;
    private DirectConnect client;
    private final List<String> seen = new ArrayList<>();

    private void start(TencentEmulator value) {
        emulator = value;
        emulator.start();
        client = DirectConnect.builder().provider("tencent").region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(emulator.baseUri()).clock(emulator.clock()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    private <R extends LifecycleResource<?>> R see(R resource) {
        seen.add(resource.state() + "/" + resource.requiredAction() + "/" + resource.providerState());
        return resource;
    }

    private Connection line(String id) {
        return see(client.connections().get(id));
    }

    /** A line the provider's people have approved, been paid for and built. */
    private Connection builtLine(String name) {
        Connection line = client.connections().create(TencentRequests.line(name));
        emulator.operator().approve(line.id());
        emulator.operator().markPaid(line.id());
        emulator.operator().completeConstruction(line.id());
        return line;
    }

    @Test
    void aLineWalksFromApplicationToAvailableAndATunnelToAvailable() {
        start(new TencentEmulator(EmulatorOptions.defaults().withClockStart(MONDAY)));

        Connection applied = see(client.connections().create(TencentRequests.line("idc-gz-1")));
        assertThat(applied.bandwidthMbps()).isEqualTo(1000);
        assertThat(applied.customerAddress()).contains("3rd floor");
        emulator.clock().advanceWorkingDays(2);
        line(applied.id());
        emulator.clock().advanceWorkingDays(1);
        line(applied.id());
        emulator.operator().markPaid(applied.id());
        line(applied.id());
        emulator.clock().advanceWorkingDays(1);
        line(applied.id());
        emulator.clock().advanceWorkingDays(5);
        Connection active = line(applied.id());

        assertThat(seen).containsExactly(
                "PENDING_APPROVAL/WAIT_FOR_PROVIDER/PENDING",
                "PENDING_APPROVAL/WAIT_FOR_PROVIDER/PENDING",
                "PENDING_PAYMENT/PAY/PENDINGPAY",
                "PROVISIONING/WAIT_FOR_PROVIDER/PAID",
                "PROVISIONING/WAIT_FOR_PROVIDER/BUILDING",
                "ACTIVE/NONE/AVAILABLE");
        assertThat(active.attributes()).containsKey("EnabledTime");
        seen.clear();

        Gateway gateway = client.gateways().create(TencentRequests.gateway("dcg-gz"));
        VirtualInterface created = see(client.virtualInterfaces().create(
                TencentRequests.bgpTunnel(active.id(), gateway.id(), 100, BgpPeering.customer(65_001, "bgp-md5-key"))));
        emulator.clock().advance(Duration.ofMinutes(2));
        see(client.virtualInterfaces().get(created.id()));
        emulator.clock().advance(Duration.ofMinutes(3));
        VirtualInterface configured = see(client.virtualInterfaces().get(created.id()));
        emulator.operator().linkUp(io.dclink.lifecycle.ResourceType.VIRTUAL_INTERFACE, created.id());
        VirtualInterface up = see(client.virtualInterfaces().get(created.id()));

        assertThat(seen).containsExactly(
                "PENDING/WAIT_FOR_PROVIDER/PENDING",
                "PENDING/WAIT_FOR_PROVIDER/ALLOCATING",
                "PENDING/CONFIGURE_ROUTER/ALLOCATED",
                "ACTIVE/NONE/AVAILABLE");
        assertThat(configured.operationalStatus()).isEqualTo(OperationalStatus.DOWN);
        assertThat(up.operationalStatus()).isEqualTo(OperationalStatus.UP);
        assertThat(up.vlan()).isEqualTo(100);
        assertThat(up.bgp().customerAsn()).isEqualTo(65_001);
        assertThat(up.bgp().providerAsn()).isEqualTo(45_090);
        assertThat(up.bgp().authKey().reveal()).isEqualTo("bgp-md5-key");
        assertThat(up.providerAddress()).isEqualTo("169.254.100.1/30");

        client.virtualInterfaces().delete(up.id());
        assertThat(client.virtualInterfaces().get(up.id()).state()).isEqualTo(VirtualInterfaceState.DELETING);
        emulator.clock().advance(Duration.ofMinutes(1));
        client.gateways().delete(gateway.id());
        client.connections().delete(active.id());
        assertThat(client.connections().get(active.id()).state()).isEqualTo(ConnectionState.DELETING);
        emulator.clock().advance(Duration.ofMinutes(1));
        assertThat(client.connections().get(active.id()).state()).isEqualTo(ConnectionState.DELETED);
    }

    @Test
    void theOtherDocumentedSpellingsMapToTheSameStates() {
        start(TencentEmulator.withListASpellings(EmulatorOptions.defaults().withClockStart(MONDAY)));

        Connection applied = client.connections().create(TencentRequests.line("idc-gz-2"));
        emulator.operator().approve(applied.id());
        line(applied.id());
        emulator.operator().markPaid(applied.id());
        emulator.operator().advance(io.dclink.lifecycle.ResourceType.CONNECTION, applied.id());
        line(applied.id());

        assertThat(seen).containsExactly("PENDING_PAYMENT/PAY/TOPAY", "PROVISIONING/WAIT_FOR_PROVIDER/ALLOCATED");
    }

    @Test
    void aRejectedApplicationIsResubmittedByModifyingIt() {
        start(new TencentEmulator(EmulatorOptions.defaults().withClockStart(MONDAY)));
        Connection applied = client.connections().create(TencentRequests.line("idc-gz-3"));
        emulator.operator().reject(applied.id(), "inaccurate information");

        Connection rejected = line(applied.id());
        Connection resubmitted = client.connections().update(applied.id(),
                UpdateConnectionRequest.builder().name("idc-gz-3-corrected").build());

        assertThat(rejected.requiredAction()).isEqualTo(RequiredAction.RESUBMIT);
        assertThat(resubmitted.state()).isEqualTo(ConnectionState.PENDING_APPROVAL);
        assertThat(resubmitted.name()).isEqualTo("idc-gz-3-corrected");
        emulator.clock().advanceWorkingDays(3);
        assertThat(line(applied.id()).state()).isEqualTo(ConnectionState.PENDING_PAYMENT);
    }

    @Test
    void aStaticTunnelsRoutesAreItsPrefixes() {
        start(new TencentEmulator(EmulatorOptions.defaults().withClockStart(MONDAY)));
        Connection line = builtLine("idc-gz-4");
        Gateway gateway = client.gateways().create(TencentRequests.gateway("dcg-static"));
        VirtualInterface tunnel = client.virtualInterfaces().create(TencentRequests.staticTunnel(line.id(), gateway.id(), 200));
        emulator.clock().advance(Duration.ofMinutes(31));

        Route added = client.routes().create(CreateRouteRequest.builder().virtualInterfaceId(tunnel.id())
                .destination("10.201.0.0/16").build());
        List<Route> routes = client.routes().list(RouteQuery.ofVirtualInterface(tunnel.id())).stream().toList();
        client.routes().delete(added);

        assertThat(routes).extracting(Route::destination).containsExactly("10.200.0.0/16", "10.201.0.0/16");
        assertThat(added.id()).isEqualTo(tunnel.id() + ":10.201.0.0/16");
        assertThat(client.virtualInterfaces().get(tunnel.id()).staticPrefixes()).containsExactly("10.200.0.0/16");
    }

    @Test
    void aBgpTunnelListsTheInternetRoutesTencentReportsAndNoneOtherwise() {
        start(new TencentEmulator(EmulatorOptions.defaults().withClockStart(MONDAY)));
        Connection line = builtLine("idc-gz-5");
        Gateway gateway = client.gateways().create(TencentRequests.gateway("dcg-bgp"));
        VirtualInterface internet = client.virtualInterfaces().create(
                TencentRequests.bgpTunnel(line.id(), gateway.id(), 301, BgpPeering.customer(65_301L, null)));
        VirtualInterface lan = client.virtualInterfaces().create(
                TencentRequests.bgpTunnel(line.id(), gateway.id(), 302, BgpPeering.customer(65_302L, null)));
        emulator.learnInternetRoute(internet.id(), "203.0.113.0/24", true);
        emulator.learnInternetRoute(internet.id(), "198.51.100.0/24", false);

        List<Route> learned = client.routes().list(RouteQuery.ofVirtualInterface(internet.id())).stream().toList();
        List<Route> none = client.routes().list(RouteQuery.ofVirtualInterface(lan.id())).stream().toList();

        assertThat(learned).extracting(Route::destination, Route::state, Route::routeType).containsExactly(
                tuple("203.0.113.0/24", RouteState.ACTIVE, RouteType.BGP),
                tuple("198.51.100.0/24", RouteState.INACTIVE, RouteType.BGP));
        assertThat(learned.get(0).providerState().value()).isEqualTo("ENABLE");
        assertThat(learned.get(0).nextHop()).isEqualTo("169.254.51.2");
        assertThat(learned.get(0).attributes()).containsEntry("ASPath", "65301");
        assertThat(none).isEmpty();
        assertThatThrownBy(() -> client.routes().delete(learned.get(0))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("withdraw 203.0.113.0/24");
    }
}
