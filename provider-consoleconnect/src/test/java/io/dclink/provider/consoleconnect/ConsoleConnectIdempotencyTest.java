package io.dclink.provider.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.lifecycle.ResourceType;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.VirtualInterface;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Creates are not idempotent on Console Connect (two {@code PUT}s, two connections) and take no token
 * or tag: a keyed create is looked for — by name, source port, destination company and speed —
 * before it orders, and after an answer that was lost or cannot be read, so nothing is ever ordered
 * twice.
 */
class ConsoleConnectIdempotencyTest extends EmulatedConsoleConnect {

    @Test
    void aKeyedCreateRepeatedThreeTimesMakesOneConnection() {
        CreateVirtualInterfaceRequest request = Orders.toAcme("order-42", port("HKG-MEGA-I"), 200, 1500)
                .idempotencyKey("order-42").build();

        VirtualInterface first = client.virtualInterfaces().create(request);
        VirtualInterface second = client.virtualInterfaces().create(request);
        VirtualInterface third = client.virtualInterfaces().create(request);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(third.id()).isEqualTo(first.id());
        assertThat(count("createLayer2Connection")).isEqualTo(1);
        assertThat(emulator.operator().count(ResourceType.VIRTUAL_INTERFACE)).isEqualTo(1);
    }

    @Test
    void aCreateWhoseAnswerIsLostAfterItTookEffectIsFoundNotOrderedAgain() {
        emulator.faults().reset("createLayer2Connection", true, 1);

        VirtualInterface created = client.virtualInterfaces().create(Orders.toAcme("lost", port("HKG-MEGA-I"), 100, 1501)
                .build());

        assertThat(created.name()).isEqualTo("lost");
        assertThat(count("createLayer2Connection")).isEqualTo(1);
        assertThat(emulator.operator().count(ResourceType.VIRTUAL_INTERFACE)).isEqualTo(1);
    }

    @Test
    void aCreateLostBeforeItArrivedIsOrderedOnceAfterTheSearchFindsNothing() {
        emulator.faults().reset("createLayer2Connection", false, 1);

        VirtualInterface created = client.virtualInterfaces().create(Orders.toAcme("lost-early", port("HKG-MEGA-I"), 100,
                1502).idempotencyKey("early-1").build());

        assertThat(created.name()).isEqualTo("lost-early");
        assertThat(count("createLayer2Connection")).isEqualTo(2);
        assertThat(emulator.operator().count(ResourceType.VIRTUAL_INTERFACE)).isEqualTo(1);
    }

    @Test
    void aCreateWhoseAnswerCannotBeReadIsFoundNotOrderedAgain() {
        emulator.faults().rewrite("createLayer2Connection", (request, answer) -> json(200, "{\"id\": 42}"), 1);

        VirtualInterface created = client.virtualInterfaces().create(Orders.toAcme("unreadable", port("HKG-MEGA-I"), 100,
                1503).build());

        assertThat(created.name()).isEqualTo("unreadable");
        assertThat(count("createLayer2Connection")).isEqualTo(1);
        assertThat(emulator.operator().count(ResourceType.VIRTUAL_INTERFACE)).isEqualTo(1);
    }

    @Test
    void onlyALiveConnectionOfTheSameOrderCountsAsOrdered() {
        String portId = port("HKG-MEGA-I");
        CreateVirtualInterfaceRequest request = Orders.toAcme("again", portId, 100, 1504).idempotencyKey("k-1").build();
        VirtualInterface first = client.virtualInterfaces().create(request);
        client.virtualInterfaces().delete(first.id());
        emulator.clock().advance(Duration.ofMinutes(1));

        VirtualInterface afterDeletion = client.virtualInterfaces().create(request);
        VirtualInterface faster = client.virtualInterfaces().create(request.toBuilder().bandwidthMbps(200).vlan(1505)
                .idempotencyKey("k-2").build());

        assertThat(afterDeletion.id()).isNotEqualTo(first.id());
        assertThat(faster.id()).isNotIn(first.id(), afterDeletion.id());
        assertThat(count("createLayer2Connection")).isEqualTo(3);
    }

    @Test
    void aDeleteWhoseAnswerIsLostIsDoneNotRefused() {
        String id = client.virtualInterfaces().create(Orders.toAcme("gone", port("HKG-MEGA-I"), 100, 1506).build()).id();
        emulator.faults().reset("deleteConnection", true, 1);

        client.virtualInterfaces().delete(id);

        assertThat(emulator.requests().of("deleteConnection")).extracting(r -> r.status()).hasSize(2).last()
                .isEqualTo(400);
        assertThat(client.virtualInterfaces().get(id).providerState().value()).isEqualTo("DELETING");
        client.virtualInterfaces().delete(id);
        assertThat(count("deleteConnection")).as("a delete under way is not sent again").isEqualTo(2);
    }
}
