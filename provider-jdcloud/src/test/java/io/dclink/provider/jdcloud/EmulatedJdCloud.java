package io.dclink.provider.jdcloud;

import io.dclink.DirectConnect;
import io.dclink.DirectConnectBuilder;
import io.dclink.RateLimitOptions;
import io.dclink.RetryOptions;
import io.dclink.auth.Credentials;
import io.dclink.model.Connection;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.testkit.emulator.EmulatorOptions;
import io.dclink.testkit.jdcloud.JdCloudEmulator;
import io.dclink.testkit.walk.LifecycleWalker;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh JD Cloud emulator on loopback for each test, and a client of it built through the public
 * API ({@code DirectConnect.builder().provider("jdcloud")}), with the emulator's clock and quick retries.
 */
abstract class EmulatedJdCloud {

    protected JdCloudEmulator emulator;
    protected DirectConnect client;

    @BeforeEach
    final void startEmulator() {
        emulator = new JdCloudEmulator(EmulatorOptions.defaults());
        emulator.start();
        client = builder(emulator.testCredentials()).build();
    }

    @AfterEach
    final void stopEmulator() {
        if (client != null) {
            client.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    /** A client builder pointed at the emulator. */
    protected DirectConnectBuilder builder(Credentials credentials) {
        return DirectConnect.builder().provider("jdcloud").region(emulator.region()).credentials(credentials)
                .endpoint(emulator.baseUri()).clock(emulator.clock())
                .retry(new RetryOptions(4, Duration.ofMillis(1), Duration.ofMillis(20)))
                .rateLimit(new RateLimitOptions(10_000)).idempotencyWindow(Duration.ofMillis(300));
    }

    /** How many requests the emulator has received. */
    protected int sent() {
        return emulator.requests().size();
    }

    /** A walker playing both sides: JD Cloud's people through the operator, the customer through the API. */
    protected LifecycleWalker walker() {
        return new LifecycleWalker(client, emulator.operator(), null, null, UpdateConnectionRequest.builder().build(),
                PaymentOptions.defaults());
    }

    /** A self-service line walked to ACTIVE. */
    protected Connection activeLine(String name) {
        Connection line = client.connections().create(JdRequests.line(name));
        walker().connectionToActive(line.id());
        return client.connections().get(line.id());
    }

    /** A VIF on an active line, on a new gateway, walked to ACTIVE. */
    protected VirtualInterface activeVif(Connection line, String gatewayId, int vlan) {
        VirtualInterface vif = client.virtualInterfaces().create(JdRequests.vif(line.id(), gatewayId, vlan));
        walker().virtualInterfaceToActive(vif.id());
        return client.virtualInterfaces().get(vif.id());
    }
}
