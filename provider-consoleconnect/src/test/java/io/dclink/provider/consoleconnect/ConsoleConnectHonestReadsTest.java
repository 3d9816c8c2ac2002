package io.dclink.provider.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.error.OutcomeUnknownException;
import io.dclink.error.ProtocolException;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.testkit.emulator.FaultKind;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Reads that never lie: a single read answering another resource, a listing without its
 * {@code results}, bodies of the wrong JSON type, ids of another form and fields of the wrong shape
 * are protocol errors naming what is wrong — never a wrong result, never an untyped exception.
 */
class ConsoleConnectHonestReadsTest extends EmulatedConsoleConnect {

    private static final String OTHER = "bbbbbbbbbbbbbbbbbbbbbbbb";

    @Test
    void aSingleReadMustAnswerTheResourceAskedFor() {
        String portId = port("HKG-MEGA-I");
        String id = client.virtualInterfaces().create(Orders.toAcme("asked", portId, 100, 1800).build()).id();
        emulator.faults().rewrite("getPort", (request, answer) -> json(200, text(answer).replace(portId, OTHER)), 1);
        emulator.faults().rewrite("getConnection", (request, answer) -> json(200, text(answer).replace(id, OTHER)), 1);

        assertThatThrownBy(() -> client.connections().get(portId)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining(OTHER);
        assertThatThrownBy(() -> client.virtualInterfaces().get(id)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining(OTHER);
    }

    @Test
    void bodiesOfTheWrongTypeAndListingsWithoutResultsAreProtocolErrors() {
        for (String body : List.of("null", "[]", "\"x\"", "42", "{}", "{\"results\": {}}", "{\"results\": [1]}")) {
            emulator.faults().replaceBody("listPorts", body, 1);
            assertThatThrownBy(() -> client.connections().list().stream().count()).as(body)
                    .isInstanceOf(ProtocolException.class);
            emulator.faults().replaceBody("listConnections", body, 1);
            assertThatThrownBy(() -> client.virtualInterfaces().list(VirtualInterfaceQuery.all()).stream().count()).as(body)
                    .isInstanceOf(ProtocolException.class);
        }
        emulator.faults().corrupt("listMetroCapabilities", FaultKind.MALFORMED_BODY, 1);
        assertThatThrownBy(() -> client.accessPoints().list().stream().count()).isInstanceOf(ProtocolException.class);
        emulator.faults().corrupt("listMetroCapabilities", FaultKind.TRUNCATED_BODY, 1);
        assertThat(client.accessPoints().list().stream().count()).as("a dropped read is read again").isEqualTo(2);
    }

    @Test
    void idsOfAnotherFormAndFieldsOfTheWrongShapeNameTheField() {
        String portId = port("HKG-MEGA-I");
        String id = client.virtualInterfaces().create(Orders.toAcme("shapes", portId, 100, 1801).build()).id();

        rewriteConnections("\"id\":\"" + id + "\"", "\"id\":42");
        assertThatThrownBy(() -> client.virtualInterfaces().list(VirtualInterfaceQuery.all()).stream().count())
                .isInstanceOf(ProtocolException.class).hasMessageContaining("id");
        rewriteConnections("\"isReceiver\":false", "\"isReceiver\":\"perhaps\"");
        assertThatThrownBy(() -> client.virtualInterfaces().list(VirtualInterfaceQuery.all()).stream().count())
                .isInstanceOf(ProtocolException.class).hasMessageContaining("isReceiver");
        rewriteConnections("\"speed\":{\"value\":100,", "\"speed\":{\"value\":\"fast\",");
        assertThatThrownBy(() -> client.virtualInterfaces().list(VirtualInterfaceQuery.all()).stream().count())
                .isInstanceOf(ProtocolException.class).hasMessageContaining("speed.value");
        emulator.faults().rewrite("listPorts", (request, answer) -> json(200, text(answer)
                .replaceFirst("\"linkState\":\"UP\"", "\"linkState\":{\"state\":\"UP\"}")), 1);
        assertThatThrownBy(() -> client.connections().list().stream().count())
                .isInstanceOf(ProtocolException.class).hasMessageContaining("linkState");
    }

    @Test
    void aListingThatRepeatsAResourceIsRefused() {
        emulator.faults().rewrite("listPorts", (request, answer) -> {
            String body = text(answer);
            String first = body.substring(body.indexOf('[') + 1, body.indexOf("},{\"id\"") + 1);
            return json(200, body.replaceFirst("\\[", "[" + Matcher.quoteReplacement(first) + ","));
        }, 1);

        assertThatThrownBy(() -> client.connections().list().stream().count()).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void aDestinationWhoseFacilityIsNotAnIdIsNotOrdered() {
        emulator.faults().rewrite("listMetroCapabilities", (request, answer) -> json(200, text(answer)
                .replace("\"firstDataCenterFacilityIdInMetro\":\"" + Orders.MEGA_I + "\"",
                        "\"firstDataCenterFacilityIdInMetro\":\"MEGA-i\"")), 1);

        String portId = port("HKG-MEGA-I");

        // the runtime cannot tell a protocol error before the order from one after it, so it reports the
        // outcome as unknown (safe: nothing was ordered, and repeating the call orders once)
        assertThatThrownBy(() -> client.virtualInterfaces().create(Orders.toTencent("no-dcf", portId).build()))
                .isInstanceOf(OutcomeUnknownException.class).cause().isInstanceOf(ProtocolException.class)
                .hasMessageContaining("firstDataCenterFacilityIdInMetro");
        assertThat(count("createLayer2Connection")).isZero();
    }

    private void rewriteConnections(String from, String to) {
        emulator.faults().rewrite("listConnections", (request, answer) -> json(200, text(answer).replace(from, to)), 1);
    }
}
