package io.dclink.provider.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.DirectConnect;
import io.dclink.RateLimitOptions;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.Connection;
import io.dclink.model.Gateway;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.tencent.TencentEmulator;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tencent takes no client token: a create whose answer is lost is found again by the idempotency
 * tag, never ordered twice. Lines and tunnels carry their tags in TagSet; DC gateways have none in
 * the VPC API, so a gateway is found through the tag service (DescribeResourcesByTags).
 */
class TencentIdempotencyTest {

    private TencentEmulator emulator;
    private DirectConnect client;

    @BeforeEach
    void start() {
        emulator = new TencentEmulator(EmulatorOptions.defaults());
        emulator.start();
        // the runtime looks for a create of unknown outcome for the idempotency window: briefly here
        client = DirectConnect.builder().provider("tencent").region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(emulator.baseUri())
                .idempotencyWindow(Duration.ofMillis(500)).build();
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    @Test
    void aGatewayWhoseAnswerIsLostIsFoundThroughTheTagServiceAndNotCreatedTwice() {
        emulator.faults().reset("CreateDirectConnectGateway", true, 1);

        Gateway created = client.gateways().create(TencentRequests.gateway("gw-lost").toBuilder()
                .idempotencyKey("gw-key-1").build());

        assertThat(emulator.operator().count(ResourceType.GATEWAY)).isEqualTo(1);
        assertThat(created.name()).isEqualTo("gw-lost");
        assertThat(emulator.requests().count("DescribeResourcesByTags")).as("the search went through the tag service")
                .isPositive();
        assertThat(emulator.requests().count("CreateDirectConnectGateway")).isEqualTo(1);
    }

    @Test
    void aGatewayWhoseRequestIsLostIsCreatedOnce() {
        emulator.faults().reset("CreateDirectConnectGateway", false, 1);

        client.gateways().create(TencentRequests.gateway("gw-retried").toBuilder().idempotencyKey("gw-key-2").build());

        assertThat(emulator.operator().count(ResourceType.GATEWAY)).isEqualTo(1);
    }

    @Test
    void aTunnelWhoseAnswerIsLostIsFoundByItsTagSet() {
        Connection line = client.connections().create(TencentRequests.line("idem-line"));
        emulator.operator().approve(line.id());
        emulator.operator().markPaid(line.id());
        emulator.operator().completeConstruction(line.id());
        Gateway gateway = client.gateways().create(TencentRequests.gateway("idem-gw"));
        emulator.faults().reset("CreateDirectConnectTunnel", true, 1);

        VirtualInterface tunnel = client.virtualInterfaces().create(TencentRequests.staticTunnel(line.id(), gateway.id(), 42)
                .toBuilder().idempotencyKey("tunnel-key-1").build());

        assertThat(emulator.operator().count(ResourceType.VIRTUAL_INTERFACE)).isEqualTo(1);
        assertThat(tunnel.vlan()).isEqualTo(42);
    }

    @Test
    void theSearchForALostLineReadsEveryPageOfTheLinesWithItsName() {
        try (DirectConnect fast = DirectConnect.builder().provider("tencent").region(emulator.region())
                .credentials(emulator.testCredentials()).endpoint(emulator.baseUri())
                .rateLimit(new RateLimitOptions(10_000)).build()) {
            for (int i = 0; i < TencentApi.LIMIT + 1; i++) {
                fast.connections().create(TencentRequests.line("busy-name"));
            }
        }
        emulator.faults().reset("CreateDirectConnect", true, 1);

        Connection created = client.connections().create(TencentRequests.line("busy-name").toBuilder()
                .idempotencyKey("line-key-102").build());

        assertThat(emulator.operator().count(ResourceType.CONNECTION)).isEqualTo(TencentApi.LIMIT + 2);
        assertThat(created.tags()).containsEntry(IdempotencyTag.KEY, "line-key-102");
    }
}
