package io.dclink.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.testkit.emulator.EmulatedOperation;
import io.dclink.testkit.emulator.Emulator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Retries: throttled calls and internal errors of reads are retried until they succeed. */
public interface RetryGroup extends KitGroup {

    /** Checks that throttled calls are retried until they succeed. */
    @Test
    @DisplayName("throttled calls are retried until they succeed")
    default void throttling() {
        KitFixture kit = kit();
        Emulator emulator = kit.emulator();
        String describe = kit.operation(EmulatedOperation.DESCRIBE_CONNECTIONS);
        emulator.faults().throttle(describe, 2);

        kit.client().connections().list().stream().count();

        assertThat(emulator.requests().count(describe)).isEqualTo(3);
        assertThat(emulator.requests().of(describe)).filteredOn(r -> r.fault() != null).hasSize(2);
    }

    /** Checks that internal errors of reads are retried. */
    @Test
    @DisplayName("internal errors of reads are retried")
    default void serverErrors() {
        KitFixture kit = kit();
        String describe = kit.operation(EmulatedOperation.DESCRIBE_CONNECTIONS);
        kit.emulator().faults().serverError(describe, 503, 1);

        kit.client().connections().list().stream().count();

        assertThat(kit.emulator().requests().count(describe)).isEqualTo(2);
    }
}
