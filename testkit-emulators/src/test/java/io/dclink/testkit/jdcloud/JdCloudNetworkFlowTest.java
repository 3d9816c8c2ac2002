package io.dclink.testkit.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.lifecycle.ResourceType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JD Cloud guide's flow over HTTP: an active line, a border gateway attached to a VPC, a
 * private VIF brought up, a route on each side of the gateway and the VPC rule to it; then the
 * teardown in JD's order (routes, VIF, line), each step out of order refused.
 */
class JdCloudNetworkFlowTest extends JdCloudFixture {

    private static final String IDC = "10.8.0.0/16";

    @Test
    void theWholeFlowThenTheTeardownInOrder() {
        String line = activeLine("flow");
        String bgw = newBgw("bgw-flow");
        JsonNode vpc = vpc("prod-vpc");
        String vpcId = vpc.path("vpcId").asText();
        String table = vpc.path("routeTableIds").path(0).asText();
        String rule = "{\"routeTableRuleSpecs\": [{\"nextHopType\": \"bgw\", \"nextHopId\": \"" + bgw + "\", "
                + "\"addressPrefix\": \"" + IDC + "\", \"priority\": 100, \"description\": \"to the IDC\"}]}";

        assertThat(ok(jd.get(R + "vpcs/" + vpcId)).path("vpc").path("addressPrefix").asText()).isEqualTo("172.16.0.0/16");
        refused(jd.post(R + "routeTables/" + table + ":addRouteTableRules", rule), 400, "FAILED_PRECONDITION");

        String attachment = attach(bgw, vpcId);
        JsonNode attached = ok(jd.get(R + "vpcAttachments/" + attachment)).path("vpcAttachment");
        assertThat(attached.path("status").asText()).isEqualTo("active");
        assertThat(attached.path("propagateCidrInfos").findValuesAsText("subnetCidr")).containsExactly("172.16.1.0/24",
                "172.16.2.0/24");

        String vif = newVif(line, bgw, 101);
        JsonNode configuring = vif(vif);
        emulator.operator().linkUp(ResourceType.VIRTUAL_INTERFACE, vif);
        JsonNode up = vif(vif);
        assertThat(configuring.path("privateVifStatus").asText()).isEqualTo("Pending");
        assertThat(configuring.path("peers").path(0).path("peerBgpStatus").asText()).isEqualTo("Down");
        assertThat(up.path("privateVifStatus").asText()).isEqualTo("Active");
        assertThat(up.path("peers").path(0).path("peerBgpStatus").asText()).isEqualTo("Up");
        assertThat(up.path("bgp").path("jdCloudAsn").asInt()).isEqualTo(64512);
        assertThat(up.path("bgp").path("customerAsn").asInt()).isEqualTo(65010);
        assertThat(up.path("type").asText()).isEqualTo("directed");
        assertThat(strings(line(line).path("vifIds"))).containsExactly(vif);
        JsonNode gateway = ok(jd.get(R + "bgws/" + bgw)).path("bgw");
        assertThat(strings(gateway.path("vifIds"))).containsExactly(vif);
        assertThat(strings(gateway.path("vpcAttachmentIds"))).containsExactly(attachment);

        JsonNode created = ok(jd.post(R + "bgws/" + bgw + "/bgwRoutes", """
                {"bgwRouteSpecs": [
                  {"bgwRouteDestination": "%s", "bgwNexthopType": "private_vif", "bgwRouteNexthop": "%s", "description": "to IDC"},
                  {"bgwRouteDestination": "172.16.0.0/16", "bgwNexthopType": "vpc_attachment", "bgwRouteNexthop": "%s"}]}"""
                .formatted(IDC, vif, attachment)));
        ok(jd.post(R + "routeTables/" + table + ":addRouteTableRules", rule));
        emulator.learnBgpRoute(vif, "10.9.0.0/16");

        JsonNode statics = ok(jd.get(R + "bgws/" + bgw + "/bgwRoutes", "filters.1.name", "origins", "filters.1.values.1", "static"));
        assertThat(statics.path("totalCount").asInt()).isEqualTo(2);
        assertThat(statics.path("bgwRoutes").findValuesAsText("bgwRouteNextHopType")).containsExactly("privateVif",
                "vpcAttachment");
        assertThat(statics.path("bgwRoutes").findValuesAsText("bgwRouteId"))
                .containsExactlyElementsOf(strings(created.path("bgwRouteIds")));
        assertThat(ok(jd.get(R + "bgws/" + bgw + "/bgwRoutes")).path("totalCount").asInt()).as("two subnets, one BGP prefix")
                .isEqualTo(5);
        JsonNode rules = ok(jd.get(R + "routeTables/" + table + "/routeTableRules", "filters.1.name", "nextHopTypes",
                "filters.1.values.1", "bgw"));
        assertThat(rules.path("routeTableRules").path(0).path("nextHopId").asText()).isEqualTo(bgw);
        assertThat(rules.path("routeTableRules").path(0).path("addressPrefix").asText()).isEqualTo(IDC);

        // ---- teardown: out of order is refused
        JdCloudHttp.Reply lineFirst = refused(jd.delete(R + "connections/" + line), 400, "FAILED_PRECONDITION");
        assertThat(lineFirst.message()).contains("only a physical connection that has not been used to create a private "
                + "virtual interface can be deleted");
        refused(jd.delete(R + "privateVifs/" + vif), 400, "FAILED_PRECONDITION");
        refused(jd.delete(R + "vpcAttachments/" + attachment), 400, "FAILED_PRECONDITION");
        refused(jd.delete(R + "bgws/" + bgw), 400, "FAILED_PRECONDITION");

        // ---- routes, then the VIF, then the line
        String ruleId = rules.path("routeTableRules").path(0).path("ruleId").asText();
        ok(jd.post(R + "routeTables/" + table + ":removeRouteTableRules", "{\"ruleIds\": [\"" + ruleId + "\"]}"));
        List<String> ids = strings(created.path("bgwRouteIds"));
        ok(jd.delete(R + "bgws/" + bgw + "/bgwRoutes", "bgwRouteIds.1", ids.get(0), "bgwRouteIds.2", ids.get(1)));
        ok(jd.delete(R + "privateVifs/" + vif));
        assertThat(vif(vif).path("privateVifStatus").asText()).isEqualTo("Deleting");
        refused(jd.delete(R + "connections/" + line), 400, "FAILED_PRECONDITION");
        emulator.clock().advance(Duration.ofMinutes(1));
        refused(jd.get(R + "privateVifs/" + vif), 404, "NOT_FOUND");
        assertThat(line(line).path("vifIds")).isEmpty();
        assertThat(ok(jd.get(R + "bgws/" + bgw + "/bgwRoutes")).path("bgwRoutes").findValuesAsText("bgwRouteNexthop"))
                .as("the VIF's BGP prefix went with it").containsOnly(attachment);
        ok(jd.delete(R + "vpcAttachments/" + attachment));
        ok(jd.delete(R + "bgws/" + bgw));
        ok(jd.delete(R + "connections/" + line));
        assertThat(status(line)).isEqualTo("Deleting");
        assertThat(emulator.operator().count(ResourceType.GATEWAY)).isZero();
        assertThat(emulator.operator().count(ResourceType.ROUTE)).isZero();
    }

    @Test
    void gatewayRoutesTakeSnakeCaseNextHopTypesAndOnlyStaticRoutesChange() {
        String line = activeLine("routes");
        String bgw = newBgw("bgw-routes");
        String vif = newVif(line, bgw, 200);
        String attachment = attach(bgw, vpc("default-vpc").path("vpcId").asText());

        JdCloudHttp.Reply camel = jd.post(R + "bgws/" + bgw + "/bgwRoutes", "{\"bgwRouteSpecs\": [{\"bgwRouteDestination\": "
                + "\"10.8.0.0/16\", \"bgwNexthopType\": \"privateVif\", \"bgwRouteNexthop\": \"" + vif + "\"}]}");
        JdCloudHttp.Reply notCidr = jd.post(R + "bgws/" + bgw + "/bgwRoutes", "{\"bgwRouteSpecs\": [{\"bgwRouteDestination\": "
                + "\"10.8.0.1/16\", \"bgwNexthopType\": \"private_vif\", \"bgwRouteNexthop\": \"" + vif + "\"}]}");
        String routeId = ok(jd.post(R + "bgws/" + bgw + "/bgwRoutes", "{\"bgwRouteSpecs\": [{\"bgwRouteDestination\": "
                + "\"10.8.0.0/16\", \"bgwNexthopType\": \"private_vif\", \"bgwRouteNexthop\": \"" + vif + "\"}]}"))
                .path("bgwRouteIds").path(0).asText();
        ok(jd.patch(R + "bgws/" + bgw + "/bgwRoutes", "{\"modifyBgwRouteSpecs\": [{\"bgwRouteId\": \"" + routeId + "\", "
                + "\"bgwRouteDestination\": \"10.8.0.0/15\", \"bgwNexthopType\": \"private_vif\", \"bgwRouteNexthop\": \""
                + vif + "\", \"description\": \"wider\"}]}"));
        JsonNode routes = ok(jd.get(R + "bgws/" + bgw + "/bgwRoutes"));
        String propagated = "";
        for (JsonNode route : routes.path("bgwRoutes")) {
            if (route.path("origin").asText().equals("propagated")) {
                propagated = route.path("bgwRouteId").asText();
                assertThat(route.path("bgwRouteNexthop").asText()).isEqualTo(attachment);
                assertThat(route.path("bgwRouteNextHopType").asText()).isEqualTo("vpcAttachment");
            } else {
                assertThat(route.path("bgwRouteDestination").asText()).isEqualTo("10.8.0.0/15");
                assertThat(route.path("description").asText()).isEqualTo("wider");
            }
        }

        assertThat(refused(camel, 400, "INVALID_ARGUMENT").message()).contains("bgwNexthopType");
        assertThat(refused(notCidr, 400, "INVALID_ARGUMENT").message()).contains("bgwRouteDestination");
        refused(jd.delete(R + "bgws/" + bgw + "/bgwRoutes", "bgwRouteIds.1", propagated), 400, "FAILED_PRECONDITION");
        refused(jd.delete(R + "bgws/" + bgw + "/bgwRoutes", "bgwRouteIds.1", "bgwr-0000000000"), 404, "NOT_FOUND");
    }

    @Test
    void aVifComesUpWithTheCustomersRouterAndGoesDownWithTheLine() {
        String line = activeLine("updown");
        String vif = newVif(line, newBgw("bgw-updown"), 300);

        emulator.operator().advance(ResourceType.VIRTUAL_INTERFACE, vif);
        String afterAdvance = vif(vif).path("privateVifStatus").asText();
        emulator.clock().advance(Duration.ofMinutes(30));
        String afterRouter = vif(vif).path("privateVifStatus").asText();
        emulator.operator().linkDown(ResourceType.CONNECTION, line);
        JsonNode down = vif(vif);
        emulator.operator().linkUp(ResourceType.CONNECTION, line);

        assertThat(afterAdvance).as("advance plays JD Cloud, not the customer's router").isEqualTo("Pending");
        assertThat(afterRouter).isEqualTo("Active");
        assertThat(down.path("privateVifStatus").asText()).isEqualTo("Down");
        assertThat(down.path("peers").path(0).path("peerBgpStatus").asText()).isEqualTo("Down");
        assertThat(status(line)).isEqualTo("Active");
        assertThat(vif(vif).path("privateVifStatus").asText()).isEqualTo("Active");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
