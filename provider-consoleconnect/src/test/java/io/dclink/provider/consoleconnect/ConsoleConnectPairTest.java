package io.dclink.provider.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dclink.Capability;
import io.dclink.error.UnsupportedCapabilityException;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.pair.PairCheckpoint;
import io.dclink.pair.PairRequest;
import io.dclink.pair.PairWaitSpec;
import io.dclink.pair.RedundantPairs;
import io.dclink.pair.Resilience;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Console Connect declares the redundant pairs it lacks: its ports are ordered by an administrator,
 * so every pair call is refused with the reason before anything is sent.
 */
class ConsoleConnectPairTest extends EmulatedConsoleConnect {

    private static final PairRequest PAIR = PairRequest.builder().resilience(Resilience.TWO_ACCESS_POINTS)
            .line(CreateConnectionRequest.builder().name("cc-pair").bandwidthMbps(1000).build()).build();
    private static final String CHECKPOINT = "dclink-pair-checkpoint/1\nprovider=consoleconnect\nkey=k\n"
            + "resilience=TWO_ACCESS_POINTS\nmetro=HK\naccessPoint=a\naccessPoint=b\nfirst=x\nline.name=cc\n";

    @Test
    void everyPairCallIsRefusedWithTheReasonAndNothingIsSent() {
        RedundantPairs pairs = RedundantPairs.of(client);
        int before = emulator.requests().all().size();

        assertThat(client.provider().capabilities()).doesNotContain(Capability.REDUNDANT_PAIR,
                Capability.CONNECTION_REDUNDANT_ORDER);
        assertThat(pairs.rules().supported()).isFalse();
        List<Consumer<RedundantPairs>> calls = List.of(p -> p.plan(PAIR), p -> p.create(PAIR),
                p -> p.get(CHECKPOINT), p -> p.waitAsync(PairCheckpoint.decode(CHECKPOINT), PairWaitSpec.untilActive()));
        for (Consumer<RedundantPairs> call : calls) {
            UnsupportedCapabilityException refused = catchThrowableOfType(UnsupportedCapabilityException.class,
                    () -> call.accept(pairs));
            assertThat(refused.capability()).isEqualTo(Capability.REDUNDANT_PAIR);
            assertThat(refused.getMessage()).contains("consoleconnect", "ordered by an administrator");
        }
        assertThat(emulator.requests().all()).hasSize(before);
    }
}
