package io.dclink.core.http;

/**
 * The kinds of provider error, each with the typed exception it becomes, whether it is retryable
 * by default, and what the user should do.
 */
public enum ErrorCategory {
    /** Credentials or signature refused. */
    AUTHENTICATION(false, "The provider refused the credentials or the request signature: check the access key "
            + "pair, and that this machine's clock is within a few minutes of the provider's"),
    /** Valid credentials without permission. */
    PERMISSION_DENIED(false, "The credentials lack permission for this operation: grant it to the account or role"),
    /** No such resource. */
    NOT_FOUND(false, "The resource does not exist in this account and region: check the id and the region"),
    /** Parameters refused by the provider. */
    INVALID_REQUEST(false, "The provider refused the request's parameters: correct the parameter it names"),
    /** The resource's state or a concurrent operation forbids the call. */
    INVALID_STATE(false, "The resource's current state does not allow this operation, or another operation is in "
            + "progress: read its state and required action, and retry when it allows"),
    /** A quota is exhausted. */
    QUOTA_EXCEEDED(false, "An account or resource quota is exhausted: free resources or ask the provider to raise it"),
    /** The provider throttled the call. */
    THROTTLED(true, "The provider throttled the request: dclink retries with backoff; lower the request rate if "
            + "this persists"),
    /** The provider failed or could not be reached. */
    UNAVAILABLE(true, "The provider is unavailable or failed internally: dclink retries where that is safe; try "
            + "again later"),
    /** The response did not match the provider's documented API. */
    PROTOCOL(false, "The provider's response did not match its documented API: report it with the request id"),
    /** Any other error. */
    OTHER(false, "The provider rejected the request: see its error code and message");

    private final boolean retryable;
    private final String remedy;

    ErrorCategory(boolean retryable, String remedy) {
        this.retryable = retryable;
        this.remedy = remedy;
    }

    /**
     * Whether errors of this kind are retryable unless the provider mapping says otherwise.
     *
     * @return the default
     */
    public boolean retryableByDefault() {
        return retryable;
    }

    /**
     * What the user should do.
     *
     * @return the remedy
     */
    public String remedy() {
        return remedy;
    }
}
