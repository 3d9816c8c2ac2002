package io.dclink.temporal;

import io.dclink.hosted.HandOff;
import io.temporal.activity.ActivityInterface;

/**
 * A hosted order's steps as activities. The order's own idempotency key makes each of them safe to
 * retry: a repeated start finds what was ordered, and each later step resumes from the checkpoint.
 */
@ActivityInterface
public interface HostedActivities {

    /**
     * Starts the order (or finds it, started before).
     *
     * @param order the order
     * @return the order's view
     */
    HostedView startHosted(HostedLineOrder order);

    /**
     * Reads both sides and takes the step the order takes itself.
     *
     * @param order the order
     * @param checkpoint where it stands
     * @return the order's view
     */
    HostedView refreshHosted(HostedLineOrder order, String checkpoint);

    /**
     * Gives the hand-off values the partner sent.
     *
     * @param order the order
     * @param checkpoint where it stands
     * @param handOff the values
     * @return the order's view
     */
    HostedView provideHandOff(HostedLineOrder order, String checkpoint, HandOff handOff);

    /**
     * Starts the teardown: the cloud side first, then the partner side.
     *
     * @param order the order
     * @param checkpoint where it stands
     * @return the order's view
     */
    HostedView tearDownHosted(HostedLineOrder order, String checkpoint);
}
