package io.dclink.event;

/**
 * Receives state changes. Called on a runtime thread: return quickly and do not block. Exceptions
 * thrown by a listener are logged and do not disturb waiting.
 */
@FunctionalInterface
public interface StateChangeListener {

    /**
     * Called for each observed change.
     *
     * @param event the change
     */
    void onStateChange(StateChangeEvent event);
}
