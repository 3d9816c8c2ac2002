package io.dclink.testkit.jdcloud;

/**
 * A request JD Cloud refuses: the HTTP code and the {@code status} word of its error envelope
 * ({@code {"error": {"code", "status", "message"}}}). The statuses are the documented ones of the
 * common error table, plus the gateway's {@code ACCESS_ERROR} seen in the wild.
 */
final class JdError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int code;
    final String status;

    JdError(int code, String status, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    /** The gateway's real answer to a signature that does not match (jdcloud-sdk-php issue #88). */
    static JdError signatureMismatch() {
        return new JdError(401, "ACCESS_ERROR", "sign result is not same [gw]");
    }

    static JdError unauthenticated(String message) {
        return new JdError(401, "UNAUTHENTICATED", message);
    }

    /** A bad parameter; the message names the field. */
    static JdError invalidArgument(String field, String problem) {
        return new JdError(400, "INVALID_ARGUMENT", field + " " + problem);
    }

    static JdError failedPrecondition(String message) {
        return new JdError(400, "FAILED_PRECONDITION", message);
    }

    /** UNVERIFIED: the message wording; the sample's form is "privateVif pvif-0000000000 not found". */
    static JdError notFound(String kind, String id) {
        return new JdError(404, "NOT_FOUND", kind + " " + id + " not found");
    }

    static JdError alreadyExists(String message) {
        return new JdError(409, "ALREADY_EXISTS", message);
    }

    static JdError quotaExceeded(String message) {
        return new JdError(429, "QUOTA_EXCEEDED", message);
    }

    /** UNVERIFIED: how the gateway answers a path or method no API has; 501 keeps a wrong path from reading as "gone". */
    static JdError noSuchApi(String method, String path) {
        return new JdError(501, "NOT_IMPLEMENTED", "no API answers " + method + " " + path);
    }

    /** The status word of a 5xx code, per the documented table. */
    static String serverStatus(int code) {
        return switch (code) {
            case 500 -> "INTERNAL";
            case 501 -> "NOT_IMPLEMENTED";
            case 502 -> "SOURCE_UNAVAILABLE";
            case 503 -> "UNAVAILABLE";
            default -> "UNKNOWN";
        };
    }
}
