package io.dclink.spi;

import java.util.Objects;

/**
 * The input of an operation on one existing resource: its id and what to do to it.
 *
 * @param id the resource id (for LOA operations, the connection's)
 * @param request the change, options or document
 * @param <R> the request type
 */
public record Change<R>(String id, R request) {

    /**
     * Validates the components.
     *
     * @param id the id
     * @param request the request
     */
    public Change {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
    }
}
