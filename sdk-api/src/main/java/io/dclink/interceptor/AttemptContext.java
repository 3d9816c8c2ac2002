package io.dclink.interceptor;

import java.util.OptionalInt;

/** One HTTP attempt, as interceptors see it: no body, no signature, no query string. */
public interface AttemptContext {

    /** {@return the provider id} */
    String provider();

    /** {@return the provider's name for the call, e.g. {@code DescribeDirectConnects}} */
    String action();

    /** {@return the HTTP method} */
    String method();

    /** {@return the endpoint and path, without the query string, e.g. {@code https://dc.tencentcloudapi.com/}} */
    String endpoint();

    /** {@return which attempt of the call this is, from 1} */
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

    /** {@return the HTTP status of the answer, once it arrived, or empty before the answer or when none came} */
    OptionalInt statusCode();

    /** {@return how long the attempt took in nanoseconds, or 0 before it ended} */
    long elapsedNanos();

    /** {@return why the attempt failed without an answer (a timeout, a refused connection), or {@code null}} */
    Throwable failure();
}
