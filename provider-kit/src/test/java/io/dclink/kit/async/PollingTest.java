package io.dclink.kit.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollingTest {

    /** Runs every pause at once and records how long it was asked to be. */
    private final List<Long> pausesMillis = new CopyOnWriteArrayList<>();
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1) {
        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            pausesMillis.add(unit.toMillis(delay));
            return super.schedule(command, 0, TimeUnit.MILLISECONDS);
        }
    };
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private CompletableFuture<Integer> read() {
        return CompletableFuture.completedFuture(reads.incrementAndGet());
    }

    @Test
    void readsUntilTheConditionHoldsWithDoublingPausesUpToTheLongest() throws Exception {
        int value = Polling.until(this::read, n -> n == 5, scheduler, Duration.ofMillis(100), Duration.ofMillis(300), 10).get();

        assertThat(value).isEqualTo(5);
        assertThat(pausesMillis).containsExactly(100L, 200L, 300L, 300L);
    }

    @Test
    void givesTheLastReadWhenTheConditionNeverHolds() throws Exception {
        int value = Polling.until(this::read, n -> false, scheduler, Duration.ofMillis(10), Duration.ofMillis(10), 3).get();

        assertThat(value).isEqualTo(3);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aFailedReadFailsThePollWithoutReadingAgain() {
        IllegalStateException failure = new IllegalStateException("refused");
        CompletableFuture<Integer> poll = Polling.until(() -> {
            reads.incrementAndGet();
            return CompletableFuture.failedFuture(failure);
        }, n -> true, scheduler, Duration.ofMillis(10), Duration.ofMillis(10), 5);

        assertThatThrownBy(poll::get).isInstanceOf(ExecutionException.class).hasCause(failure);
        assertThat(reads).hasValue(1);
    }
}
