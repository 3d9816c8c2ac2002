package io.dclink.provider.jdcloud;

import static io.dclink.spi.ErrorCategory.AUTHENTICATION;
import static io.dclink.spi.ErrorCategory.INVALID_REQUEST;
import static io.dclink.spi.ErrorCategory.INVALID_STATE;
import static io.dclink.spi.ErrorCategory.NOT_FOUND;
import static io.dclink.spi.ErrorCategory.OTHER;
import static io.dclink.spi.ErrorCategory.PERMISSION_DENIED;
import static io.dclink.spi.ErrorCategory.QUOTA_EXCEEDED;
import static io.dclink.spi.ErrorCategory.THROTTLED;
import static io.dclink.spi.ErrorCategory.UNAVAILABLE;

import io.dclink.spi.ErrorEnvelope;
import io.dclink.spi.ErrorTable;
import java.util.List;
import java.util.Set;

/**
 * JD Cloud's error envelope, common to every service ({@code {"requestId", "error": {"code": <HTTP
 * status>, "status": "<STATUS>", "message"}}}, sent with the HTTP status), and its documented
 * status words (reference §3) plus the gateway's {@code ACCESS_ERROR} seen in the wild. The word,
 * not the number, is the code: HTTP 429 is both a quota ({@code QUOTA_EXCEEDED}) and throttling
 * ({@code RATE_LIMIT}).
 */
final class JdCloudErrors {

    /** The request id is also in the header {@code x-jdcloud-request-id}, the only place an answer without a body has it. */
    static final ErrorEnvelope ENVELOPE = new ErrorEnvelope(List.of("/error/status"), List.of("/error/message"),
            List.of("/requestId"), 400, false, Set.of(), List.of("x-jdcloud-request-id"));

    static final ErrorTable TABLE = ErrorTable.builder()
            .exact("INVALID_ARGUMENT", INVALID_REQUEST).status(400)
            .exact("OUT_OF_RANGE", INVALID_REQUEST).status(400)
            .exact("FAILED_PRECONDITION", INVALID_STATE).status(400)
            .note("the resource's state forbids it (JD's teardown rule answers with it): re-read the state")
            .exact("UNAUTHENTICATED", AUTHENTICATION).status(401).note("also a stale date or a reused nonce")
            .exact("ACCESS_ERROR", AUTHENTICATION).status(401)
            .note("the gateway's answer to a signature that does not match (jdcloud-sdk-php issue #88)")
            .exact("HTTP_FORBIDDEN", PERMISSION_DENIED).status(403)
            .exact("NOT_FOUND", NOT_FOUND).status(404)
            .exact("ABORTED", INVALID_STATE).retryable().status(409).note("a conflicting operation: retried with backoff")
            .exact("ALREADY_EXISTS", INVALID_STATE).status(409)
            .exact("QUOTA_EXCEEDED", QUOTA_EXCEEDED).status(429)
            .exact("RATE_LIMIT", THROTTLED).status(429)
            .exact("CANCELLED", OTHER).status(499).note("the reference says a retry may help: not retried automatically")
            .exact("UNKNOWN", UNAVAILABLE).status(500)
            .exact("INTERNAL", UNAVAILABLE).status(500)
            .exact("NOT_IMPLEMENTED", OTHER).status(501)
            .note("no such API: an inferred path of the plugin's table may be wrong (see docs/providers.md)")
            .exact("SOURCE_UNAVAILABLE", UNAVAILABLE).status(502)
            .exact("UNAVAILABLE", UNAVAILABLE).status(503)
            .build();

    private JdCloudErrors() {
    }
}
