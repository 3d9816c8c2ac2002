package io.dclink.core.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The time the rate limiter spaces permits by, in nanoseconds: between two readings it moves by
 * the larger of what {@link System#nanoTime()} and the client's clock moved. With the system clock
 * that is real time; a clock a test holds still leaves it on real time, and one a test moves
 * forward (emulated hours of waits, a provider's working days) moves it as far.
 */
final class LimiterTime implements LongSupplier {

    private final Clock clock;
    private long lastNanoTime;
    private Instant lastInstant;
    private long now;

    LimiterTime(Clock clock) {
        this.clock = clock;
        this.lastNanoTime = System.nanoTime();
        this.lastInstant = clock.instant();
    }

    @Override
    public synchronized long getAsLong() {
        long nanoTime = System.nanoTime();
        Instant instant = clock.instant();
        long clockMoved = Duration.between(lastInstant, instant).toNanos();
        now += Math.max(nanoTime - lastNanoTime, Math.max(0, clockMoved));
        lastNanoTime = nanoTime;
        lastInstant = instant;
        return now;
    }
}
