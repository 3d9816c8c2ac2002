package io.dclink.provider.consoleconnect;

import static io.dclink.spi.ErrorCategory.AUTHENTICATION;
import static io.dclink.spi.ErrorCategory.INVALID_REQUEST;
import static io.dclink.spi.ErrorCategory.NOT_FOUND;
import static io.dclink.spi.ErrorCategory.THROTTLED;
import static io.dclink.spi.ErrorCategory.UNAVAILABLE;

import io.dclink.spi.ErrorEnvelope;
import io.dclink.spi.ErrorTable;
import java.util.List;

/**
 * Console Connect's LoopBack error envelope, {@code {"error": {"message", "status", "statusCode"}}}
 * (reference §4): it carries no error code of its own and no request id, so the status it repeats
 * is the code. 400, 401 and 404 are documented; 429 and 5xx are not, and are read as throttling and
 * an unavailable service. Any other status falls back on the HTTP status.
 */
final class ConsoleConnectErrors {

    static final ErrorEnvelope ENVELOPE = new ErrorEnvelope(List.of("/error/statusCode", "/error/status"),
            List.of("/error/message"), List.of(), 400, false);

    static final ErrorTable TABLE = ErrorTable.builder()
            .exact("400", INVALID_REQUEST).status(400)
            .note("the validator's answer, e.g. The request/portId must match pattern \"^[a-f0-9]{24}$\"")
            .exact("401", AUTHENTICATION).status(401).note("no key, an unknown key, or a portal-token (not supported)")
            .exact("404", NOT_FOUND).status(404)
            .exact("429", THROTTLED).status(429).note("UNVERIFIED: no rate limit is documented")
            .exact("500", UNAVAILABLE).status(500).note("UNVERIFIED: 5xx is not documented")
            .exact("502", UNAVAILABLE).status(502).note("UNVERIFIED: 5xx is not documented")
            .exact("503", UNAVAILABLE).status(503).note("UNVERIFIED: 5xx is not documented")
            .exact("504", UNAVAILABLE).status(504).note("UNVERIFIED: 5xx is not documented")
            .build();

    private ConsoleConnectErrors() {
    }
}
