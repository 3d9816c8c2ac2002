package io.dclink.provider.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.error.InvalidStateException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.ValidationException;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.AccessPoint;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Gateway;
import io.dclink.model.LifecycleResource;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.RouteType;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "done when": the JD Cloud guide's whole flow through the public API only — a line from
 * application to {@code Active}, a border gateway attached to the VPC, a VIF to {@code Active}, the
 * VPC rule and both gateway routes — then the teardown in JD's order, asserting the neutral state and
 * required action at every step, and that deleting the line before its VIF is refused with nothing sent.
 * The emulator's operator plays JD Cloud's people, the carrier and the customer's router.
 */
class JdCloudFlowTest extends EmulatedJdCloud {

    private static final String IDC = "10.8.0.0/16";
    private static final String VPC_CIDR = "172.16.0.0/16";

    @Test
    void theWholeFlowFromApplicationToTeardown() {
        AccessPoint location = client.accessPoints().find(JdRequests.LOCATION).orElseThrow();
        assertThat(location.state()).isEqualTo(AccessPointState.AVAILABLE);
        assertThat(location.portTypes()).contains(JdRequests.PORT_SPEC);
        assertThat(location.carriers()).contains(JdRequests.ISP);
        assertThat(client.accessPoints().find(JdRequests.PARTNER)).isPresent();

        // ---- the line: review, payment, construction, confirmation
        String line = client.connections().create(JdRequests.line("idc-line")).id();
        step(client.connections().get(line), ConnectionState.PENDING_APPROVAL, RequiredAction.WAIT_FOR_PROVIDER, "Ordering");
        emulator.operator().approve(line);
        step(client.connections().get(line), ConnectionState.PENDING_PAYMENT, RequiredAction.PAY, "Installation_Paying");
        emulator.operator().markPaid(line);
        step(client.connections().get(line), ConnectionState.PROVISIONING, RequiredAction.CONTACT_CARRIER, "Pending");
        emulator.operator().completeConstruction(line);
        step(client.connections().get(line), ConnectionState.PENDING_CONFIRMATION, RequiredAction.CONFIRM, "Confirming");
        step(client.connections().confirm(line), ConnectionState.ACTIVE, RequiredAction.NONE, "Active");
        assertThat(client.connections().get(line).operationalStatus()).isEqualTo(OperationalStatus.UP);

        // ---- the border gateway, attached to the VPC
        String vpc = VpcDirectory.vpcId(emulator, "prod-vpc");
        Gateway gateway = client.gateways().create(CreateGatewayRequest.builder().name("bgw-idc").networkType("VPC")
                .networkId(vpc).build());
        step(gateway, GatewayState.ACTIVE, RequiredAction.NONE, "");
        assertThat(gateway.networkId()).isEqualTo(vpc);
        assertThat(gateway.attributes().get("vpcAttachmentIds")).startsWith(NextHops.ATTACHMENT_PREFIX);

        // ---- the private VIF: configured, then up with the customer's router
        VirtualInterface vif = client.virtualInterfaces().create(JdRequests.vif(line, gateway.id(), 101));
        step(vif, VirtualInterfaceState.PENDING, RequiredAction.CONFIGURE_ROUTER, "Pending");
        emulator.operator().linkUp(ResourceType.VIRTUAL_INTERFACE, vif.id());
        vif = client.virtualInterfaces().get(vif.id());
        step(vif, VirtualInterfaceState.ACTIVE, RequiredAction.NONE, "Active");
        assertThat(vif.operationalStatus()).isEqualTo(OperationalStatus.UP);
        assertThat(vif.bgp().providerAsn()).isEqualTo(64_512L);

        // ---- the IDC segment must not overlap the VPC's: refused with nothing sent
        int before = sent();
        assertThatThrownBy(() -> client.routes().create(CreateRouteRequest.builder().gatewayId(vpc).nextHop(gateway.id())
                .destination("172.16.8.0/24").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("destination",
                        VPC_CIDR));
        assertThat(emulator.requests().all().subList(before, sent())).noneMatch(r -> r.request().method().equals("POST"));

        // ---- the VPC rule and both routes of the gateway
        Route rule = client.routes().create(CreateRouteRequest.builder().gatewayId(vpc).nextHop(gateway.id())
                .destination(IDC).description("to the IDC").build());
        step(rule, RouteState.ACTIVE, RequiredAction.NONE, "");
        assertThat(rule.gatewayId()).startsWith(NextHops.ROUTE_TABLE_PREFIX);
        Route towardIdc = client.routes().create(CreateRouteRequest.builder().virtualInterfaceId(vif.id()).destination(IDC)
                .build());
        step(towardIdc, RouteState.ACTIVE, RequiredAction.NONE, "");
        assertThat(towardIdc.nextHop()).isEqualTo(vif.id());
        assertThat(towardIdc.attributes()).containsEntry("bgwRouteNextHopType", "privateVif");
        assertThat(emulator.requests().of("createBgwRoutes").get(0).request().bodyText()).contains("\"private_vif\"");
        Route towardVpc = client.routes().create(CreateRouteRequest.builder().gatewayId(gateway.id()).nextHop(vpc)
                .destination(VPC_CIDR).build());
        step(towardVpc, RouteState.ACTIVE, RequiredAction.NONE, "");
        assertThat(towardVpc.nextHop()).isEqualTo(gateway.attributes().get("vpcAttachmentIds"));
        assertThat(routes(RouteQuery.ofGateway(gateway.id()))).extracting(Route::id).contains(towardIdc.id(), towardVpc.id());
        assertThat(routes(RouteQuery.ofVirtualInterface(vif.id()))).extracting(Route::id).containsExactly(towardIdc.id());
        assertThat(routes(RouteQuery.ofGateway(vpc))).extracting(Route::id).containsExactly(rule.id());

        // ---- teardown: the line before its VIF is refused here, and no delete is sent
        assertThatThrownBy(() -> client.connections().delete(line)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("has not been used to create a private virtual interface");
        assertThat(emulator.requests().count("deleteConnection")).isZero();

        // ---- routes, then the VIF, then the gateway and the line
        client.routes().delete(rule);
        client.routes().delete(towardIdc);
        client.routes().delete(towardVpc);
        assertThat(routes(RouteQuery.ofGateway(vpc))).isEmpty();
        assertThat(routes(RouteQuery.ofGateway(gateway.id()))).noneMatch(r -> r.routeType() == RouteType.STATIC);
        client.virtualInterfaces().delete(vif.id());
        step(client.virtualInterfaces().get(vif.id()), VirtualInterfaceState.DELETING, RequiredAction.WAIT_FOR_PROVIDER,
                "Deleting");
        assertThatThrownBy(() -> client.connections().delete(line)).as("a VIF being deleted still holds the line")
                .isInstanceOf(InvalidStateException.class);
        emulator.clock().advance(Duration.ofMinutes(1));
        String gone = vif.id();
        assertThatThrownBy(() -> client.virtualInterfaces().get(gone)).isInstanceOf(ResourceNotFoundException.class);
        client.gateways().delete(gateway.id());
        assertThatThrownBy(() -> client.gateways().get(gateway.id())).isInstanceOf(ResourceNotFoundException.class);
        client.connections().delete(line);
        step(client.connections().get(line), ConnectionState.DELETING, RequiredAction.WAIT_FOR_PROVIDER, "Deleting");
        emulator.operator().advance(ResourceType.CONNECTION, line);
        step(client.connections().get(line), ConnectionState.DELETED, RequiredAction.CONTACT_CARRIER, "Deleted");
        assertThat(emulator.requests().count("deleteConnection")).isEqualTo(1);
    }

    @Test
    void aRejectedApplicationIsFinalAndShowsItsReason() {
        String line = client.connections().create(JdRequests.line("rejected-line")).id();
        emulator.operator().reject(line, "the access point is full");

        var rejected = client.connections().get(line);
        step(rejected, ConnectionState.REJECTED, RequiredAction.NONE, "Rejected");
        assertThat(rejected.attributes()).containsEntry("rejectedReason", "the access point is full");
        int before = sent();
        assertThatThrownBy(() -> client.connections().update(line, UpdateConnectionRequest.builder().name("again").build()))
                .isInstanceOfAny(InvalidStateException.class, io.dclink.error.UnsupportedCapabilityException.class);
        assertThat(emulator.requests().all().subList(before, sent())).noneMatch(r -> r.operation().equals("modifyConnection"));
    }

    @Test
    void aPartnerLineWaitsForThePartnerWhileItIsBuilt() {
        String line = client.connections().create(JdRequests.partnerLine("partner-line")).id();
        emulator.operator().approve(line);
        emulator.operator().markPaid(line);

        var building = client.connections().get(line);
        step(building, ConnectionState.PROVISIONING, RequiredAction.WAIT_FOR_PARTNER, "Pending");
        assertThat(building.accessPointId()).isEqualTo(JdRequests.PARTNER);
        walker().connectionToActive(line);
        step(client.connections().get(line), ConnectionState.ACTIVE, RequiredAction.NONE, "Active");
    }

    private List<Route> routes(RouteQuery query) {
        return client.routes().list(query).stream().toList();
    }

    private static <S extends Enum<S> & LifecycleState> void step(LifecycleResource<S> resource, S state, RequiredAction action,
            String raw) {
        assertThat(resource.state()).as("%s %s: the state", resource.type(), resource.id()).isEqualTo(state);
        assertThat(resource.requiredAction()).as("%s %s: the required action", resource.type(), resource.id())
                .isEqualTo(action);
        assertThat(resource.providerState().value()).as("%s %s: the raw state", resource.type(), resource.id()).isEqualTo(raw);
    }
}
