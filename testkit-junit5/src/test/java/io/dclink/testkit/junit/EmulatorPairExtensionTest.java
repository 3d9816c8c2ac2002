package io.dclink.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.testkit.emulator.Emulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@EmulatedPair(partner = "toy", cloud = "toy")
class EmulatorPairExtensionTest {

    private static final List<EmulatorPair> SEEN = new ArrayList<>();

    @Test
    void aTestGetsTwoStartedEmulatorsEachWithItsOwnClient(EmulatorPair pair) {
        SEEN.add(pair);
        Connection atPartner = pair.partner().connections().create(CreateConnectionRequest.builder().name("p-line")
                .accessPointId("ap-toy-1").build());
        pair.partnerEmulator(Emulator.class).operator().approve(atPartner.id());
        pair.partner().connections().waitUntil(atPartner.id(), ConnectionState.PENDING_PAYMENT, Duration.ofMinutes(1));

        assertThat(pair.partnerEmulator(Emulator.class)).isNotSameAs(pair.cloudEmulator(Emulator.class));
        assertThat(pair.cloud().connections().list().stream().count()).as("the cloud's emulator is another one").isZero();
        assertThat(pair.partnerEvents()).extracting(e -> e.resourceId()).containsOnly(atPartner.id());
        assertThat(pair.cloudEvents()).isEmpty();
    }

    @Test
    void bothClocksMoveTogether(EmulatorPair pair) {
        SEEN.add(pair);
        Instant partnerBefore = pair.partnerEmulator(Emulator.class).clock().instant();
        Instant cloudBefore = pair.cloudEmulator(Emulator.class).clock().instant();

        pair.advanceClocks(Duration.ofDays(2));

        assertThat(Duration.between(partnerBefore, pair.partnerEmulator(Emulator.class).clock().instant()))
                .isEqualTo(Duration.ofDays(2));
        assertThat(Duration.between(cloudBefore, pair.cloudEmulator(Emulator.class).clock().instant()))
                .isEqualTo(Duration.ofDays(2));
    }

    @AfterAll
    static void everyEmulatorWasClosed() {
        assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
        for (EmulatorPair pair : SEEN) {
            assertThatThrownBy(() -> pair.partnerEmulator(Emulator.class).baseUri()).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> pair.cloudEmulator(Emulator.class).baseUri()).isInstanceOf(IllegalStateException.class);
        }
    }
}
