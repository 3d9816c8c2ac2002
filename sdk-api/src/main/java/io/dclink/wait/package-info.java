/**
 * Waiting for a resource to reach a state. Waiters are non-blocking (one shared scheduler, no
 * thread per waiter), back off with jitter up to a deadline, tolerate unknown states, report the
 * observed timeline, and can resume from a {@link io.dclink.wait.WaitCheckpoint} after a restart:
 * provisioning a line takes days.
 */
package io.dclink.wait;
