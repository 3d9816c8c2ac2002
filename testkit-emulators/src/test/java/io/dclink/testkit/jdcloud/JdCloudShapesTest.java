package io.dclink.testkit.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dclink.lifecycle.ResourceType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The emulator's answers have the shape of the reference's samples (copied into
 * {@code samples/jdcloud}, see its SOURCES.md): the same field names at every level, and the same
 * JSON types (a sample's {@code null} says nothing about the type).
 */
class JdCloudShapesTest extends JdCloudFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode sample(String file) {
        try (InputStream in = JdCloudShapesTest.class.getResourceAsStream("/samples/jdcloud/" + file)) {
            assertThat(in).as("sample " + file).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Fails naming the first path where the two differ in field names or types. */
    static void assertSameShape(JsonNode sample, JsonNode actual, String path) {
        if (sample.isNull()) {
            return;
        }
        assertThat(actual.getNodeType()).as("type of %s (%s)", path, actual).isEqualTo(sample.getNodeType());
        if (sample.isObject()) {
            Set<String> expected = names(sample);
            expected.remove("_note");
            assertThat(names(actual)).as("fields of %s", path).isEqualTo(expected);
            expected.forEach(name -> assertSameShape(sample.get(name), actual.get(name), path + "." + name));
        } else if (sample.isArray() && !sample.isEmpty() && !actual.isEmpty()) {
            assertSameShape(sample.get(0), actual.get(0), path + "[0]");
        } else if (sample.isNumber()) {
            assertThat(actual.isIntegralNumber()).as("integer at %s", path).isEqualTo(sample.isIntegralNumber());
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void connectionsSelfServiceActiveAndPartnerOrdering() {
        activeLine("bj-idc-line-1");
        ok(jd.post(R + "connections/", """
                {"connectionSpec": {"connectionName": "partner-line-sh", "type": "jcloud_partner", "partnerCode": "partner-telecom"}}"""));
        JdCloudHttp.Reply reply = jd.get(R + "connections/");
        JsonNode sample = sample("describe-connections.json");

        assertThat(names(reply.body())).isEqualTo(Set.of("requestId", "result"));
        assertThat(names(reply.result())).isEqualTo(names(sample.path("result")));
        assertSameShape(sample.at("/result/connections/0"), reply.result().at("/connections/0"), "connections[0]");
        assertSameShape(sample.at("/result/connections/1"), reply.result().at("/connections/1"), "connections[1]");
    }

    @Test
    void privateVifsWithBfdAndWithout() {
        String line = activeLine("vifs");
        String bgw = newBgw("bgw-vifs");
        String active = ok(jd.post(R + "privateVifs/", """
                {"createPrivateVifSpec": {"privateVifName": "bj-vif-prod", "connectionId": "%s", "bgwId": "%s", "vlan": 101,
                 "peerIps": [{"customerIp": "10.255.0.1/30", "jdCloudIp": "10.255.0.2/30"},
                             {"customerIp": "10.255.0.5/30", "jdCloudIp": "10.255.0.6/30"}],
                 "bgpSpec": {"customerAsn": 65010}, "healthCheck": {"healthCheckType": "BFD"}}}""".formatted(line, bgw)))
                .path("privateVifId").asText();
        emulator.operator().linkUp(ResourceType.VIRTUAL_INTERFACE, active);
        newVif(line, bgw, 102);
        JsonNode result = ok(jd.get(R + "privateVifs/"));
        JsonNode sample = sample("describe-private-vifs.json");

        assertThat(names(result)).isEqualTo(names(sample.path("result")));
        assertSameShape(sample.at("/result/privateVifs/0"), result.at("/privateVifs/0"), "privateVifs[0]");
        assertSameShape(sample.at("/result/privateVifs/1"), result.at("/privateVifs/1"), "privateVifs[1]");
        assertThat(result.at("/privateVifs/0/peers")).hasSize(2);
        assertThat(result.at("/privateVifs/0/healthCheck/bfdInfo")).isEqualTo(sample.at("/result/privateVifs/0/healthCheck/bfdInfo"));
    }

    @Test
    void borderGatewaysAndTheirRoutes() {
        String line = activeLine("routes");
        String bgw = newBgw("bgw-prod-bj");
        String vif = newVif(line, bgw, 101);
        attach(bgw, vpc("default-vpc").path("vpcId").asText());
        ok(jd.post(R + "bgws/" + bgw + "/bgwRoutes", "{\"bgwRouteSpecs\": [{\"bgwRouteDestination\": \"10.0.0.0/16\", "
                + "\"bgwNexthopType\": \"private_vif\", \"bgwRouteNexthop\": \"" + vif + "\", \"description\": \"IDC\"}]}"));
        JsonNode bgws = ok(jd.get(R + "bgws/"));
        JsonNode routes = ok(jd.get(R + "bgws/" + bgw + "/bgwRoutes", "filters.1.name", "origins", "filters.1.values.1", "static"));
        JsonNode propagated = ok(jd.get(R + "bgws/" + bgw + "/bgwRoutes", "filters.1.name", "origins", "filters.1.values.1",
                "propagated"));

        assertThat(names(bgws)).isEqualTo(names(sample("describe-bgws.json").path("result")));
        assertSameShape(sample("describe-bgws.json").at("/result/bgws/0"), bgws.at("/bgws/0"), "bgws[0]");
        assertThat(names(routes)).isEqualTo(names(sample("describe-bgw-routes.json").path("result")));
        assertSameShape(sample("describe-bgw-routes.json").at("/result/bgwRoutes/0"), routes.at("/bgwRoutes/0"), "static");
        assertSameShape(sample("describe-bgw-routes.json").at("/result/bgwRoutes/1"), propagated.at("/bgwRoutes/0"), "propagated");
        assertThat(propagated.at("/bgwRoutes/0/bgwRouteNextHopType").asText())
                .isEqualTo(sample("describe-bgw-routes.json").at("/result/bgwRoutes/1/bgwRouteNextHopType").asText());
    }

    @Test
    void vpcRouteTableRulesLocalAndToTheGateway() {
        String bgw = newBgw("bgw-vpc");
        JsonNode vpc = vpc("default-vpc");
        attach(bgw, vpc.path("vpcId").asText());
        String table = vpc.path("routeTableIds").path(0).asText();
        ok(jd.post(R + "routeTables/" + table + ":addRouteTableRules", "{\"routeTableRuleSpecs\": [{\"nextHopType\": \"bgw\", "
                + "\"nextHopId\": \"" + bgw + "\", \"addressPrefix\": \"10.0.0.0/16\", \"description\": \"to IDC\"}]}"));
        JsonNode rules = ok(jd.get(R + "routeTables/" + table + "/routeTableRules"));
        JsonNode sample = sample("vpc-describe-route-table-rules.json");

        assertThat(names(rules)).isEqualTo(names(sample.path("result")));
        assertSameShape(sample.at("/result/routeTableRules/0"), rules.at("/routeTableRules/0"), "local");
        assertSameShape(sample.at("/result/routeTableRules/1"), rules.at("/routeTableRules/1"), "bgw");
        assertThat(rules.at("/routeTableRules/0/nextHopType").asText()).isEqualTo("local");
        assertThat(rules.at("/routeTableRules/1/priority").asInt()).isEqualTo(100);
    }

    @Test
    void errorsTheSignatureRefusalAndNotFound() {
        JdCloudHttp.Reply signature = jd.withKey(io.dclink.testkit.emulator.KeyRing.TEST_KEY_ID, "wrong").get(R + "connections/");
        JdCloudHttp.Reply notFound = jd.get(R + "privateVifs/pvif-0000000000");
        JsonNode realSignature = sample("error-401-signature.json");

        assertSameShape(realSignature, signature.body(), "401");
        assertThat(signature.body().path("error")).isEqualTo(realSignature.path("error"));
        assertSameShape(sample("error-404-not-found.json"), notFound.body(), "404");
        assertThat(notFound.body().path("error")).isEqualTo(sample("error-404-not-found.json").path("error"));
    }
}
