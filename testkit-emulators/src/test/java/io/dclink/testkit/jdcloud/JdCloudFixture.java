package io.dclink.testkit.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.testkit.emulator.EmulatorOptions;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A started JD Cloud emulator whose clock starts on a Monday morning in Beijing (so working days
 * are calendar days until Friday), a client signing with the official signer at the emulator's
 * time, and the steps the tests share.
 */
abstract class JdCloudFixture {

    static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");
    static final String R = "/v1/regions/cn-north-1/";
    static final String SELF_SERVICE_LINE = """
            {"connectionSpec": {"connectionName": "%s", "type": "jcloud", "description": "line to the IDC",
             "idcAddress": "No.1 Example Road, Beijing", "contactName": "zhangsan", "phoneNumber": "13800000000",
             "location": {"locationCode": "bj-lf-a", "locationPortSpecCode": "10GBase-LR", "locationISPCode": "ct"}}}""";

    JdCloudEmulator emulator;
    JdCloudHttp jd;

    @BeforeEach
    void startEmulator() {
        EmulatorOptions defaults = EmulatorOptions.defaults();
        emulator = new JdCloudEmulator(new EmulatorOptions(0, defaults.keys(), MONDAY, null, null));
        emulator.start();
        jd = new JdCloudHttp(emulator.baseUri(), () -> emulator.clock().instant());
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    /** Asserts a success and answers its result. */
    static JsonNode ok(JdCloudHttp.Reply reply) {
        assertThat(reply.status()).as("answer %s", reply).isEqualTo(200);
        return reply.result();
    }

    /** Asserts a refusal with a status word and HTTP code. */
    static JdCloudHttp.Reply refused(JdCloudHttp.Reply reply, int code, String status) {
        assertThat(reply.status()).as("answer %s", reply).isEqualTo(code);
        assertThat(reply.errorStatus()).as("answer %s", reply).isEqualTo(status);
        assertThat(reply.body().path("error").path("code").asInt()).isEqualTo(code);
        return reply;
    }

    String newLine(String name) {
        return ok(jd.post(R + "connections/", SELF_SERVICE_LINE.formatted(name))).path("connectionId").asText();
    }

    JsonNode line(String id) {
        return ok(jd.get(R + "connections/" + id)).path("connection");
    }

    String status(String lineId) {
        return line(lineId).path("connectionStatus").asText();
    }

    /** A line reviewed, paid, built and confirmed. */
    String activeLine(String name) {
        String id = newLine(name);
        emulator.operator().approve(id);
        emulator.operator().markPaid(id);
        emulator.operator().completeConstruction(id);
        ok(jd.post(R + "connections/" + id + ":confirmConnection", "{\"confirmConnectionSpec\": {\"chargeTimeUnit\": \"MONTH\", "
                + "\"chargeTimeSpan\": 1}}"));
        assertThat(status(id)).isEqualTo("Active");
        return id;
    }

    String newBgw(String name) {
        return ok(jd.post(R + "bgws/", "{\"bgwSpec\": {\"bgwName\": \"" + name + "\"}}")).path("bgwId").asText();
    }

    /** A seeded VPC of the test account by name ({@code default-vpc} 192.168.0.0/16 or {@code prod-vpc} 172.16.0.0/16). */
    JsonNode vpc(String name) {
        for (JsonNode vpc : ok(jd.get(R + "vpcs/")).path("vpcs")) {
            if (vpc.path("vpcName").asText().equals(name)) {
                return vpc;
            }
        }
        throw new AssertionError("no seeded VPC " + name);
    }

    String attach(String bgwId, String vpcId) {
        return ok(jd.post(R + "vpcAttachments/", """
                {"vpcAttachmentSpec": {"vpcAttachmentName": "attach-prod", "vpcId": "%s", "bgwId": "%s", "propagateType": "all"}}"""
                .formatted(vpcId, bgwId))).path("vpcAttachmentId").asText();
    }

    JdCloudHttp.Reply createVif(String lineId, String bgwId, int vlan, String customerIp, String jdCloudIp, int asn) {
        return jd.post(R + "privateVifs/", """
                {"createPrivateVifSpec": {"privateVifName": "vif-%d", "connectionId": "%s", "bgwId": "%s", "vlan": %d,
                 "enableBgp": true, "peerIps": [{"customerIp": "%s", "jdCloudIp": "%s"}],
                 "bgpSpec": {"addressFamily": "ipv4", "customerAsn": %d}}}"""
                .formatted(vlan, lineId, bgwId, vlan, customerIp, jdCloudIp, asn));
    }

    String newVif(String lineId, String bgwId, int vlan) {
        return ok(createVif(lineId, bgwId, vlan, "10.255." + vlan % 250 + ".1/30", "10.255." + vlan % 250 + ".2/30", 65010))
                .path("privateVifId").asText();
    }

    JsonNode vif(String id) {
        return ok(jd.get(R + "privateVifs/" + id)).path("privateVif");
    }
}
