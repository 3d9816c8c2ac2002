package io.dclink.testkit.alibaba;

/** A request the service refuses: the HTTP status and the code of its error body. */
final class AliError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String code;

    AliError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static AliError badRequest(String code, String message) {
        return new AliError(400, code, message);
    }

    static AliError notFound(String code, String message) {
        return new AliError(404, code, message);
    }

    static AliError notAllowedInState() {
        return badRequest("Forbidden.NotAllowedInState", "The request does not allow in this state.");
    }
}
