package io.dclink.temporal;

import java.time.Duration;

/** How long a workflow waits before reading again what nobody has changed: twice as long each time, up to a bound. */
final class Pace {

    private Pace() {
    }

    static Duration doubled(Duration pause, Duration longest) {
        Duration next = pause.multipliedBy(2);
        return next.compareTo(longest) > 0 ? longest : next;
    }
}
