package io.dclink.cli;

import io.dclink.lifecycle.LifecycleState;
import io.dclink.wait.WaitSpec;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of every {@code wait} command. */
final class WaitOptions {

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "1h",
            description = "Give up after this long (e.g. 30m, 2h, 3d or ISO-8601 PT1H; default 1h); exit code 3.")
    Duration timeout;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5s",
            description = "The first pause between reads (e.g. 1s or PT1S; default 5s); it grows up to 5m.")
    Duration interval;

    <S extends Enum<S> & LifecycleState> WaitSpec<S> spec(WaitSpec<S> until, Progress progress) {
        if (timeout.isNegative() || timeout.isZero() || interval.isNegative() || interval.isZero()) {
            throw new UsageException("--timeout and --interval must be positive durations, were " + timeout + " and "
                    + interval);
        }
        Duration longest = interval.compareTo(WaitSpec.DEFAULT_MAX_DELAY) > 0 ? interval : WaitSpec.DEFAULT_MAX_DELAY;
        return until.timeout(timeout).polling(interval, longest).onCheckpoint(progress::tick);
    }
}
