package io.dclink.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dclink.DirectConnect;
import io.dclink.error.WaitTimeoutException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.testkit.emulator.Emulator;
import io.dclink.testkit.emulator.Operator;
import io.dclink.wait.WaitResult;
import io.dclink.wait.WaitSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The injected client skips emulated time: its waits jump the emulator's clock to their next poll,
 * running what falls due on the way. The toy emulator reviews an application in two working days.
 * (The timeouts only stop a hang, which is what a wait on a clock standing still did.)
 */
@EmulatedProvider("toy")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TimeSkippingTest {

    private static Connection apply(DirectConnect client, String name) {
        return client.connections().create(CreateConnectionRequest.builder().name(name).accessPointId("ap-toy-1").build());
    }

    @Test
    void aWaitAcrossTwoWorkingDaysOfReviewEndsWhenTheEmulatedReviewDoes(DirectConnect client, Emulator emulator) {
        Instant start = emulator.clock().instant();
        Connection line = apply(client, "skipping");

        WaitResult<Connection> reviewed = client.connections().waitUntil(line.id(),
                WaitSpec.until(ConnectionState.PENDING_PAYMENT).timeout(Duration.ofDays(10)));

        Duration passed = Duration.between(start, emulator.clock().instant());
        assertThat(line.state()).isEqualTo(ConnectionState.PENDING_APPROVAL);
        assertThat(reviewed.resource().state()).isEqualTo(ConnectionState.PENDING_PAYMENT);
        assertThat(passed).as("two working days, and at most a weekend and one poll's backoff more")
                .isGreaterThanOrEqualTo(Duration.ofDays(2)).isLessThan(Duration.ofDays(4).plus(WaitSpec.DEFAULT_MAX_DELAY));
        assertThat(reviewed.elapsed()).as("measured on the emulated clock").isGreaterThanOrEqualTo(Duration.ofDays(2));
        assertThat(reviewed.attempts()).as("the first poll is spread a little (never at once), and the clock jumps to "
                + "the later of it and the review's end: one read, when the review has ended").isEqualTo(1);
    }

    @Test
    void aWaitWhoseTargetNeverComesEndsWithItsTimeoutOnTheEmulatedClock(DirectConnect client, Emulator emulator,
            Operator operator) {
        Connection line = apply(client, "never-paid");
        operator.approve(line.id());
        Instant start = emulator.clock().instant();

        assertThatThrownBy(() -> client.connections().waitUntil(line.id(),
                WaitSpec.until(ConnectionState.ACTIVE).timeout(Duration.ofDays(3))))
                .isInstanceOfSatisfying(WaitTimeoutException.class, timeout -> assertThat(timeout.checkpoint().attempts())
                        .as("a read when the (now idle) review step falls due, then nothing is scheduled and nothing "
                                + "can change: the clock jumps past the deadline").isEqualTo(2));
        assertThat(Duration.between(start, emulator.clock().instant())).isGreaterThanOrEqualTo(Duration.ofDays(3));
        assertThat(client.connections().get(line.id()).state()).isEqualTo(ConnectionState.PENDING_PAYMENT);
    }

    @Test
    void theClockStandsStillUntilTheClientWaits(DirectConnect client, Emulator emulator) {
        Instant start = emulator.clock().instant();
        Connection line = apply(client, "still");

        assertThat(client.connections().get(line.id()).state()).isEqualTo(ConnectionState.PENDING_APPROVAL);
        assertThat(emulator.clock().instant()).isEqualTo(start);
    }
}
