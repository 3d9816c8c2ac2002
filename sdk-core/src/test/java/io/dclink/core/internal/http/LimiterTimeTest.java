package io.dclink.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.core.testserver.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rate limiter's time follows real time, and a test's clock where that moves further. */
class LimiterTimeTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T00:00:00Z"));
    private final LimiterTime time = new LimiterTime(clock);

    @Test
    void aClockMovedForwardMovesItAsFar() {
        long before = time.getAsLong();

        clock.advance(Duration.ofHours(1));

        assertThat(time.getAsLong() - before).isGreaterThanOrEqualTo(Duration.ofHours(1).toNanos());
    }

    /** With the larger of the two since the start, a clock moved once froze it until real time caught up. */
    @Test
    void afterAClockMovedForwardItGoesOnWithRealTime() throws InterruptedException {
        clock.advance(Duration.ofMinutes(31));
        long jumped = time.getAsLong();

        Thread.sleep(5);

        assertThat(time.getAsLong()).isGreaterThan(jumped);
    }
}
