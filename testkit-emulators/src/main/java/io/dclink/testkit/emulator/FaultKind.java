package io.dclink.testkit.emulator;

/** What a scripted fault does to a request. */
public enum FaultKind {
    /** Answer with the provider's throttling error; nothing is processed. */
    THROTTLE,
    /** Answer with the provider's internal-error envelope and a 5xx status; nothing is processed. */
    SERVER_ERROR,
    /** Wait before processing and answering normally. */
    DELAY,
    /** Close the connection before processing: the request had no effect. */
    RESET_BEFORE_PROCESSING,
    /** Process the request, then close the connection without answering: it took effect. */
    RESET_AFTER_PROCESSING,
    /** Process the request, then send only part of the answer's body. */
    TRUNCATED_BODY,
    /** Process the request, then answer with a body that is not valid JSON. */
    MALFORMED_BODY,
    /** An error with a scripted code, in the provider's envelope. */
    PROVIDER_ERROR
}
