package io.dclink.testkit.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.lifecycle.ResourceType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Business-to-business Layer 2 connections: the destination company accepts or denies, the
 * emulated clock activates, and the customer renames, disables and deletes.
 */
class ConsoleConnectB2bLifecycleTest extends ConsoleConnectFixture {

    @Test
    void aB2bConnectionWaitsForTheDestinationThenActivatesByTheClock() {
        String id = create(b2bOrder("to-acme", port("HKG-MEGA-I"), 500));

        assertThat(status(id)).isEqualTo("CREATING"); // shown once
        JsonNode pending = connection(id);
        assertThat(pending.path("status").asText()).isEqualTo("PENDING");
        assertThat(pending.path("isCreator").asBoolean()).isTrue();
        assertThat(pending.path("isReceiver").asBoolean()).isFalse();
        assertThat(pending.path("request").path("destApproval").isNull()).isTrue();
        advanceClock(Duration.ofDays(30));
        assertThat(status(id)).as("nobody accepts by the clock").isEqualTo("PENDING");

        operator().accept(id);
        JsonNode accepted = connection(id);
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("request").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("request").path("destApproval").asText()).isEqualTo("5b0c00000000000000000002");

        advanceClock(Duration.ofMinutes(1));
        assertThat(status(id)).isEqualTo("ACTIVATING");
        advanceClock(Duration.ofMinutes(2));
        JsonNode active = connection(id);
        assertThat(active.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(active.path("firstActiveAt").asText()).isEqualTo(active.path("statusChangedAt").asText());
        assertThat(active.path("errorReason").isNull()).isTrue();
    }

    @Test
    void theOperatorsAdvanceWalksItAsTheDestinationAndConsoleConnect() {
        String id = create(b2bOrder("walked", port("HKG-MEGA-I"), 100));

        operator().advance(ResourceType.VIRTUAL_INTERFACE, id);
        assertThat(status(id)).isEqualTo("PENDING");
        operator().advance(ResourceType.VIRTUAL_INTERFACE, id);
        assertThat(status(id)).isEqualTo("ACCEPTED");
        operator().advance(ResourceType.VIRTUAL_INTERFACE, id);
        assertThat(status(id)).isEqualTo("ACTIVATING");
        operator().advance(ResourceType.VIRTUAL_INTERFACE, id);
        assertThat(status(id)).isEqualTo("ACTIVE");
        assertThatThrownBy(() -> operator().advance(ResourceType.VIRTUAL_INTERFACE, id))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ACTIVE");
    }

    @Test
    void aDeniedConnectionReleasesItsCapacity() {
        String portId = port("HKG-HK1");
        String id = create(b2bOrder("denied", portId, 600));
        assertThat(portRecord(portId).path("capacity").path("remaining").asInt()).isEqualTo(400);
        readUntilPending(id);

        operator().reject(id, "not our customer");

        assertThat(status(id)).isEqualTo("DENIED");
        assertThat(connection(id).path("request").path("status").asText()).isEqualTo("DENIED");
        assertThat(portRecord(portId).path("capacity").path("remaining").asInt()).isEqualTo(1_000);
        assertThatThrownBy(() -> operator().accept(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DENIED");
    }

    @Test
    void aConnectionBetweenOwnPortsNeedsNoAcceptanceButWaitsInAcceptedForAReadyPort() {
        String ready = port("SIN-SG1");
        String id = create("""
                {"type": "LAYER2", "name": "own", "portId": "%s", "speed": 1000,
                 "destCompany": "dclink-test", "destPortId": "%s"}""".formatted(ready, port("HKG-MEGA-I")));
        connection(id);

        assertThat(status(id)).isEqualTo("ACCEPTED");
        advanceClock(Duration.ofDays(2));
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThatThrownBy(() -> operator().advance(ResourceType.VIRTUAL_INTERFACE, id))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("READY");

        operator().completeConstruction(ready);
        advanceClock(Duration.ofMinutes(1));
        assertThat(status(id)).isEqualTo("ACTIVATING");
        assertThat(connection(id).path("isReceiver").asBoolean()).isTrue();
    }

    @Test
    void aConnectionIsRenamedWithPost() {
        String id = create(b2bOrder("old name", port("HKG-MEGA-I"), 100));

        JsonNode renamed = ok(cc.post(COMPANY_V2 + "connections/" + id, "{\"name\": \"new name\"}"));

        assertThat(renamed.path("name").asText()).isEqualTo("new name");
        assertThat(connection(id).path("name").asText()).isEqualTo("new name");
        refused(cc.post(COMPANY_V2 + "connections/" + id, "{\"name\": \"\"}"), 400, "The request/name");
        refused(cc.post(COMPANY_V2 + "connections/" + id, "{\"speed\": 200}"), 400, "The request/speed");
        refused(cc.put(COMPANY_V2 + "connections/" + id, "{\"name\": \"x\"}"), 404, "There is no method to handle PUT");
    }

    @Test
    void aDeleteTakesItThroughDeletingToDeletedWhichStaysReadable() {
        String portId = port("HKG-HK1");
        String id = create(b2bOrder("doomed", portId, 1_000));

        JsonNode deleting = ok(cc.delete(COMPANY_V2 + "connections/" + id));
        assertThat(deleting.path("status").asText()).isEqualTo("DELETING");
        assertThat(portRecord(portId).path("capacity").path("remaining").asInt()).isZero();

        advanceClock(Duration.ofMinutes(1));
        JsonNode deleted = connection(id);
        assertThat(deleted.path("status").asText()).isEqualTo("DELETED");
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(deleted.path("deletedAt").asText()).isEqualTo("2026-11-23T01:01:00.000Z");
        assertThat(portRecord(portId).path("capacity").path("remaining").asInt()).isEqualTo(1_000);
        assertThat(ok(cc.get(COMPANY + "connections")).path("results")).hasSize(1);
        assertThat(ok(cc.get(COMPANY + "connections?deleted=false")).path("results")).isEmpty();
        refused(cc.delete(COMPANY_V2 + "connections/" + id), 400, "DELETED");
        refused(cc.post(COMPANY_V2 + "connections/" + id, "{\"name\": \"late\"}"), 400, "DELETED");
        assertThat(operator().count(ResourceType.VIRTUAL_INTERFACE)).isZero();
    }

    @Test
    void anActiveConnectionIsDisabled() {
        String id = create(b2bOrder("paused", port("HKG-MEGA-I"), 100));
        refused(cc.put(COMPANY + "connections/" + id + "/disable", null), 400, "CREATING");
        walkToActive(id);

        assertThat(ok(cc.put(COMPANY + "connections/" + id + "/disable", null)).path("status").asText())
                .isEqualTo("DISABLING");
        advanceClock(Duration.ofMinutes(1));
        assertThat(status(id)).isEqualTo("DISABLED");
    }

    @Test
    void twoIdenticalCreatesMakeTwoConnections() {
        String body = b2bOrder("same", port("HKG-MEGA-I"), 100);

        String first = create(body);
        String second = create(body);

        assertThat(second).isNotEqualTo(first);
        assertThat(ok(cc.get(COMPANY + "connections")).path("results")).hasSize(2);
        assertThat(operator().count(ResourceType.VIRTUAL_INTERFACE)).isEqualTo(2);
    }

    @Test
    void aFailureShowsItsReasonUntilSupportRepairsIt() {
        String id = create(b2bOrder("flaky", port("HKG-MEGA-I"), 100));
        walkToActive(id);

        operator().fail(id, "VLAN provisioning failed on the destination switch");
        JsonNode failed = connection(id);
        assertThat(failed.path("status").asText()).isEqualTo("ERROR");
        assertThat(failed.path("errorReason").asText()).isEqualTo("VLAN provisioning failed on the destination switch");

        operator().advance(ResourceType.VIRTUAL_INTERFACE, id);
        assertThat(status(id)).isEqualTo("ACTIVATING");
        assertThat(connection(id).path("errorReason").isNull()).isTrue();
    }

    @Test
    void consoleConnectCancelsAConnectionNotYetAccepted() {
        String id = create(b2bOrder("cancelled", port("HKG-MEGA-I"), 100));
        connection(id);

        operator().cancel(id);

        assertThat(status(id)).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> operator().cancel(id)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherCompanysRequestWaitsForTheTestCompany() {
        String portId = port("HKG-MEGA-I");

        String id = operator().requestForeignVirtualInterface(portId);

        JsonNode received = connection(id);
        assertThat(received.path("status").asText()).isEqualTo("PENDING");
        assertThat(received.path("isReceiver").asBoolean()).isTrue();
        assertThat(received.path("isCreator").asBoolean()).isFalse();
        assertThat(received.path("srcCompany").path("username").asText()).isEqualTo("acme-exchange");
        assertThat(received.path("destPortId").asText()).isEqualTo(portId);
        operator().approve(id);
        assertThat(status(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void operatorMistakesNameTheResource() {
        String portId = port("HKG-MEGA-I");
        String id = create(b2bOrder("typed", portId, 100));

        assertThatThrownBy(() -> operator().accept("aaaaaaaaaaaaaaaaaaaaaaa9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aaaaaaaaaaaaaaaaaaaaaaa9");
        assertThatThrownBy(() -> operator().advance(ResourceType.CONNECTION, id))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VIRTUAL_INTERFACE");
        assertThatThrownBy(() -> operator().approve(portId)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> operator().advance(ResourceType.GATEWAY, id)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theOperatorSetsAnyRawStatusAndCounts() {
        String id = create(b2bOrder("raw", port("HKG-MEGA-I"), 100));

        operator().setRawState(ResourceType.VIRTUAL_INTERFACE, id, "PENDING ACCEPTANCE");
        operator().setRawState(ResourceType.CONNECTION, port("HKG-HK1"), "ONBOARDING");

        assertThat(status(id)).isEqualTo("PENDING ACCEPTANCE");
        assertThat(portRecord(port("HKG-HK1")).path("status").asText()).isEqualTo("ONBOARDING");
        assertThat(operator().count(ResourceType.CONNECTION)).isEqualTo(3);
        assertThat(operator().count(ResourceType.ACCESS_POINT)).isEqualTo(3);
        assertThat(operator().count(ResourceType.ROUTE)).isZero();
    }

    /** CREATING is shown once; the next read finds the connection waiting for the destination. */
    private void readUntilPending(String id) {
        assertThat(status(id)).isEqualTo("CREATING");
        assertThat(status(id)).isEqualTo("PENDING");
    }

    private void walkToActive(String id) {
        readUntilPending(id);
        operator().accept(id);
        advanceClock(Duration.ofMinutes(3));
        assertThat(status(id)).isEqualTo("ACTIVE");
    }
}
