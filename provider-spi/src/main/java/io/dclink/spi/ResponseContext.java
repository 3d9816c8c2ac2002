package io.dclink.spi;

import io.dclink.error.ErrorContext;

/** What the runtime knows about a response when a plugin classifies it. */
public interface ResponseContext {

    /**
     * {@return the error context so far: provider id, HTTP status, and the {@code Retry-After} delay if the
     * response had one} Add the provider's code, request id and retryable flag to it.
     */
    ErrorContext errorContext();

    /** {@return the call's operation name, as given in {@link HttpCall}} */
    String operation();

    /**
     * Removes every known secret (credentials, the call's sensitive values) from a text. Apply it to
     * any provider message before putting it in an exception.
     *
     * @param text the text, or {@code null}
     * @return the text with secrets replaced by {@code ****}
     */
    String scrub(String text);
}
