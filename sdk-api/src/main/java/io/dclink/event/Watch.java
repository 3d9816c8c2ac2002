package io.dclink.event;

/**
 * A running watch of one resource: polls it at a fixed interval and reports every change to the
 * listeners until closed, until the resource reaches a terminal state, or until it disappears.
 */
public interface Watch extends AutoCloseable {

    /** {@return whether the watch still polls: {@code true} until it ends} */
    boolean isActive();

    /** Stops polling. */
    @Override
    void close();
}
