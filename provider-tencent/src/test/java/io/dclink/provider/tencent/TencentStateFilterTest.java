package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dclink.DirectConnect;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.emulator.RecordedRequest;
import io.dclink.testkit.tencent.TencentEmulator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code states} filter of DescribeDirectConnects documents only AVAILABLE, PENDING, REJECTED,
 * PENDINGPAY, PAID, BUILDING, STOPED and DELETED: the plugin sends only those spellings, reads all
 * of them, and filters locally where the filter cannot help.
 */
class TencentStateFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TencentEmulator emulator;
    private DirectConnect client;

    private void start(TencentEmulator value) {
        emulator = value;
        emulator.start();
        client = DirectConnect.builder().provider("tencent").region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(emulator.baseUri()).clock(emulator.clock()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    private List<String> sentStates() {
        List<String> sent = new ArrayList<>();
        for (RecordedRequest call : emulator.requests().of("DescribeDirectConnects")) {
            try {
                for (JsonNode filter : JSON.readTree(call.request().body()).path("Filters")) {
                    if (filter.path("Name").asText().equals("states")) {
                        filter.path("Values").forEach(value -> sent.add(value.asText()));
                    }
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return sent;
    }

    private List<String> ids(ConnectionState... states) {
        return client.connections().list(ConnectionQuery.builder().states(List.of(states)).build()).stream()
                .map(Connection::id).toList();
    }

    @Test
    void onlyTheFilterableSpellingsAreSentAndTheListASpellingsAreStillFound() {
        start(TencentEmulator.withListASpellings(EmulatorOptions.defaults()));
        Connection toPay = client.connections().create(TencentRequests.line("to-pay"));
        emulator.operator().approve(toPay.id());
        Connection pending = client.connections().create(TencentRequests.line("pending"));

        List<String> paying = ids(ConnectionState.PENDING_PAYMENT);
        List<String> provisioning = ids(ConnectionState.PROVISIONING);

        assertThat(client.connections().get(toPay.id()).providerState().value()).isEqualTo("TOPAY");
        assertThat(paying).containsExactly(toPay.id());
        assertThat(provisioning).isEmpty();
        assertThat(sentStates()).containsExactly("PENDINGPAY", "BUILDING", "PAID")
                .doesNotContain("TOPAY", "ALLOCATED", "DELETING");
        assertThat(ids(ConnectionState.PENDING_APPROVAL)).containsExactly(pending.id());
    }

    @Test
    void aStateWithoutAFilterableSpellingIsFilteredLocally() {
        start(new TencentEmulator(EmulatorOptions.defaults()));
        Connection line = client.connections().create(TencentRequests.line("deleting"));
        emulator.operator().setRawState(io.dclink.lifecycle.ResourceType.CONNECTION, line.id(), "DELETING");
        client.connections().create(TencentRequests.line("other"));

        assertThat(ids(ConnectionState.DELETING)).containsExactly(line.id());
        assertThat(ids(ConnectionState.DELETING, ConnectionState.PENDING_APPROVAL)).hasSize(2);
        assertThat(sentStates()).isEmpty();
    }
}
