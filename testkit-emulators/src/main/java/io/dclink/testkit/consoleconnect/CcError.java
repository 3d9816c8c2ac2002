package io.dclink.testkit.consoleconnect;

import io.dclink.testkit.emulator.EmulatorResponse;

/**
 * A request Console Connect refuses, answered in its LoopBack envelope
 * {@code {"error": {"message", "status", "statusCode"}}} (reference §4 and sample
 * {@code error-400.json}; no other key of the envelope is known, so none is sent). Only the
 * pattern message of a malformed id is verified; the other wordings imitate it and are UNVERIFIED.
 */
final class CcError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;

    CcError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** UNVERIFIED wording (LoopBack's default for a missing or unknown token); the 401 itself is documented. */
    static CcError unauthorized() {
        return new CcError(401, "Authorization Required");
    }

    /** Verified form: {@code The request/portId must match pattern "^[a-f0-9]{24}$"}. */
    static CcError pattern(String field) {
        return new CcError(400, "The request/" + field + " must match pattern \"" + CcJson.OBJECT_ID_PATTERN + "\"");
    }

    /** UNVERIFIED wording, in the validator's style. */
    static CcError required(String field) {
        return new CcError(400, "The request must have required property '" + field + "'");
    }

    /** UNVERIFIED wording, in the validator's style: {@code The request/FIELD PROBLEM}. */
    static CcError invalid(String field, String problem) {
        return new CcError(400, "The request/" + field + " " + problem);
    }

    /** A refusal that names no single field. UNVERIFIED wording. */
    static CcError badRequest(String message) {
        return new CcError(400, message);
    }

    /** UNVERIFIED wording (LoopBack's "model not found"); 404 is documented. */
    static CcError notFound(String model, String id) {
        return new CcError(404, "Unknown \"" + model + "\" id \"" + id + "\".");
    }

    /** UNVERIFIED: how the API answers a company username it does not know. */
    static CcError unknownCompany(String username) {
        return new CcError(404, "Unknown \"Company\" username \"" + username + "\".");
    }

    /** UNVERIFIED: LoopBack's answer to a path or method no API has. */
    static CcError noRoute(String method, String path) {
        return new CcError(404, "There is no method to handle " + method + " " + path);
    }

    /** The envelope of this error. */
    EmulatorResponse response() {
        return envelope(status, getMessage());
    }

    /**
     * An answer in the LoopBack envelope.
     *
     * @param status the HTTP status, repeated as {@code status} and {@code statusCode}
     * @param message the message
     * @return the response
     */
    static EmulatorResponse envelope(int status, String message) {
        var body = CcJson.object();
        body.putObject("error").put("message", message).put("status", status).put("statusCode", status);
        return EmulatorResponse.json(status, body.toString());
    }
}
