package io.dclink.runtime;

import io.dclink.DirectConnect;
import io.dclink.pair.RedundantPairs;

/**
 * dclink's redundant-pair orders, found by {@link RedundantPairs#of(DirectConnect)} with
 * {@link java.util.ServiceLoader}. Implemented by sdk-core only; plugin authors declare their
 * provider's pairing as data ({@code io.dclink.spi.ProviderDescriptor.Builder.pairing(PairingRules)})
 * and do not implement it.
 */
public interface PairOrderRuntime {

    /**
     * The pair orders of a client this runtime built.
     *
     * @param client the client
     * @return the pair orders
     * @throws IllegalArgumentException if another runtime built the client
     */
    RedundantPairs pairs(DirectConnect client);
}
