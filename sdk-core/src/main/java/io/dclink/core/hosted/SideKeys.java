package io.dclink.core.hosted;

import io.dclink.error.Problem;
import io.dclink.hosted.HostedOrderRequest;
import java.util.Optional;
import java.util.UUID;

/** The order's idempotency key and the keys of its two sides, derived from it. */
final class SideKeys {

    private SideKeys() {
    }

    static String orderKey(HostedOrderRequest request) {
        return request.idempotencyKey() != null ? request.idempotencyKey()
                : "hosted-" + UUID.randomUUID().toString().replace("-", "");
    }

    static String partner(String orderKey) {
        return orderKey + "-partner";
    }

    static String cloud(String orderKey) {
        return orderKey + "-cloud";
    }

    static Optional<Problem> check(String orderKey) {
        boolean printable = orderKey.chars().allMatch(c -> c > 32 && c < 127);
        if (orderKey.isEmpty() || orderKey.length() > HostedOrderRequest.LONGEST_KEY || !printable) {
            return Optional.of(new Problem("idempotencyKey", "must be 1 to " + HostedOrderRequest.LONGEST_KEY
                    + " printable ASCII characters without spaces (each side's key adds a suffix)"));
        }
        return Optional.empty();
    }
}
