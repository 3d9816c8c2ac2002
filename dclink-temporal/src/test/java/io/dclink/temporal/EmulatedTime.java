package io.dclink.temporal;

import io.dclink.testkit.emulator.EmulatedClock;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import java.time.Duration;
import java.util.List;

/**
 * Keeps emulators' clocks with the time-skipping test server's: before each activity, the
 * emulators move forward by as much as the server's clock has since the last one, running the
 * lifecycle steps that fell due (a review of three working days passes while a workflow sleeps).
 */
final class EmulatedTime extends WorkerInterceptorBase {

    private final List<EmulatedClock> clocks;
    private long lastMillis = -1;

    EmulatedTime(List<EmulatedClock> clocks) {
        this.clocks = List.copyOf(clocks);
    }

    @Override
    public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
        return new ActivityInboundCallsInterceptorBase(next) {
            private ActivityExecutionContext context;

            @Override
            public void init(ActivityExecutionContext value) {
                context = value;
                super.init(value);
            }

            @Override
            public ActivityOutput execute(ActivityInput input) {
                catchUp(context.getInfo().getCurrentAttemptScheduledTimestamp());
                return super.execute(input);
            }
        };
    }

    private synchronized void catchUp(long serverMillis) {
        if (lastMillis >= 0 && serverMillis > lastMillis) {
            clocks.forEach(clock -> clock.advance(Duration.ofMillis(serverMillis - lastMillis)));
        }
        lastMillis = Math.max(lastMillis, serverMillis);
    }
}
