package io.dclink.provider.consoleconnect;

import io.dclink.error.AuthenticationException;
import io.dclink.error.DirectConnectException;
import io.dclink.kit.http.TableClassifier;
import io.dclink.spi.HttpResult;
import io.dclink.spi.ResponseClassifier;
import io.dclink.spi.ResponseContext;
import java.util.Optional;

/**
 * The descriptor's error tables, with one addition: a refused key says what Console Connect takes —
 * an API key as {@code Authorization: Bearer} — and that the deprecated {@code portal-token} is not
 * supported, whether or not the 401 came in Console Connect's envelope.
 */
final class KeyRefusal implements ResponseClassifier {

    static final String WHAT_TO_DO = "Console Connect refused the API key: use an API key issued by Console Connect "
            + "support (sent as 'Authorization: Bearer <key>', read from " + ConsoleConnectProvider.API_KEY_VARIABLE
            + "); the deprecated portal-token is not supported. ";

    private final TableClassifier tables = new TableClassifier(ConsoleConnectErrors.TABLE, ConsoleConnectErrors.ENVELOPE);

    @Override
    public Optional<DirectConnectException> classify(HttpResult result, ResponseContext response) {
        Optional<DirectConnectException> error = tables.classify(result, response);
        if (error.isPresent() && error.get() instanceof AuthenticationException refused) {
            return Optional.of(new AuthenticationException(WHAT_TO_DO + refused.getMessage(), refused.context(), null));
        }
        if (error.isEmpty() && result.statusCode() == 401) {
            return Optional.of(new AuthenticationException(WHAT_TO_DO + "(" + response.operation() + ", HTTP 401)",
                    response.errorContext().withRetryable(false), null));
        }
        return error;
    }
}
