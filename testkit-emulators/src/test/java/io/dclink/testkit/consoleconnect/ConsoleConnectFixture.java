package io.dclink.testkit.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.KeyRing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A started Console Connect emulator at a fixed emulated time, a client with the test key, and the
 * steps the tests share: finding the test company's ports by name, ordering connections and reading
 * their statuses.
 */
abstract class ConsoleConnectFixture {

    static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");
    static final String COMPANY = "/api/company/" + ConsoleConnectEmulator.TEST_COMPANY + "/";
    static final String COMPANY_V2 = "/api/v2/company/" + ConsoleConnectEmulator.TEST_COMPANY + "/";
    static final String CREATE = COMPANY_V2 + "connections/layer2";
    /** The metros and DCFs of the emulator's world, as its metro capabilities list them. */
    static final String HONG_KONG = "5c0a00000000000000000001";
    static final String SINGAPORE = "5c0a00000000000000000002";
    static final String LONDON = "5c0a00000000000000000003";
    static final String MEGA_I = "5d0b00000000000000000001";
    static final String HK1 = "5d0b00000000000000000002";
    static final String SG1 = "5d0b00000000000000000003";
    static final String TELEHOUSE_NORTH = "5d0b00000000000000000004";

    ConsoleConnectEmulator emulator;
    ConsoleConnectHttp cc;

    @BeforeEach
    void startEmulator() {
        emulator = newEmulator(new EmulatorOptions(0, new KeyRing(), MONDAY, null, null));
        emulator.start();
        cc = new ConsoleConnectHttp(emulator.baseUri());
    }

    /** The emulator a test class runs against. */
    ConsoleConnectEmulator newEmulator(EmulatorOptions options) {
        return new ConsoleConnectEmulator(options);
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    ConsoleConnectOperator operator() {
        return emulator.operator();
    }

    /** Asserts a 200 and answers its body. */
    static JsonNode ok(ConsoleConnectHttp.Reply reply) {
        assertThat(reply.status()).as("answer %s", reply).isEqualTo(200);
        return reply.body();
    }

    /** Asserts a refusal in the LoopBack envelope whose message contains a text, and answers it. */
    static ConsoleConnectHttp.Reply refused(ConsoleConnectHttp.Reply reply, int status, String inMessage) {
        assertThat(reply.status()).as("answer %s", reply).isEqualTo(status);
        assertThat(reply.body().path("error").path("statusCode").asInt()).isEqualTo(status);
        assertThat(reply.body().path("error").path("status").asInt()).isEqualTo(status);
        assertThat(reply.message()).as("answer %s", reply).contains(inMessage);
        return reply;
    }

    /** The id of the test company's port named {@code HKG-MEGA-I…}, {@code HKG-HK1…}, {@code SIN-SG1…} or {@code LON-THN…}. */
    String port(String prefix) {
        for (JsonNode port : ok(cc.get(COMPANY + "ports")).path("results")) {
            if (port.path("name").asText().startsWith(prefix)) {
                return port.path("id").asText();
            }
        }
        throw new AssertionError("no port named " + prefix + "*");
    }

    JsonNode portRecord(String id) {
        return ok(cc.get(COMPANY + "ports/" + id));
    }

    /** A B2B order to acme-exchange in Hong Kong. */
    String b2bOrder(String name, String portId, int speed) {
        return """
                {"type": "LAYER2", "name": "%s", "portId": "%s", "speed": %d, "destCompany": "%s",
                 "destMetroId": "%s", "paymentType": "invoice", "duration": 1, "durationUnit": "m"}"""
                .formatted(name, portId, speed, ConsoleConnectEmulator.B2B_COMPANY, HONG_KONG);
    }

    /** An order to tencent-cloud in Hong Kong, as the Tencent guide builds it. */
    String tencentOrder(String name, String portId) {
        return """
                {"type": "LAYER2", "name": "%s", "portId": "%s", "speed": 100, "destCompany": "%s",
                 "destMetroId": "%s", "destDcf": "%s", "paymentType": "invoice", "duration": 1,
                 "durationUnit": "m", "evergreen": true, "classOfService": "SILVER"}"""
                .formatted(name, portId, ConsoleConnectEmulator.TENCENT_CLOUD, HONG_KONG, MEGA_I);
    }

    String create(String body) {
        JsonNode created = ok(cc.put(CREATE, body));
        assertThat(created.path("status").asText()).isEqualTo("CREATING");
        return created.path("id").asText();
    }

    JsonNode connection(String id) {
        return ok(cc.get(COMPANY_V2 + "connections/" + id));
    }

    String status(String id) {
        return connection(id).path("status").asText();
    }

    void advanceClock(Duration duration) {
        emulator.clock().advance(duration);
    }

    /** A copied sample fixture. */
    static JsonNode sample(String name) {
        try (InputStream in = ConsoleConnectFixture.class.getResourceAsStream("/samples/consoleconnect/" + name)) {
            if (in == null) {
                throw new AssertionError("no sample " + name);
            }
            return ConsoleConnectHttp.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
