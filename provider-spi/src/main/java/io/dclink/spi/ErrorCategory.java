package io.dclink.spi;

import io.dclink.error.AuthenticationException;
import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.error.InvalidRequestException;
import io.dclink.error.InvalidStateException;
import io.dclink.error.PermissionDeniedException;
import io.dclink.error.ProtocolException;
import io.dclink.error.ProviderErrorException;
import io.dclink.error.ProviderUnavailableException;
import io.dclink.error.QuotaExceededException;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.ThrottledException;

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

    /** {@return whether errors of this kind are retryable unless the provider mapping says otherwise} */
    public boolean retryableByDefault() {
        return retryable;
    }

    /** {@return what the user should do} */
    public String remedy() {
        return remedy;
    }

    /**
     * The typed exception of this category.
     *
     * @param message the message, starting with what the user should do
     * @param context where the error came from
     * @return the exception
     */
    public DirectConnectException exception(String message, ErrorContext context) {
        return switch (this) {
            case AUTHENTICATION -> new AuthenticationException(message, context, null);
            case PERMISSION_DENIED -> new PermissionDeniedException(message, context, null);
            case NOT_FOUND -> new ResourceNotFoundException(message, context, null);
            case INVALID_REQUEST -> new InvalidRequestException(message, context, null);
            case INVALID_STATE -> new InvalidStateException(message, context, null);
            case QUOTA_EXCEEDED -> new QuotaExceededException(message, context, null);
            case THROTTLED -> new ThrottledException(message, context, null);
            case UNAVAILABLE -> new ProviderUnavailableException(message, context, true, null);
            case PROTOCOL -> new ProtocolException(message, context, null);
            case OTHER -> new ProviderErrorException(message, context, null);
        };
    }

    /**
     * The category an HTTP status implies when no provider envelope explains it.
     *
     * @param status the HTTP status
     * @return the category
     */
    public static ErrorCategory ofStatus(int status) {
        return switch (status) {
            case 401 -> AUTHENTICATION;
            case 403 -> PERMISSION_DENIED;
            case 404 -> NOT_FOUND;
            case 409 -> INVALID_STATE;
            case 429 -> THROTTLED;
            default -> status >= 500 ? UNAVAILABLE : status >= 400 ? INVALID_REQUEST : PROTOCOL;
        };
    }
}
