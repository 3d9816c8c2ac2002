package io.dclink.core.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.AccessPoints;
import io.dclink.Capability;
import io.dclink.Connections;
import io.dclink.DirectConnect;
import io.dclink.Gateways;
import io.dclink.Loas;
import io.dclink.ProviderInfo;
import io.dclink.Routes;
import io.dclink.VirtualInterfaces;
import io.dclink.auth.Credentials;
import io.dclink.core.testplugin.AlphaStore;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.PairCheckpoint;
import io.dclink.pair.PairPlan;
import io.dclink.pair.PairRequest;
import io.dclink.pair.PairWaitSpec;
import io.dclink.pair.RedundantPairs;
import io.dclink.pair.Resilience;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A provider whose plugin declares no pairs refuses every pair call locally; a client another runtime built is refused. */
class PairOrdersOnOtherClientsTest {

    @Test
    void aProviderWithoutPairingRulesLacksTheCapabilityAndRefusesEveryCallBeforeAnyRequest() {
        AlphaStore store = AlphaStore.create();
        try (DirectConnect client = DirectConnect.builder().provider("alpha").region("r1")
                .credentials(Credentials.accessKey("id", "secret")).property("store", store.id).build()) {
            RedundantPairs pairs = RedundantPairs.of(client);
            PairRequest request = PairRequest.builder().resilience(Resilience.TWO_ACCESS_POINTS)
                    .line(CreateConnectionRequest.builder().name("n").build()).build();
            PairCheckpoint checkpoint = new PairCheckpoint("alpha", "r1", "k", new PairPlan(Resilience.TWO_ACCESS_POINTS,
                    "r1", List.of("a", "b"), null), request.line(), "c1", null);

            assertThat(client.provider().capabilities()).doesNotContain(Capability.REDUNDANT_PAIR,
                    Capability.CONNECTION_REDUNDANT_ORDER);
            assertThat(pairs.rules().supported()).isFalse();
            for (Runnable call : List.<Runnable>of(() -> pairs.plan(request), () -> pairs.create(request),
                    () -> pairs.get(checkpoint), () -> pairs.waitAsync(checkpoint, PairWaitSpec.untilActive()))) {
                assertThatThrownBy(call::run).isInstanceOfSatisfying(UnsupportedCapabilityException.class,
                        e -> assertThat(e.capability()).isEqualTo(Capability.REDUNDANT_PAIR));
            }
            assertThat(store.calls("connections.create") + store.calls("connections.get")).isZero();
        }
    }

    @Test
    void aClientTheRuntimeDidNotBuildIsRefused() {
        DirectConnect foreign = new DirectConnect() {
            @Override
            public ProviderInfo provider() {
                return null;
            }

            @Override
            public Optional<String> region() {
                return Optional.empty();
            }

            @Override
            public AccessPoints accessPoints() {
                return null;
            }

            @Override
            public Connections connections() {
                return null;
            }

            @Override
            public Loas loas() {
                return null;
            }

            @Override
            public Gateways gateways() {
                return null;
            }

            @Override
            public VirtualInterfaces virtualInterfaces() {
                return null;
            }

            @Override
            public Routes routes() {
                return null;
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> RedundantPairs.of(foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("built with dclink's runtime");
    }
}
