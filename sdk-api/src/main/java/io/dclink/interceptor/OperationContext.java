package io.dclink.interceptor;

import io.dclink.Capability;
import io.dclink.lifecycle.ResourceType;
import java.time.Instant;
import java.util.Map;

/** One call of the public API, as interceptors see it. */
public interface OperationContext {

    /**
     * The provider id.
     *
     * @return the id
     */
    String provider();

    /**
     * The operation's name, e.g. {@code CONNECTION_CREATE}.
     *
     * @return the name
     */
    String operation();

    /**
     * The capability the operation needs.
     *
     * @return the capability
     */
    Capability capability();

    /**
     * The resource type it works on.
     *
     * @return the type
     */
    ResourceType resource();

    /**
     * Its input: the request, or the resource id.
     *
     * @return the input, never to be modified
     */
    Object input();

    /**
     * When it started, by the client's clock.
     *
     * @return the time
     */
    Instant startedAt();

    /**
     * Values interceptors keep for the operation's length (a span, a timer sample); shared by every
     * interceptor of the client, so use keys of your own.
     *
     * @return the mutable, thread-safe attributes
     */
    Map<String, Object> attributes();
}
