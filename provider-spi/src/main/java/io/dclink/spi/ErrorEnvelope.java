package io.dclink.spi;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a provider's JSON error answer keeps its code, message and request id, as JSON Pointers
 * (RFC 6901, e.g. {@code /Response/Error/Code}); for each, the first pointer that finds a
 * non-empty value wins. An answer with an error status whose body holds a code is that error; an
 * answer with a success status is one only where the provider reports errors that way (Tencent
 * answers errors with 200).
 *
 * @param codeAt where the error code may be
 * @param messageAt where the message may be
 * @param requestIdAt where the request id may be (in errors and successes alike)
 * @param usualStatus the HTTP status the provider usually answers an error with (for emulators and
 *     the compatibility kit; a rule of the {@link ErrorTable} may name another)
 * @param errorsWithSuccessStatus whether a code in an answer with a 2xx status is an error
 * @param successCodes codes that, in a 2xx answer, mean success rather than an error (some APIs
 *     answer {@code "Code": "200"})
 * @param requestIdHeaders the response headers that may hold the request id, for answers whose body
 *     has none (an error without a body); the first present wins
 */
public record ErrorEnvelope(List<String> codeAt, List<String> messageAt, List<String> requestIdAt, int usualStatus,
        boolean errorsWithSuccessStatus, Set<String> successCodes, List<String> requestIdHeaders) {

    /**
     * Validates and copies the components.
     *
     * @param codeAt the code pointers
     * @param messageAt the message pointers
     * @param requestIdAt the request id pointers
     * @param usualStatus the usual error status
     * @param errorsWithSuccessStatus whether a 2xx answer may be an error
     * @param successCodes the codes that mean success
     * @param requestIdHeaders the headers that may hold the request id
     */
    public ErrorEnvelope {
        codeAt = pointers(codeAt, "codeAt");
        messageAt = pointers(messageAt, "messageAt");
        requestIdAt = pointers(requestIdAt, "requestIdAt");
        successCodes = Set.copyOf(Objects.requireNonNull(successCodes, "successCodes"));
        requestIdHeaders = List.copyOf(Objects.requireNonNull(requestIdHeaders, "requestIdHeaders"));
        if (usualStatus < 100 || usualStatus > 599) {
            throw new IllegalArgumentException("usualStatus must be an HTTP status, was " + usualStatus);
        }
    }

    /**
     * An envelope whose request id, if any, is in the body.
     *
     * @param codeAt the code pointers
     * @param messageAt the message pointers
     * @param requestIdAt the request id pointers
     * @param usualStatus the usual error status
     * @param errorsWithSuccessStatus whether a 2xx answer may be an error
     * @param successCodes the codes that mean success
     */
    public ErrorEnvelope(List<String> codeAt, List<String> messageAt, List<String> requestIdAt, int usualStatus,
            boolean errorsWithSuccessStatus, Set<String> successCodes) {
        this(codeAt, messageAt, requestIdAt, usualStatus, errorsWithSuccessStatus, successCodes, List.of());
    }

    /**
     * An envelope without success codes.
     *
     * @param codeAt the code pointers
     * @param messageAt the message pointers
     * @param requestIdAt the request id pointers
     * @param usualStatus the usual error status
     * @param errorsWithSuccessStatus whether a 2xx answer may be an error
     */
    public ErrorEnvelope(List<String> codeAt, List<String> messageAt, List<String> requestIdAt, int usualStatus,
            boolean errorsWithSuccessStatus) {
        this(codeAt, messageAt, requestIdAt, usualStatus, errorsWithSuccessStatus, Set.of());
    }

    private static List<String> pointers(List<String> pointers, String name) {
        List<String> copy = List.copyOf(Objects.requireNonNull(pointers, name));
        for (String pointer : copy) {
            if (!pointer.startsWith("/")) {
                throw new IllegalArgumentException(name + " holds '" + pointer + "', not a JSON Pointer (/a/b)");
            }
        }
        return copy;
    }
}
