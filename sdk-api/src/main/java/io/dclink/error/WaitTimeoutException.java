package io.dclink.error;

import io.dclink.wait.WaitCheckpoint;

/**
 * A wait reached its deadline. The checkpoint says where it stood, and a new wait can resume from
 * it with a later deadline.
 */
public class WaitTimeoutException extends DirectConnectException {

    /** Where the wait stood. */
    private final transient WaitCheckpoint checkpoint;

    /**
     * Creates the error.
     *
     * @param message what happened and what to do
     * @param context the provider
     * @param checkpoint where the wait stood
     */
    public WaitTimeoutException(String message, ErrorContext context, WaitCheckpoint checkpoint) {
        super(message, context, null);
        this.checkpoint = checkpoint;
    }

    /** {@return where the wait stood when it gave up} */
    public WaitCheckpoint checkpoint() {
        return checkpoint;
    }
}
