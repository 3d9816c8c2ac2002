package io.dclink.testkit.emulator;

/**
 * A provider's wire protocol as an emulator implements it: how to name an incoming request's
 * operation, how to answer it, and how the provider renders throttling and server errors. Called
 * on the server's threads; implementations synchronise their own state.
 */
public interface WireProtocol {

    /**
     * The provider's name of the operation a request calls (for fault scripting and the log).
     *
     * @param request the request
     * @return the operation, e.g. {@code DescribeDirectConnects}
     */
    String operation(EmulatorRequest request);

    /**
     * Answers a request: verifies its signature, validates it and applies it.
     *
     * @param request the request
     * @param operation its operation
     * @return the answer, in the provider's envelope
     */
    EmulatorResponse handle(EmulatorRequest request, String operation);

    /**
     * The provider's throttling answer.
     *
     * @param request the request
     * @param operation its operation
     * @return the answer
     */
    EmulatorResponse throttled(EmulatorRequest request, String operation);

    /**
     * The provider's answer to an internal failure.
     *
     * @param request the request
     * @param operation its operation
     * @param status the HTTP status to use
     * @return the answer
     */
    EmulatorResponse serverError(EmulatorRequest request, String operation, int status);

    /**
     * The provider's answer for an error with a given code, in its own envelope (for the
     * compatibility kit, which checks that every code of a plugin's error table reaches the user as
     * the typed error the table names).
     *
     * @param request the request
     * @param operation its operation
     * @param code the provider's error code
     * @param status the HTTP status the provider answers it with
     * @return the answer
     */
    EmulatorResponse providerError(EmulatorRequest request, String operation, String code, int status);
}
