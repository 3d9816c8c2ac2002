package io.dclink.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The rate limit of one action, on a clock and a scheduler the test moves by hand. */
class PermitQueueTest {

    /** A scheduler in virtual time: it records each delay asked for and runs tasks when time reaches them. */
    private static final class VirtualTime implements PermitQueue.Delays {
        private record Task(long at, long order, Runnable run) {
        }

        private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.at != b.at
                ? Long.compare(a.at, b.at) : Long.compare(a.order, b.order));
        final List<Long> delaysMillis = new ArrayList<>();
        long now;
        long order;

        @Override
        public void after(long nanos, Runnable task) {
            delaysMillis.add(TimeUnit.NANOSECONDS.toMillis(nanos));
            tasks.add(new Task(now + nanos, order++, task));
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                Task next = tasks.poll();
                now = Math.max(now, next.at);
                next.run.run();
            }
        }
    }

    private final VirtualTime time = new VirtualTime();

    @Test
    void tenThousandCallsAtTheDefaultRateQueueAndAllGetTheirPermitEvenlySpaced() {
        PermitQueue queue = new PermitQueue(20, 1, time, () -> time.now);
        List<CompletableFuture<Void>> turns = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            turns.add(queue.acquire(i % 2 == 0));
        }

        assertThat(turns).as("nothing fails for want of a permit").noneMatch(CompletableFuture::isCompletedExceptionally);
        time.runAll();

        assertThat(turns).allMatch(turn -> turn.isDone() && !turn.isCompletedExceptionally());
        assertThat(time.delaysMillis).as("one permit every 50 ms").containsOnly(50L).hasSize(9_999);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(time.now)).isEqualTo(499);
    }

    @Test
    void theApplicationsCallsGoBeforeBackgroundPolls() {
        PermitQueue queue = new PermitQueue(20, 1, time, () -> time.now);
        queue.acquire(false);
        CompletableFuture<Void> poll = queue.acquire(true);
        CompletableFuture<Void> call = queue.acquire(false);
        List<String> order = new ArrayList<>();
        poll.thenRun(() -> order.add("poll"));
        call.thenRun(() -> order.add("call"));

        time.runAll();

        assertThat(order).containsExactly("call", "poll");
    }

    @Test
    void sequentialCallsWaitAtMostOneIntervalNotARefreshPeriod() {
        PermitQueue queue = new PermitQueue(20, 1, time, () -> time.now);
        for (int i = 0; i < 100; i++) {
            queue.acquire(false);
            time.runAll();
            time.now += TimeUnit.MILLISECONDS.toNanos(1);
        }

        assertThat(time.delaysMillis).as("each call waits for the next even permit").allMatch(delay -> delay <= 50);
    }

    @Test
    void aBurstIsAllowedAfterAPauseAndAWaiterThatGaveUpGivesItsTurnAway() {
        PermitQueue queue = new PermitQueue(10, 3, time, () -> time.now);
        assertThat(List.of(queue.acquire(false), queue.acquire(false), queue.acquire(false)))
                .allMatch(turn -> turn.isDone());
        CompletableFuture<Void> abandoned = queue.acquire(false);
        CompletableFuture<Void> next = queue.acquire(false);
        abandoned.cancel(false);

        time.runAll();

        assertThat(next).isDone();
        assertThat(TimeUnit.NANOSECONDS.toMillis(time.now)).as("the cancelled waiter took no permit").isEqualTo(100);
    }

    @Test
    void closingFailsEveryWaiter() {
        PermitQueue queue = new PermitQueue(1, 1, time, () -> time.now);
        queue.acquire(false);
        CompletableFuture<Void> waiting = queue.acquire(true);

        queue.failAll(new IllegalStateException("closed"));

        assertThat(waiting).isCompletedExceptionally();
    }
}
