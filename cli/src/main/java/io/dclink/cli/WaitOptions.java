package io.dclink.cli;

import io.dclink.lifecycle.LifecycleState;
import io.dclink.wait.WaitSpec;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options of every {@code wait} command. */
final class WaitOptions {

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT1H",
            description = "Give up after this long (ISO-8601, default PT1H); exit code 3.")
    Duration timeout;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "PT5S",
            description = "The first pause between reads (ISO-8601, default PT5S); it grows up to PT5M.")
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
