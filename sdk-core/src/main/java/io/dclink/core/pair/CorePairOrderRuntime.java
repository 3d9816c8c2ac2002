package io.dclink.core.pair;

import io.dclink.DirectConnect;
import io.dclink.core.internal.PairAccess;
import io.dclink.pair.RedundantPairs;
import io.dclink.runtime.PairOrderRuntime;

/** The runtime's redundant-pair orders, bound to the API through {@link java.util.ServiceLoader}. */
public final class CorePairOrderRuntime implements PairOrderRuntime {

    /** Called by {@link java.util.ServiceLoader}. */
    public CorePairOrderRuntime() {
    }

    @Override
    public RedundantPairs pairs(DirectConnect client) {
        return new PairOrders(client, PairAccess.of(client));
    }
}
