package io.dclink.testkit.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The emulator's answers have the shape of the reference's samples (copied into
 * {@code samples/consoleconnect}, see its SOURCES.md), and it takes the documented request samples.
 */
class ConsoleConnectShapesTest extends ConsoleConnectFixture {

    @Test
    void portsHaveTheShapeOfBothDocumentedPorts() {
        JsonNode port = ok(cc.get(COMPANY + "ports?deleted=false")).path("results").get(0);
        JsonNode samples = sample("ports-list-response.json").path("results");

        assertThat(SampleShape.differences(port, samples.get(0))).isEmpty();
        assertThat(SampleShape.differences(port, samples.get(1))).isEmpty();
    }

    @Test
    void metroCapabilitiesHaveExactlyTheDocumentedFields() {
        JsonNode metro = ok(cc.get("/api/company/tencent-cloud/metro/capabilities")).path("results").get(0);
        JsonNode sample = sample("metro-capabilities-response.json").path("results").get(0);

        assertThat(SampleShape.differences(metro, sample)).isEmpty();
        assertThat(names(metro)).containsExactlyElementsOf(names(sample));
    }

    @Test
    void aCreateAnswersTheDocumentedObject() {
        JsonNode created = ok(cc.put(CREATE, b2bOrder("my new connection", port("HKG-MEGA-I"), 1_000)));

        assertThat(SampleShape.differences(created, sample("create-layer2-response.json"))).isEmpty();
        assertThat(created.path("speed").path("name").asText()).isEqualTo("1000 Mbps");
        assertThat(created.path("cdrBillingType").asText()).isEqualTo("METRO");
    }

    /** Azure is a direct-connect partner company ({@code directConnectPartner}); Tencent is reached as a B2B company. */
    @Test
    void aConnectionReadsBackWithTheFieldsOfTheRealOne() {
        JsonNode sample = sample("connection-details-azure.json").path("response");
        String b2b = create(b2bOrder("read back", port("HKG-MEGA-I"), 50));
        String tencent = create(tencentOrder("read back", port("HKG-MEGA-I")));

        connection(b2b); // CREATING is shown once
        JsonNode connection = connection(b2b);

        assertThat(SampleShape.differences(connection, sample)).allMatch(d -> d.startsWith("$.destPort.partner.")
                || d.startsWith("$.destCompany.directConnectPartner:"));
        assertThat(SampleShape.differences(connection(tencent), sample))
                .containsExactly("$.destCompany.directConnectPartner: missing");
        assertThat(ok(cc.get(COMPANY + "connections/" + b2b))).as("the v1 read").isEqualTo(connection);
    }

    @Test
    void errorsHaveExactlyTheLoopBackEnvelope() {
        JsonNode sample = sample("error-400.json").path("body");
        ConsoleConnectHttp.Reply reply = cc.get(COMPANY + "ports/123");

        assertThat(reply.status()).isEqualTo(sample.path("error").path("statusCode").asInt());
        assertThat(reply.body()).isEqualTo(sample.deepCopy());
    }

    @Test
    void aPriceHasTheShapeOfTheDocumentedOne() {
        JsonNode sample = sample("pricing-calculate.json").path("response_port_example").path("results").get(0);
        JsonNode port = ok(cc.post("/api/pricing/calculate", """
                {"ports": [{"dcf": "%s", "speed": 1000, "durationUnit": "y"}]}""".formatted(MEGA_I))).path("results").get(0);
        JsonNode connection = ok(cc.post("/api/pricing/calculate", """
                {"connections": [{"srcDcf": "%s", "destDcf": "%s", "bandwidth": 100}]}""".formatted(MEGA_I, HK1)))
                .path("results").get(0);

        assertThat(SampleShape.differences(port, sample)).isEmpty();
        assertThat(names(connection)).containsExactlyElementsOf(names(sample));
    }

    @Test
    void theDocumentedCreateRequestsAreTaken() {
        JsonNode requests = sample("create-layer2-request.json");
        String ownPort = port("HKG-MEGA-I");

        ObjectNode tencent = ((ObjectNode) requests.path("tencent").deepCopy()).put("portId", ownPort)
                .put("destMetroId", HONG_KONG).put("destDcf", MEGA_I);
        ObjectNode b2b = ((ObjectNode) requests.path("b2b_to_metro").deepCopy()).put("portId", ownPort)
                .put("destMetroId", LONDON).put("destCompany", ConsoleConnectEmulator.B2B_COMPANY);
        ObjectNode knownPort = ((ObjectNode) requests.path("own_or_known_port").deepCopy()).put("portId", ownPort)
                .put("destPortId", "5e0d00000000000000000003").put("destCompany", ConsoleConnectEmulator.B2B_COMPANY);

        for (ObjectNode request : List.of(tencent, b2b, knownPort)) {
            assertThat(ok(cc.put(CREATE, request.toString())).path("status").asText()).isEqualTo("CREATING");
        }
        assertThat(ok(cc.get(COMPANY + "connections")).path("results")).hasSize(3);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!name.startsWith("_")) {
                names.add(name);
            }
        });
        return names;
    }
}
