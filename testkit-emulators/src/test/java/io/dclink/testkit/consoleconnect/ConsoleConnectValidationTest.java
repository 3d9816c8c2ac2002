package io.dclink.testkit.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A create body is checked field by field and against the ports' headroom; every refusal names its field. */
class ConsoleConnectValidationTest extends ConsoleConnectFixture {

    @Test
    void requiredFieldsAreNamed() {
        for (String field : new String[] {"type", "name", "portId", "speed", "destCompany", "destMetroId"}) {
            refused(createWith(body -> body.remove(field)), 400, "'" + field + "'");
        }
    }

    @Test
    void malformedFieldsAreNamed() {
        refused(createWith(b -> b.put("type", "LAYER3")), 400, "The request/type must be equal to one of the allowed values");
        refused(createWith(b -> b.put("name", "  ")), 400, "The request/name");
        refused(createWith(b -> b.put("portId", "123")), 400, "The request/portId must match pattern \"^[a-f0-9]{24}$\"");
        refused(createWith(b -> b.put("speed", "100")), 400, "The request/speed must be integer");
        refused(createWith(b -> b.put("speed", 0)), 400, "The request/speed must be >= 1");
        refused(createWith(b -> b.put("destMetroId", "HKG")), 400, "The request/destMetroId must match pattern");
        refused(createWith(b -> b.put("destDcf", "x")), 400, "The request/destDcf must match pattern");
        refused(createWith(b -> b.put("paymentType", "cash")), 400, "The request/paymentType");
        refused(createWith(b -> b.put("durationUnit", "w")), 400, "The request/durationUnit");
        refused(createWith(b -> b.put("duration", 0)), 400, "The request/duration must be >= 1");
        refused(createWith(b -> b.remove("durationUnit")), 400, "'durationUnit'");
        refused(createWith(b -> b.put("evergreen", "yes")), 400, "The request/evergreen must be boolean");
        refused(createWith(b -> b.put("classOfService", "PLATINUM")), 400, "The request/classOfService");
        refused(createWith(b -> b.put("srcVlanRequest", 4095)), 400, "The request/srcVlanRequest must be <= 4094");
        refused(createWith(b -> b.put("destVlanRequest", 1)), 400, "The request/destVlanRequest must be >= 2");
        refused(createWith(b -> b.put("paymentType", "creditcard")), 400, "The request/paymentTransactionId");
    }

    @Test
    void theWorldIsChecked() {
        refused(createWith(b -> b.put("portId", "aaaaaaaaaaaaaaaaaaaaaaa1")), 400, "The request/portId names no port");
        refused(createWith(b -> b.put("portId", "5e0d00000000000000000003")), 400, "The request/portId names no port");
        refused(createWith(b -> b.put("portId", port("LON-THN"))), 400, "is DELETED");
        refused(createWith(b -> b.put("destCompany", "nobody")), 400, "The request/destCompany names no company");
        refused(createWith(b -> b.put("destCompany", "globex-routing")), 400, "does not take Layer 2");
        refused(createWith(b -> b.put("destMetroId", SINGAPORE)), 400, "The request/destMetroId is not among");
        refused(createWith(b -> b.put("destDcf", MEGA_I)), 400, "The request/destDcf names no data-centre facility");
        refused(createWith(b -> b.put("destPortId", "5e0d00000000000000000004")), 400, "The request/destPortId");
        refused(createWith(b -> b.put("destCompany", "dclink-test").put("destPortId", port("HKG-MEGA-I"))), 400,
                "must not be the source port");
        assertThat(ok(cc.get(COMPANY + "connections")).path("results")).isEmpty();
    }

    @Test
    void theSpeedMustFitTheSourcePortsRemainingCapacity() {
        String gigabit = port("HKG-HK1");
        refused(createWith(b -> b.put("portId", gigabit).put("speed", 1_001)), 400, "The request/speed 1001 Mbps exceeds");

        String full = create(b2bOrder("full", gigabit, 1_000));
        refused(createWith(b -> b.put("portId", gigabit).put("speed", 1)), 400, "remaining capacity of port " + gigabit);

        ok(cc.delete(COMPANY_V2 + "connections/" + full));
        advanceClock(Duration.ofMinutes(1));
        create(b2bOrder("again", gigabit, 1_000));
    }

    @Test
    void theSpeedMustFitTheDestinationPortsRemainingCapacity() {
        String london = """
                {"type": "LAYER2", "name": "to-acme-lon", "portId": "%s", "speed": %d, "destCompany": "acme-exchange",
                 "destMetroId": "%s"}""";
        refused(cc.put(CREATE, london.formatted(port("HKG-MEGA-I"), 300, LONDON)), 400,
                "remaining capacity of port 5e0d00000000000000000004 (destCompany): 200 Mbps");
        create(london.formatted(port("HKG-MEGA-I"), 200, LONDON));
        refused(cc.put(CREATE, london.formatted(port("HKG-MEGA-I"), 10, LONDON)), 400, "0 Mbps");
    }

    @Test
    void aRequestedVlanMustBeFreeOnItsPort() {
        create(b2bOrder("first", port("HKG-MEGA-I"), 10).replace("\"speed\": 10", "\"speed\": 10, \"srcVlanRequest\": 500"));

        refused(createWith(b -> b.put("srcVlanRequest", 500)), 400, "The request/srcVlanRequest VLAN 500 is already used");
        create(b2bOrder("other port", port("HKG-HK1"), 10).replace("\"speed\": 10", "\"speed\": 10, \"srcVlanRequest\": 500"));
    }

    @Test
    void theBodyMustBeAJsonObject() {
        refused(cc.put(CREATE, "[1, 2]"), 400, "JSON object");
        refused(cc.put(CREATE, "{not json"), 400, "not valid JSON");
        refused(cc.put(CREATE, null), 400, "JSON object");
    }

    @Test
    void connectionIdsAreCheckedAndOthersConnectionsAreUnknown() {
        refused(cc.get(COMPANY_V2 + "connections/123"), 400, "The request/connectionId must match pattern");
        refused(cc.get(COMPANY + "connections/aaaaaaaaaaaaaaaaaaaaaaa1"), 404, "Unknown \"Connection\" id");
        refused(cc.get("/api/company/acme-exchange/connections"), 401, "");
    }

    private ConsoleConnectHttp.Reply createWith(Consumer<ObjectNode> change) {
        try {
            ObjectNode body = (ObjectNode) ConsoleConnectHttp.JSON.readTree(b2bOrder("checked", port("HKG-MEGA-I"), 100));
            change.accept(body);
            return cc.put(CREATE, body.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
