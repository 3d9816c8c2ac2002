package io.dclink.interceptor;

import io.dclink.Capability;
import io.dclink.lifecycle.ResourceType;
import java.time.Instant;
import java.util.Map;

/** One call of the public API, as interceptors see it. */
public interface OperationContext {

    /** {@return the provider id} */
    String provider();

    /** {@return the operation's name, e.g. {@code CONNECTION_CREATE}} */
    String operation();

    /** {@return the capability the operation needs} */
    Capability capability();

    /** {@return the resource type it works on} */
    ResourceType resource();

    /** {@return its input (the request, or the resource id), never to be modified} */
    Object input();

    /** {@return when it started, by the client's clock} */
    Instant startedAt();

    /**
     * {@return the mutable, thread-safe values interceptors keep for the operation's length (a span, a timer sample)}
     * They are shared by every interceptor of the client, so use keys of your own.
     */
    Map<String, Object> attributes();
}
