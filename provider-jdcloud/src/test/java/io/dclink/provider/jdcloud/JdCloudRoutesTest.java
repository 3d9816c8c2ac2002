package io.dclink.provider.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.error.InvalidRequestException;
import io.dclink.error.ValidationException;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.Gateway;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.VirtualInterface;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both route tables: a border gateway's routes toward the IDC and the VPC, and the VPC's rules toward the gateway. */
class JdCloudRoutesTest extends EmulatedJdCloud {

    private String vpc;
    private Gateway gateway;
    private VirtualInterface vif;

    @BeforeEach
    void aLineAGatewayAttachedToTheDefaultVpcAndAVif() {
        Connection line = activeLine("routes-line");
        vpc = VpcDirectory.vpcId(emulator, "default-vpc");
        gateway = client.gateways().create(CreateGatewayRequest.builder().name("routes-gw").networkId(vpc).build());
        vif = activeVif(line, gateway.id(), 300);
    }

    @Test
    void addingARouteTwiceChangesNothing() {
        CreateRouteRequest request = CreateRouteRequest.builder().virtualInterfaceId(vif.id()).destination("10.8.0.0/16").build();

        Route first = client.routes().create(request);
        Route second = client.routes().create(request);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(emulator.requests().count("createBgwRoutes")).isEqualTo(1);
        assertThat(emulator.operator().count(ResourceType.ROUTE)).isEqualTo(1);
    }

    @Test
    void aCreateWhoseAnswerIsLostIsRepeatedAndFindsTheRoute() {
        emulator.faults().reset("createBgwRoutes", true, 1);

        Route route = client.routes().create(CreateRouteRequest.builder().gatewayId(gateway.id()).nextHop(vif.id())
                .destination("10.8.0.0/16").build());

        assertThat(route.virtualInterfaceId()).isEqualTo(vif.id());
        assertThat(emulator.operator().count(ResourceType.ROUTE)).isEqualTo(1);
    }

    @Test
    void aRuleGoesInTheTableNamedOrTheVpcsOnlyOne() {
        Route byVpc = client.routes().create(CreateRouteRequest.builder().gatewayId(vpc).nextHop(gateway.id())
                .destination("10.8.0.0/16").build());
        Route byTable = client.routes().create(CreateRouteRequest.builder().gatewayId(byVpc.gatewayId())
                .nextHop(gateway.id()).destination("10.9.0.0/16").build());

        assertThat(byTable.gatewayId()).isEqualTo(byVpc.gatewayId());
        assertThat(client.routes().list(RouteQuery.ofGateway(byVpc.gatewayId())).stream().map(Route::destination))
                .containsExactly("10.8.0.0/16", "10.9.0.0/16");
        assertThat(emulator.requests().of("addRouteTableRules").get(0).request().bodyText()).contains("\"nextHopType\":\"bgw\"");
    }

    @Test
    void anIdcSegmentOverlappingAnAttachedVpcIsRefusedWithNothingSent() {
        assertThatThrownBy(() -> client.routes().create(CreateRouteRequest.builder().virtualInterfaceId(vif.id())
                .destination("192.168.128.0/17").build())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("192.168.0.0/16");
        assertThat(emulator.requests().count("createBgwRoutes")).isZero();
    }

    @Test
    void aRouteTowardAVpcTheGatewayDoesNotAttachIsRefused() {
        String other = VpcDirectory.vpcId(emulator, "prod-vpc");

        assertThatThrownBy(() -> client.routes().create(CreateRouteRequest.builder().gatewayId(gateway.id()).nextHop(other)
                .destination("172.16.0.0/16").build())).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Attach VPC");
        assertThat(emulator.requests().count("createBgwRoutes")).isZero();
    }
}
