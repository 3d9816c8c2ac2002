package io.dclink.interceptor;

import java.util.OptionalInt;

/** One HTTP attempt, as interceptors see it: no body, no signature, no query string. */
public interface AttemptContext {

    /**
     * The provider id.
     *
     * @return the id
     */
    String provider();

    /**
     * The provider's name for the call, e.g. {@code DescribeDirectConnects}.
     *
     * @return the name
     */
    String action();

    /**
     * The HTTP method.
     *
     * @return the method
     */
    String method();

    /**
     * The endpoint and path, without the query string.
     *
     * @return e.g. {@code https://dc.tencentcloudapi.com/}
     */
    String endpoint();

    /**
     * Which attempt of the call this is, from 1.
     *
     * @return the number
     */
    int attempt();

    /**
     * Adds a header to this attempt (only in {@link Interceptor#beforeAttempt}); it is sent but not
     * signed. Names the provider's signature covers cannot be set.
     *
     * @param name the header name
     * @param value the value
     * @throws IllegalStateException after the attempt was sent
     * @throws IllegalArgumentException for a header the call already has
     */
    void addHeader(String name, String value);

    /**
     * The HTTP status of the answer, once it arrived.
     *
     * @return the status, or empty before the answer or when none came
     */
    OptionalInt statusCode();

    /**
     * How long the attempt took, once it ended.
     *
     * @return the nanoseconds, or 0 before it ended
     */
    long elapsedNanos();

    /**
     * Why the attempt failed without an answer (a timeout, a refused connection).
     *
     * @return the failure, or {@code null}
     */
    Throwable failure();
}
