package io.dclink.provider.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.error.ErrorContext;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.lifecycle.BusinessStatus;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.Connection;
import io.dclink.model.Gateway;
import io.dclink.model.ProviderState;
import io.dclink.model.Route;
import io.dclink.model.RouteType;
import io.dclink.model.VirtualInterface;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The mapping contract: every raw state the reference documents (§2) maps to its neutral state and
 * required action, with both traps (API {@code Pending} is construction, {@code Installation_Paying}
 * the payment) and {@code InActive} as an active line that is down; anything else is UNKNOWN; the
 * reference's samples read as the neutral model. (The compatibility kit checks the same tables
 * against the emulator, the lifecycle and the mapping document.)
 */
class JdCloudMappingContractTest {

    @ParameterizedTest(name = "connectionStatus={0} is {1} / {2}")
    @CsvSource({
        "Ordering, PENDING_APPROVAL, WAIT_FOR_PROVIDER",
        "Installation_Paying, PENDING_PAYMENT, PAY",
        "Pending, PROVISIONING, CONTACT_CARRIER",
        "Confirming, PENDING_CONFIRMATION, CONFIRM",
        "Active, ACTIVE, NONE",
        "InActive, ACTIVE, WAIT_FOR_PROVIDER",
        "Deleting, DELETING, WAIT_FOR_PROVIDER",
        "Deleted, DELETED, CONTACT_CARRIER",
        "Rejected, REJECTED, NONE",
        "pending, UNKNOWN, UNKNOWN",
        "SOMETHING_NEW, UNKNOWN, UNKNOWN"
    })
    void everyConnectionStatus(String raw, ConnectionState state, RequiredAction action) {
        Connection line = LineMapping.connection(record("{\"connectionId\": \"dc-1\", \"connectionStatus\": \"" + raw
                + "\", \"type\": \"jcloud\"}"));

        assertThat(line.state()).isEqualTo(state);
        assertThat(line.requiredAction()).isEqualTo(action);
        assertThat(line.providerState().value()).isEqualTo(raw);
    }

    @Test
    void aPartnerLineUnderConstructionWaitsForThePartner() {
        assertThat(JdCloudStates.CONNECTION.map(ProviderState.of("Pending").with("type", "jcloud_partner")).action())
                .isEqualTo(RequiredAction.WAIT_FOR_PARTNER);
        assertThat(JdCloudStates.CONNECTION.map(ProviderState.of("Pending").with("type", "jcloud_hosted")).action())
                .isEqualTo(RequiredAction.CONTACT_CARRIER);
    }

    @ParameterizedTest(name = "privateVifStatus={0} is {1} / {2}, {3}")
    @CsvSource({
        "Confirming, PENDING_ACCEPTANCE, WAIT_FOR_PARTNER, NOT_REPORTED",
        "Rejected, REJECTED, NONE, NOT_REPORTED",
        "Pending, PENDING, CONFIGURE_ROUTER, NOT_REPORTED",
        "Active, ACTIVE, NONE, UP",
        "Down, ACTIVE, CONFIGURE_ROUTER, DOWN",
        "InActive, ACTIVE, CONFIGURE_ROUTER, DOWN",
        "Deleting, DELETING, WAIT_FOR_PROVIDER, NOT_REPORTED",
        "Deleted, DELETED, NONE, NOT_REPORTED",
        "Unknown, UNKNOWN, UNKNOWN, NOT_REPORTED",
        "SOMETHING_NEW, UNKNOWN, UNKNOWN, NOT_REPORTED"
    })
    void everyPrivateVifStatus(String raw, VirtualInterfaceState state, RequiredAction action, OperationalStatus link) {
        VirtualInterface vif = VifMapping.vif(record("{\"privateVifId\": \"pvif-1\", \"privateVifStatus\": \"" + raw + "\"}"));

        assertThat(vif.state()).isEqualTo(state);
        assertThat(vif.requiredAction()).isEqualTo(action);
        assertThat(vif.operationalStatus()).isEqualTo(link);
    }

    @Test
    void aLineIsUpWhenActiveAndDownWhenInActiveAndItsChargeIsItsBusinessStatus() {
        assertThat(LineMapping.connection(record("{\"connectionId\": \"dc-1\", \"connectionStatus\": \"InActive\"}"))
                .operationalStatus()).isEqualTo(OperationalStatus.DOWN);
        assertThat(business("normal")).isEqualTo(BusinessStatus.NORMAL);
        assertThat(business("overdue")).isEqualTo(BusinessStatus.OVERDUE);
        assertThat(business("arrear")).isEqualTo(BusinessStatus.FINANCIAL_LOCKED);
        assertThat(business("frozen")).isEqualTo(BusinessStatus.UNKNOWN);
        assertThat(LineMapping.connection(record("{\"connectionId\": \"dc-1\", \"charge\": null}")).businessStatus())
                .isEqualTo(BusinessStatus.NOT_REPORTED);
    }

    @Test
    void theSampleLinesReadAsTheNeutralModel() throws IOException {
        List<JsonRecord> lines = sample("describe-connections.json").record("result").records("connections");
        Connection own = LineMapping.connection(lines.get(0));
        Connection partner = LineMapping.connection(lines.get(1));

        assertThat(own.state()).isEqualTo(ConnectionState.ACTIVE);
        assertThat(own.operationalStatus()).isEqualTo(OperationalStatus.UP);
        assertThat(own.businessStatus()).isEqualTo(BusinessStatus.NORMAL);
        assertThat(own.accessPointId()).isEqualTo("cn-north-1-lf-a");
        assertThat(own.carrier()).isEqualTo("ct");
        assertThat(own.portType()).isEqualTo("10GBase-LR");
        assertThat(own.bandwidthMbps()).isEqualTo(10_000);
        assertThat(own.attributes()).containsEntry("vifIds", "pvif-3h8s2k1d9z,pvif-7c4v6b1n0m").containsEntry("type", "jcloud")
                .doesNotContainKey("rejectedReason");
        assertThat(partner.state()).isEqualTo(ConnectionState.PENDING_APPROVAL);
        assertThat(partner.accessPointId()).isEqualTo("example-partner");
        assertThat(partner.businessStatus()).isEqualTo(BusinessStatus.NOT_REPORTED);
    }

    @Test
    void theSampleVifsReadTheirPairsSessionsAndAsns() throws IOException {
        List<JsonRecord> vifs = sample("describe-private-vifs.json").record("result").records("privateVifs");
        VirtualInterface up = VifMapping.vif(vifs.get(0));
        VirtualInterface configuring = VifMapping.vif(vifs.get(1));

        assertThat(up.state()).isEqualTo(VirtualInterfaceState.ACTIVE);
        assertThat(up.operationalStatus()).isEqualTo(OperationalStatus.UP);
        assertThat(up.customerAddress()).isEqualTo("10.255.0.1/30");
        assertThat(up.providerAddress()).isEqualTo("10.255.0.2/30");
        assertThat(up.bgp().customerAsn()).isEqualTo(65_010L);
        assertThat(up.bgp().providerAsn()).isEqualTo(64_512L);
        assertThat(up.attributes()).containsEntry("peer2.customerIp", "10.255.0.5/30").containsEntry("healthCheckType", "BFD");
        assertThat(configuring.requiredAction()).isEqualTo(RequiredAction.CONFIGURE_ROUTER);
        assertThat(configuring.operationalStatus()).isEqualTo(OperationalStatus.DOWN);
    }

    @Test
    void theSampleGatewayAndRoutesReadWithCamelCaseNextHops() throws IOException {
        Gateway gateway = NetworkMapping.gateway(sample("describe-bgws.json").record("result").records("bgws").get(0), List.of());
        List<Route> routes = sample("describe-bgw-routes.json").record("result").records("bgwRoutes", NetworkMapping::bgwRoute);
        List<JsonRecord> rules = sample("vpc-describe-route-table-rules.json").record("result").records("routeTableRules");

        assertThat(gateway.asn()).isEqualTo(64_512L);
        assertThat(gateway.networkId()).isNull();
        assertThat(routes.get(0).virtualInterfaceId()).isEqualTo("pvif-3h8s2k1d9z");
        assertThat(routes.get(0).routeType()).isEqualTo(RouteType.STATIC);
        assertThat(routes.get(1).virtualInterfaceId()).isNull();
        assertThat(routes.get(1).routeType()).isEqualTo(RouteType.PROPAGATED);
        assertThat(NextHops.ofResponse("vpcAttachment")).contains(NextHops.VPC_ATTACHMENT);
        assertThat(NextHops.VPC_ATTACHMENT.request()).isEqualTo("vpc_attachment");
        Route rule = NetworkMapping.vpcRule(rules.get(1), "rtb-1", "vpc-1");
        assertThat(rule.nextHop()).isEqualTo("bgw-2p9o8i7u6y");
        assertThat(rule.attributes()).containsEntry(NetworkMapping.ROUTE_TABLE, "rtb-1");
    }

    private static BusinessStatus business(String chargeStatus) {
        return LineMapping.connection(record("{\"connectionId\": \"dc-1\", \"charge\": {\"chargeStatus\": \"" + chargeStatus
                + "\"}}")).businessStatus();
    }

    private static JsonRecord record(String json) {
        return Json.parse(json.getBytes(StandardCharsets.UTF_8), "a record", ErrorContext.of("jdcloud"));
    }

    private static JsonRecord sample(String name) throws IOException {
        try (InputStream in = JdCloudMappingContractTest.class.getResourceAsStream("/samples/jdcloud/" + name)) {
            return Json.parse(in.readAllBytes(), name, ErrorContext.of("jdcloud"));
        }
    }
}
