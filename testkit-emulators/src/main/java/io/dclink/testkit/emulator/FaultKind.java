package io.dclink.testkit.emulator;

import java.util.List;

/**
 * What a scripted fault does to a request. Each kind names the parameters it takes, as the admin
 * endpoint's query parameters ({@code GET /_dclink/faults/kinds} lists them); every kind also takes
 * {@code operation} (default {@link Faults#ANY}) and {@code times} (default 1).
 */
public enum FaultKind {
    /** Answer with the provider's throttling error; nothing is processed. */
    THROTTLE("the provider's throttling error; nothing is processed", List.of("retryAfter")),
    /** Answer with the provider's internal-error envelope and a 5xx status; nothing is processed. */
    SERVER_ERROR("the provider's internal error with a 5xx status (default 503); nothing is processed",
            List.of("status", "retryAfter")),
    /** Wait before processing and answering normally. */
    DELAY("waits, then processes and answers normally", List.of("delay")),
    /** Close the connection before processing: the request had no effect. */
    RESET_BEFORE_PROCESSING("drops the connection before processing: the request has no effect", List.of()),
    /** Process the request, then close the connection without answering: it took effect. */
    RESET_AFTER_PROCESSING("processes the request, then drops the connection without answering", List.of()),
    /** Process the request, then send only part of the answer's body. */
    TRUNCATED_BODY("processes the request, then sends half of the answer's body and drops the connection", List.of()),
    /** Process the request, then answer with a body that is not valid JSON. */
    MALFORMED_BODY("processes the request, then answers 200 with a body that is not valid JSON", List.of()),
    /** Process the request, then answer with the answer's status and an empty body. */
    EMPTY_BODY("processes the request, then answers with its status and an empty body", List.of()),
    /**
     * Process the request, then answer with the answer's status and a scripted body in its place
     * (valid JSON of the wrong type, such as {@code null}, {@code []}, {@code "x"} or {@code 42}).
     */
    REPLACED_BODY("processes the request, then answers with its status and the scripted body in its place "
            + "(e.g. null, [], \"x\", 42)", List.of("body")),
    /**
     * Process the request, then answer with what a scripted {@link BodyRewrite} makes of the answer
     * (lying paging, fields of the wrong type). Scripted from Java only.
     */
    REWRITTEN_BODY("processes the request, then answers with what a scripted function makes of the answer "
            + "(Java API only: Faults.rewrite)", List.of()),
    /** An error with a scripted code, in the provider's envelope. */
    PROVIDER_ERROR("an error with the scripted code and HTTP status, in the provider's envelope; nothing is processed",
            List.of("code", "status", "retryAfter"));

    private final String description;
    private final List<String> parameters;

    FaultKind(String description, List<String> parameters) {
        this.description = description;
        this.parameters = parameters;
    }

    /**
     * What the fault does.
     *
     * @return a sentence
     */
    public String description() {
        return description;
    }

    /**
     * The parameters the fault takes besides {@code operation} and {@code times}.
     *
     * @return their names, as the admin endpoint's query parameters
     */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * Whether the request takes effect before the fault strikes its answer.
     *
     * @return {@code true} for faults that process the request
     */
    public boolean processes() {
        return switch (this) {
            case DELAY, RESET_AFTER_PROCESSING, TRUNCATED_BODY, MALFORMED_BODY, EMPTY_BODY, REPLACED_BODY,
                    REWRITTEN_BODY -> true;
            case THROTTLE, SERVER_ERROR, RESET_BEFORE_PROCESSING, PROVIDER_ERROR -> false;
        };
    }
}
