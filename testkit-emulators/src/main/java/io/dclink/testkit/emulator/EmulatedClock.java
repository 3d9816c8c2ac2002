package io.dclink.testkit.emulator;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The emulator's clock: it stands still until a test moves it, and moving it runs the lifecycle
 * steps that fall due, in time order ("review takes 2 working days"). Thread-safe.
 */
public final class EmulatedClock extends Clock {

    private record Step(Instant due, long order, Runnable action) {
    }

    private final ZoneId zone;
    private final PriorityQueue<Step> steps = new PriorityQueue<>((a, b) ->
            a.due.equals(b.due) ? Long.compare(a.order, b.order) : a.due.compareTo(b.due));
    private Instant now;
    private long counter;

    /**
     * A clock at a given time.
     *
     * @param start the initial time
     * @param zone the zone working days are counted in (the provider's)
     */
    public EmulatedClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(instant(), other);
    }

    /**
     * Sets the current time without running anything (for example to follow real time in
     * standalone mode, or to test signature expiry).
     *
     * @param time the new time
     */
    public synchronized void set(Instant time) {
        now = time;
    }

    /**
     * Moves the clock forward, running every step that falls due on the way, in order.
     *
     * @param duration how far
     */
    public void advance(Duration duration) {
        Instant target;
        synchronized (this) {
            target = now.plus(duration);
        }
        while (true) {
            Step step;
            synchronized (this) {
                Step head = steps.peek();
                if (head == null || head.due.isAfter(target)) {
                    now = target.isAfter(now) ? target : now;
                    return;
                }
                step = steps.poll();
                if (step.due.isAfter(now)) {
                    now = step.due;
                }
            }
            step.action.run();
        }
    }

    /**
     * Moves the clock forward by working days (weekends skipped), running due steps.
     *
     * @param days working days
     */
    public void advanceWorkingDays(int days) {
        advance(Duration.between(instant(), workingDaysFrom(instant(), days)));
    }

    /**
     * Schedules a lifecycle step after a delay.
     *
     * @param delay how long from now
     * @param action the step
     */
    public synchronized void after(Duration delay, Runnable action) {
        steps.add(new Step(now.plus(delay), counter++, action));
    }

    /**
     * Schedules a lifecycle step after a number of working days.
     *
     * @param days working days from now
     * @param action the step
     */
    public synchronized void afterWorkingDays(int days, Runnable action) {
        steps.add(new Step(workingDaysFrom(now, days), counter++, action));
    }

    /**
     * When the next lifecycle step falls due.
     *
     * @return its time, or empty when nothing is scheduled
     */
    public synchronized Optional<Instant> nextStep() {
        return Optional.ofNullable(steps.peek()).map(Step::due);
    }

    /**
     * How many steps are scheduled.
     *
     * @return the count
     */
    public synchronized int pendingSteps() {
        return steps.size();
    }

    private Instant workingDaysFrom(Instant start, int days) {
        ZonedDateTime time = start.atZone(zone);
        int left = days;
        while (left > 0) {
            time = time.plusDays(1);
            if (time.getDayOfWeek() != DayOfWeek.SATURDAY && time.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return time.toInstant();
    }
}
