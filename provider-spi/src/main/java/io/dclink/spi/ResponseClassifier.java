package io.dclink.spi;

import io.dclink.error.DirectConnectException;
import java.util.Optional;

/**
 * A provider's error mapping: recognises its error envelope (which may come with HTTP 200) and
 * turns it into one of dclink's typed errors, marking which are retryable. Responses it does not
 * recognise as errors but whose status is 4xx or 5xx get a typed error from the status alone.
 */
@FunctionalInterface
public interface ResponseClassifier {

    /** Recognises nothing: only the HTTP status decides. */
    ResponseClassifier STATUS_ONLY = (result, context) -> Optional.empty();

    /**
     * Classifies a response.
     *
     * @param result the response
     * @param context what the runtime knows about it
     * @return the error it represents, or empty for success
     */
    Optional<DirectConnectException> classify(HttpResult result, ResponseContext context);
}
