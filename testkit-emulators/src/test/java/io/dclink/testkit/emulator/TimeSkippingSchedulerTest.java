package io.dclink.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delayed tasks run at once, the emulated clock jumping to the next moment anything can change. */
class TimeSkippingSchedulerTest {

    private static final Instant START = Instant.parse("2030-01-07T02:00:00Z"); // a Monday

    private final EmulatedClock clock = new EmulatedClock(START, ZoneOffset.UTC);
    private final TimeSkippingScheduler scheduler = new TimeSkippingScheduler(clock);
    private final List<String> happened = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private Instant runAndTellTheTime(long delay, TimeUnit unit) throws Exception {
        return scheduler.schedule(() -> {
            happened.add("task");
            return clock.instant();
        }, delay, unit).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aTaskDueBeforeTheNextStepRunsWhenTheStepFallsDueAfterIt() throws Exception {
        clock.afterWorkingDays(2, () -> happened.add("review"));

        Instant ranAt = runAndTellTheTime(5, TimeUnit.SECONDS);

        assertThat(ranAt).isEqualTo(Instant.parse("2030-01-09T02:00:00Z"));
        assertThat(happened).containsExactly("review", "task");
    }

    @Test
    void aTaskDueAfterTheNextStepRunsWhenItIsDueWithTheStepDone() throws Exception {
        clock.after(Duration.ofSeconds(1), () -> happened.add("step"));

        Instant ranAt = runAndTellTheTime(5, TimeUnit.SECONDS);

        assertThat(ranAt).isEqualTo(START.plusSeconds(5));
        assertThat(happened).containsExactly("step", "task");
    }

    @Test
    void withNothingScheduledADelayedTaskJumpsTheClockAYear() throws Exception {
        Instant ranAt = runAndTellTheTime(5, TimeUnit.SECONDS);

        assertThat(ranAt).isEqualTo(START.plus(Duration.ofDays(TimeSkippingScheduler.IDLE_JUMP_DAYS)));
    }

    @Test
    void aTaskWithoutDelayRunsWithoutMovingTheClock() throws Exception {
        clock.after(Duration.ofHours(1), () -> happened.add("step"));

        Instant ranAt = runAndTellTheTime(0, TimeUnit.SECONDS);

        assertThat(ranAt).isEqualTo(START);
        assertThat(happened).containsExactly("task");
        assertThat(clock.pendingSteps()).isEqualTo(1);
    }

    /** Holds the scheduler's one thread until the returned latch opens, so that tasks queue up behind it. */
    private CountDownLatch busy() {
        CountDownLatch release = new CountDownLatch(1);
        scheduler.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return release;
    }

    @Test
    void queuedTasksRunEarliestDueFirst() throws Exception {
        clock.after(Duration.ofMinutes(10), () -> happened.add("step"));
        CountDownLatch release = busy();
        ScheduledFuture<?> later = scheduler.schedule(() -> happened.add("later"), 20, TimeUnit.MINUTES);
        ScheduledFuture<?> sooner = scheduler.schedule(() -> happened.add("sooner"), 1, TimeUnit.MINUTES);
        release.countDown();

        later.get(10, TimeUnit.SECONDS);
        sooner.get(10, TimeUnit.SECONDS);

        assertThat(happened).containsExactly("step", "sooner", "later");
        assertThat(clock.instant()).isAfterOrEqualTo(START.plus(Duration.ofMinutes(20)));
    }

    @Test
    void aCancelledTaskNeitherRunsNorMovesTheClock() throws Exception {
        clock.after(Duration.ofDays(1), () -> happened.add("step"));
        CountDownLatch release = busy();
        ScheduledFuture<?> cancelled = scheduler.schedule(() -> happened.add("cancelled"), 1, TimeUnit.HOURS);
        cancelled.cancel(false);
        release.countDown();

        Instant ranAt = runAndTellTheTime(0, TimeUnit.SECONDS);

        assertThat(ranAt).isEqualTo(START);
        assertThat(happened).containsExactly("task");
    }

    @Test
    void aShutDownSchedulerTakesNoMoreTasks() {
        scheduler.shutdown();

        assertThatThrownBy(() -> scheduler.schedule(() -> { }, 1, TimeUnit.SECONDS))
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(scheduler.isShutdown()).isTrue();
    }
}
