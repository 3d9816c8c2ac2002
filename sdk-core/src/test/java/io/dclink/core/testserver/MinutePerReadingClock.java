package io.dclink.core.testserver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves a minute each time it is read, so a deadline falls due after a known number of readings. */
public final class MinutePerReadingClock extends Clock {

    private Instant now;

    public MinutePerReadingClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(Duration.ofMinutes(1));
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
