package io.dclink.core.internal;

import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.pair.RedundantLinesOrder;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reading and setting the idempotency key of a create request.
 *
 * @param get the request's key, or {@code null}
 * @param with a copy of the request with a key
 * @param <I> the request type
 */
record IdempotencyKeys<I>(Function<I, String> get, BiFunction<I, String, I> with) {

    static final IdempotencyKeys<CreateConnectionRequest> CONNECTION = new IdempotencyKeys<>(
            CreateConnectionRequest::idempotencyKey, (r, key) -> r.toBuilder().idempotencyKey(key).build());
    static final IdempotencyKeys<CreateGatewayRequest> GATEWAY = new IdempotencyKeys<>(
            CreateGatewayRequest::idempotencyKey, (r, key) -> r.toBuilder().idempotencyKey(key).build());
    static final IdempotencyKeys<CreateVirtualInterfaceRequest> VIRTUAL_INTERFACE = new IdempotencyKeys<>(
            CreateVirtualInterfaceRequest::idempotencyKey, (r, key) -> r.toBuilder().idempotencyKey(key).build());
    static final IdempotencyKeys<RedundantLinesOrder> REDUNDANT_ORDER = new IdempotencyKeys<>(
            RedundantLinesOrder::idempotencyKey, RedundantLinesOrder::withIdempotencyKey);
    static final IdempotencyKeys<CreateRouteRequest> ROUTE = new IdempotencyKeys<>(
            CreateRouteRequest::idempotencyKey, (r, key) -> r.toBuilder().idempotencyKey(key).build());

    /** A request that carries a key: the caller's, or a new one. */
    I keyed(I request) {
        return get.apply(request) != null ? request : with.apply(request, newKey());
    }

    static String newKey() {
        return "dclink-" + UUID.randomUUID().toString().replace("-", "");
    }
}
