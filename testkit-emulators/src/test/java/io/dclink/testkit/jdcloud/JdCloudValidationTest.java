package io.dclink.testkit.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.lifecycle.ResourceType;
import org.junit.jupiter.api.Test;

/** JD's rules, each refused with JD's envelope, the documented status and a message naming the field. */
class JdCloudValidationTest extends JdCloudFixture {

    private static final String CN_EAST_2 = "/v1/regions/cn-east-2/";

    private String invalid(JdCloudHttp.Reply reply) {
        return refused(reply, 400, "INVALID_ARGUMENT").message();
    }

    @Test
    void aVifNeedsAnActiveLine() {
        String line = newLine("not-yet");
        String bgw = newBgw("bgw-wait");

        String message = refused(createVif(line, bgw, 10, "10.0.0.1/30", "10.0.0.2/30", 65010), 400, "FAILED_PRECONDITION")
                .message();

        assertThat(message).contains(line, "Ordering", "Active");
        assertThat(emulator.operator().count(ResourceType.VIRTUAL_INTERFACE)).isZero();
    }

    @Test
    void vlansRunFromOneTo4000AndAreUniquePerLine() {
        String line = activeLine("vlans");
        String bgw = newBgw("bgw-vlans");

        assertThat(invalid(createVif(line, bgw, 0, "10.0.0.1/30", "10.0.0.2/30", 65010))).contains("vlan");
        assertThat(invalid(createVif(line, bgw, 4001, "10.0.0.1/30", "10.0.0.2/30", 65010))).contains("vlan");
        ok(createVif(line, bgw, 4000, "10.0.0.1/30", "10.0.0.2/30", 65010));
        assertThat(refused(createVif(line, bgw, 4000, "10.0.0.5/30", "10.0.0.6/30", 65010), 409, "ALREADY_EXISTS").message())
                .contains("vlan 4000");
        ok(createVif(activeLine("other-line"), bgw, 4000, "10.0.0.9/30", "10.0.0.10/30", 65010));
    }

    @Test
    void theCustomerTakesTheFirstAddressOfASlash30AndJdTheSecond() {
        String line = activeLine("pairs");
        String bgw = newBgw("bgw-pairs");

        assertThat(invalid(createVif(line, bgw, 10, "192.168.1.2/30", "192.168.1.1/30", 65010))).contains("first", "second");
        assertThat(invalid(createVif(line, bgw, 10, "192.168.1.1/29", "192.168.1.2/29", 65010))).contains("customerIp", "/30");
        assertThat(invalid(createVif(line, bgw, 10, "192.168.1.1/30", "192.168.1.6/30", 65010))).contains("same /30");
        ok(createVif(line, bgw, 10, "192.168.1.1/30", "192.168.1.2/30", 65010));
        assertThat(invalid(createVif(line, bgw, 11, "192.168.1.1/30", "192.168.1.2/30", 65010))).contains("overlaps");
    }

    @Test
    void theCustomerAsnIsPrivateBetween65001And65499() {
        String line = activeLine("asn");
        String bgw = newBgw("bgw-asn");

        assertThat(invalid(createVif(line, bgw, 10, "10.1.0.1/30", "10.1.0.2/30", 65000))).contains("customerAsn");
        assertThat(invalid(createVif(line, bgw, 10, "10.1.0.1/30", "10.1.0.2/30", 65500))).contains("customerAsn");
        ok(createVif(line, bgw, 10, "10.1.0.1/30", "10.1.0.2/30", 65001));
        ok(createVif(line, bgw, 11, "10.1.0.5/30", "10.1.0.6/30", 65499));
        assertThat(invalid(jd.post(R + "privateVifs/", """
                {"createPrivateVifSpec": {"privateVifName": "no-bgp", "connectionId": "%s", "bgwId": "%s", "vlan": 12,
                 "enableBgp": false, "peerIps": [{"customerIp": "10.1.0.9/30", "jdCloudIp": "10.1.0.10/30"}],
                 "bgpSpec": {"customerAsn": 65010}}}""".formatted(line, bgw)))).contains("enableBgp");
    }

    @Test
    void theGatewayMustBeInTheLinesRegionAndExist() {
        String line = activeLine("regions");
        String eastBgw = ok(jd.post(CN_EAST_2 + "bgws/", "{\"bgwSpec\": {\"bgwName\": \"east\"}}")).path("bgwId").asText();

        assertThat(invalid(createVif(line, eastBgw, 10, "10.2.0.1/30", "10.2.0.2/30", 65010))).contains("bgwId", "region");
        refused(createVif(line, "bgw-0000000000", 10, "10.2.0.1/30", "10.2.0.2/30", 65010), 404, "NOT_FOUND");
        refused(jd.get(R + "bgws/" + eastBgw), 404, "NOT_FOUND");
        assertThat(ok(jd.get(CN_EAST_2 + "bgws/")).path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheNameDescriptionAndHealthCheckOfAVifChange() {
        String vif = newVif(activeLine("modify"), newBgw("bgw-modify"), 42);

        assertThat(invalid(jd.patch(R + "privateVifs/" + vif, "{\"modifyPrivateVirtualInterfaceSpec\": {\"vlan\": 43}}")))
                .contains("vlan");
        assertThat(invalid(jd.patch(R + "privateVifs/" + vif, "{\"modifyPrivateVirtualInterfaceSpec\": {\"healthCheck\": "
                + "{\"healthCheckType\": \"BFD\", \"bfdInfo\": {\"detectMultiplier\": 11}}}}"))).contains("detectMultiplier");
        ok(jd.patch(R + "privateVifs/" + vif, "{\"modifyPrivateVirtualInterfaceSpec\": {\"privateVifName\": \"renamed\", "
                + "\"healthCheck\": {\"healthCheckType\": \"BFD\"}}}"));

        assertThat(vif(vif).path("privateVifName").asText()).isEqualTo("renamed");
        assertThat(vif(vif).path("vlan").asInt()).isEqualTo(42);
        assertThat(vif(vif).path("healthCheck").path("bfdInfo").path("minTxInterval").asInt()).isEqualTo(1000);
    }

    @Test
    void aConnectionSpecIsCheckedFieldByField() {
        String valid = SELF_SERVICE_LINE.formatted("spec");

        assertThat(invalid(jd.post(R + "connections/", "{\"connectionName\": \"unwrapped\"}"))).contains("connectionSpec");
        assertThat(invalid(jd.post(R + "connections/", valid.replace("\"spec\"", "\"has space\"")))).contains("connectionName");
        assertThat(invalid(jd.post(R + "connections/", valid.replace("\"jcloud\"", "\"dedicated\"")))).contains("type");
        assertThat(invalid(jd.post(R + "connections/", valid.replace("bj-lf-a", "nowhere")))).contains("locationCode");
        assertThat(invalid(jd.post(R + "connections/", valid.replace("\"ct\"", "\"xx\"")))).contains("locationISPCode");
        assertThat(invalid(jd.post(R + "connections/", valid.replace("13800000000", "12800000000")))).contains("phoneNumber");
        assertThat(invalid(jd.post(R + "connections/", "{\"connectionSpec\": {\"connectionName\": \"x\", \"type\": \"jcloud\"}}")))
                .contains("location");
        assertThat(invalid(jd.post(R + "connections/", "{\"connectionSpec\": {\"connectionName\": \"x\", "
                + "\"type\": \"jcloud_partner\", \"partnerCode\": \"partner-telecom\", \"chargeDuration\": 2}}")))
                .contains("chargeDuration");
        assertThat(invalid(jd.post(R + "connections/", "not json"))).contains("body");
        assertThat(invalid(jd.post("/v1/regions/eu-nowhere-1/connections/", valid))).contains("regionId");
        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isZero();
    }

    @Test
    void theConnectionQuotaIsTenUntilRaised() {
        for (int i = 0; i < 10; i++) {
            newLine("quota-" + i);
        }

        refused(jd.post(R + "connections/", SELF_SERVICE_LINE.formatted("eleventh")), 429, "QUOTA_EXCEEDED");
        emulator.raiseQuota("connection", 11);
        newLine("eleventh");
        assertThat(ok(jd.get(R + "quotas/", "filters.1.name", "type", "filters.1.values.1", "connection")).path("quotas")
                .path(0).path("maxLimit").asInt()).isEqualTo(11);
    }

    @Test
    void filtersAreCheckedAsTheSdkDocumentsThem() {
        assertThat(invalid(jd.get(R + "connections/", "filters.1.name", "status", "filters.1.values.1", "Active",
                "filters.1.values.2", "Pending"))).contains("status", "one value");
        assertThat(invalid(jd.get(R + "connections/", "filters.1.name", "status", "filters.1.values.1", "AVAILABLE")))
                .contains("status");
        assertThat(invalid(jd.get(R + "connections/", "filters.1.name", "state", "filters.1.values.1", "Active")))
                .contains("filters.1.name");
        assertThat(invalid(jd.post(R + "vpnTunnels/vpnt-0000000000:adminStatus", "{\"adminStatus\": \"SIDEWAYS\"}")))
                .contains("adminStatus");
        refused(jd.post(R + "vpnTunnels/vpnt-0000000000:adminStatus", "{\"adminStatus\": \"UP\"}"), 404, "NOT_FOUND");
    }
}
