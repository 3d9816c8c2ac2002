package io.dclink.provider.consoleconnect;

import static io.dclink.provider.consoleconnect.Steps.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.UpdateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.HandOffAttributes;
import io.dclink.testkit.consoleconnect.ConsoleConnectEmulator;
import io.dclink.testkit.consoleconnect.HandOff;
import io.dclink.testkit.emulator.EmulatorOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "done when", through the public API only: a business-to-business Layer 2 connection
 * ordered from an emulated port, followed through the destination's acceptance to {@code ACTIVE},
 * renamed and deleted to {@code DELETED}, asserting the neutral state and required action at every
 * step — once for each spelling of the status a connection waits for its destination in. Then a
 * cloud landing waiting for support, and a connection another company asks you to accept. The
 * emulator's operator plays the destination company and Console Connect's support.
 */
class ConsoleConnectFlowTest extends EmulatedConsoleConnect {

    @ParameterizedTest(name = "waiting in {0}")
    @ValueSource(strings = {"PENDING", "PENDING_ACCEPTANCE"})
    void aB2bConnectionFromOrderToDeleted(String awaiting) {
        use(ConsoleConnectEmulator.awaitingAcceptanceIn(EmulatorOptions.defaults(), awaiting));
        String portId = port("HKG-MEGA-I");

        VirtualInterface ordered = client.virtualInterfaces().create(Orders.toAcme("to-acme", portId, 500, 1200).build());
        step(ordered, VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER, "CREATING");
        assertThat(ordered.connectionId()).isEqualTo(portId);
        assertThat(ordered.ownerAccount()).isEqualTo(ConsoleConnectEmulator.B2B_COMPANY);
        assertThat(ordered.bandwidthMbps()).isEqualTo(500);
        String id = ordered.id();
        step(client.virtualInterfaces().get(id), VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER, "CREATING");

        VirtualInterface waiting = client.virtualInterfaces().get(id);
        step(waiting, VirtualInterfaceState.PENDING_ACCEPTANCE, RequiredAction.WAIT_FOR_PARTNER, awaiting);
        assertThat(waiting.providerState().details()).containsEntry("isReceiver", "false");
        assertThat(waiting.vlan()).isEqualTo(1200);
        emulator.clock().advance(Duration.ofDays(30));
        step(client.virtualInterfaces().get(id), VirtualInterfaceState.PENDING_ACCEPTANCE, RequiredAction.WAIT_FOR_PARTNER,
                awaiting);

        emulator.operator().accept(id);
        step(client.virtualInterfaces().get(id), VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER, "ACCEPTED");
        emulator.clock().advance(Duration.ofMinutes(1));
        step(client.virtualInterfaces().get(id), VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER, "ACTIVATING");
        emulator.clock().advance(Duration.ofMinutes(2));
        VirtualInterface active = client.virtualInterfaces().get(id);
        step(active, VirtualInterfaceState.ACTIVE, RequiredAction.NONE, "ACTIVE");
        assertThat(active.operationalStatus()).isEqualTo(OperationalStatus.UP);
        assertThat(active.gatewayId()).as("Console Connect has no gateways").isNull();
        assertThat(active.attributes()).containsEntry("destPortId", Orders.ACME_HONG_KONG_PORT);
        assertThat(active.attributes()).containsEntry("destMetroId", Orders.HONG_KONG).containsEntry("destCompany",
                ConsoleConnectEmulator.B2B_COMPANY);

        VirtualInterface renamed = client.virtualInterfaces().update(id, UpdateVirtualInterfaceRequest.builder()
                .name("to-acme, renamed").build());
        assertThat(renamed.name()).isEqualTo("to-acme, renamed");
        step(renamed, VirtualInterfaceState.ACTIVE, RequiredAction.NONE, "ACTIVE");
        assertThat(emulator.requests().of("updateConnection").get(0).request().method()).isEqualTo("POST");

        client.virtualInterfaces().delete(id);
        step(client.virtualInterfaces().get(id), VirtualInterfaceState.DELETING, RequiredAction.WAIT_FOR_PROVIDER, "DELETING");
        emulator.clock().advance(Duration.ofMinutes(1));
        VirtualInterface deleted = client.virtualInterfaces().get(id);
        step(deleted, VirtualInterfaceState.DELETED, RequiredAction.NONE, "DELETED");
        assertThat(deleted.attributes()).containsEntry("deleted", "true");
        assertThat(count("createLayer2Connection")).isEqualTo(1);
        assertThat(count("deleteConnection")).isEqualTo(1);
    }

    @Test
    void aCloudLandingWaitsForSupportAndShowsTheValuesItHandsOver() {
        emulator.exposeHandOff(true);
        String portId = port("HKG-MEGA-I");

        VirtualInterface ordered = client.virtualInterfaces().create(Orders.toTencent("to-tencent", portId).build());
        step(ordered, VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER, "CREATING");
        assertThat(emulator.requests().of("createLayer2Connection").get(0).request().bodyText())
                .contains("\"destCompany\":\"tencent-cloud\"", "\"destMetroId\":\"" + Orders.HONG_KONG + "\"",
                        "\"destDcf\":\"" + Orders.MEGA_I + "\"", "\"srcVlanRequest\":300", "\"type\":\"LAYER2\"");
        step(client.virtualInterfaces().get(ordered.id()), VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER,
                "CREATING");
        step(client.virtualInterfaces().get(ordered.id()), VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER,
                "MANUAL");
        emulator.clock().advance(Duration.ofDays(10));
        step(client.virtualInterfaces().get(ordered.id()), VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER,
                "MANUAL");

        emulator.operator().completeManual(ordered.id(), new HandOff("200000000777", "dc-handoff1", 2345));
        step(client.virtualInterfaces().get(ordered.id()), VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER,
                "ACTIVATING");
        emulator.clock().advance(Duration.ofMinutes(2));
        VirtualInterface active = client.virtualInterfaces().get(ordered.id());
        step(active, VirtualInterfaceState.ACTIVE, RequiredAction.NONE, "ACTIVE");
        assertThat(active.attributes()).containsEntry("partner.account", "200000000777")
                .containsEntry("partner.connectionId", "dc-handoff1").containsEntry("destTag", "2345");
    }

    @Test
    void theDescriptorDeclaresTheAttributesThatShowTheHandOffOnlyWhereTheApiShowsIt() {
        HandOffAttributes declared = new ConsoleConnectProvider().descriptor().handOff().orElseThrow();
        String portId = port("HKG-MEGA-I");
        String shown = client.virtualInterfaces().create(Orders.toTencent("shown", portId).build()).id();
        String mailed = client.virtualInterfaces().create(Orders.toTencent("mailed", portId).vlan(301).build()).id();
        client.virtualInterfaces().list(VirtualInterfaceQuery.all()).stream().count(); // shows CREATING
        client.virtualInterfaces().list(VirtualInterfaceQuery.all()).stream().count(); // both in MANUAL now

        emulator.operator().completeManual(shown, new HandOff("200000000777", "dc-handoff1", 2345));
        emulator.operator().completeManual(mailed, new HandOff("200000000777", "dc-handoff1", 2346));
        emulator.clock().advance(Duration.ofMinutes(2));
        VirtualInterface withoutHandOff = client.virtualInterfaces().get(mailed);
        emulator.exposeHandOff(true);
        VirtualInterface withHandOff = client.virtualInterfaces().get(shown);

        assertThat(withHandOff.attributes()).containsEntry(declared.providerAccount(), "200000000777")
                .containsEntry(declared.sharedConnectionId(), "dc-handoff1").containsEntry(declared.vlan(), "2345");
        assertThat(withoutHandOff.attributes()).doesNotContainKeys(declared.providerAccount(),
                declared.sharedConnectionId(), declared.vlan());
    }

    @Test
    void aConnectionAnotherCompanyOrdersToYourPortAsksYouToAccept() {
        String portId = port("HKG-HK1");
        String foreign = emulator.operator().requestForeignVirtualInterface(portId);

        VirtualInterface received = client.virtualInterfaces().get(foreign);
        step(received, VirtualInterfaceState.PENDING_ACCEPTANCE, RequiredAction.ACCEPT, "PENDING");
        assertThat(received.connectionId()).isEqualTo(portId);
        assertThat(received.ownerAccount()).isEqualTo(ConsoleConnectEmulator.B2B_COMPANY);
        assertThat(client.virtualInterfaces().list(VirtualInterfaceQuery.builder().connectionId(portId).build()).stream())
                .extracting(VirtualInterface::id).containsExactly(foreign);

        emulator.operator().accept(foreign);
        step(client.virtualInterfaces().get(foreign), VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER,
                "ACCEPTED");
    }

    @Test
    void supportsErrorIsFailedWithItsReasonAndADenialIsRejected() {
        String portId = port("HKG-MEGA-I");
        String failing = client.virtualInterfaces().create(Orders.toAcme("failing", portId, 100, 1300).build()).id();
        String denied = client.virtualInterfaces().create(Orders.toAcme("denied", portId, 100, 1301).build()).id();
        client.virtualInterfaces().list(VirtualInterfaceQuery.all()).stream().count(); // shows CREATING
        client.virtualInterfaces().list(VirtualInterfaceQuery.all()).stream().count(); // both wait for acme now

        emulator.operator().fail(failing, "VLAN 1300 clashes on the destination");
        emulator.operator().deny(denied, "not our customer");

        VirtualInterface failed = client.virtualInterfaces().get(failing);
        step(failed, VirtualInterfaceState.FAILED, RequiredAction.CONTACT_PROVIDER, "ERROR");
        assertThat(failed.attributes()).containsEntry("errorReason", "VLAN 1300 clashes on the destination");
        step(client.virtualInterfaces().get(denied), VirtualInterfaceState.REJECTED, RequiredAction.NONE, "DENIED");
        client.virtualInterfaces().delete(denied);
        step(client.virtualInterfaces().get(denied), VirtualInterfaceState.DELETING, RequiredAction.WAIT_FOR_PROVIDER,
                "DELETING");
    }
}
