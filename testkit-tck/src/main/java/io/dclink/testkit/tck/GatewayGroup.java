package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.Capability;
import io.dclink.DirectConnect;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Gateways: created, read, listed and deleted. */
public interface GatewayGroup extends KitGroup {

    /** Checks that gateways are created, read, listed and deleted. */
    @Test
    @DisplayName("are created, read, listed and deleted")
    default void gatewayLifecycle() {
        KitFixture kit = kit();
        if (!kit.declares(Capability.GATEWAY_CREATE, Capability.GATEWAY_GET, Capability.GATEWAY_LIST)) {
            return;
        }
        DirectConnect client = kit.client();
        Gateway created = client.gateways().create(kit.gatewayRequest("tck-gw"));

        assertThat(created.state()).isIn(GatewayState.PENDING, GatewayState.ACTIVE);
        assertThat(client.gateways().get(created.id()).id()).isEqualTo(created.id());
        assertThat(client.gateways().list(GatewayQuery.all()).stream().map(Gateway::id)).contains(created.id());

        if (kit.supports(Capability.GATEWAY_DELETE)) {
            if (client.gateways().get(created.id()).state() == GatewayState.PENDING) {
                kit.emulator().operator().advance(ResourceType.GATEWAY, created.id());
            }
            client.gateways().delete(created.id());
            assertThat(client.gateways().list(GatewayQuery.all()).stream()
                    .filter(g -> g.id().equals(created.id()) && g.state() != GatewayState.DELETED
                            && g.state() != GatewayState.DELETING))
                    .isEmpty();
        }
    }
}
