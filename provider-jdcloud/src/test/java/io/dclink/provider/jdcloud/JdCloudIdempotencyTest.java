package io.dclink.provider.jdcloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.Gateway;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import org.junit.jupiter.api.Test;

/**
 * JD Cloud takes no client token: a create is found again by its name and the idempotency mark in
 * its description, so a repeated call or a lost answer never orders twice.
 */
class JdCloudIdempotencyTest extends EmulatedJdCloud {

    @Test
    void theSameCallersKeyTwiceOrdersOneLineAndAChangeKeepsTheKey() {
        var request = JdRequests.line("order-42").toBuilder().description("primary").idempotencyKey("order-42").build();

        Connection first = client.connections().create(request);
        client.connections().update(first.id(), UpdateConnectionRequest.builder().description("primary line").build());
        Connection again = client.connections().create(request);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.attributes()).containsEntry("description", "primary line");
        assertThat(emulator.requests().count("createConnection")).isEqualTo(1);
    }

    @Test
    void aGatewayWhoseAnswerIsLostIsFoundWithItsAttachment() {
        String vpc = VpcDirectory.vpcId(emulator, "default-vpc");
        emulator.faults().reset("createBgw", true, 1);

        Gateway gateway = client.gateways().create(CreateGatewayRequest.builder().name("lost-gw").networkId(vpc).build());

        assertThat(emulator.operator().count(ResourceType.GATEWAY)).isEqualTo(1);
        assertThat(gateway.networkId()).isEqualTo(vpc);
        assertThat(emulator.requests().count("createVpcAttachment")).isEqualTo(1);
    }

    @Test
    void aVifWhoseAnswerIsLostIsFoundOnItsLine() {
        Connection line = activeLine("vif-line");
        String gateway = client.gateways().create(JdRequests.gateway("vif-gw")).id();
        emulator.faults().reset("createPrivateVif", true, 1);

        VirtualInterface vif = client.virtualInterfaces().create(JdRequests.vif(line.id(), gateway, 222));

        assertThat(emulator.operator().count(ResourceType.VIRTUAL_INTERFACE)).isEqualTo(1);
        assertThat(vif.vlan()).isEqualTo(222);
    }
}
