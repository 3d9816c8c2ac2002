/**
 * Redundant pairs ({@link io.dclink.pair.RedundantPairs}), written on a client's public API: the
 * access points, the lines' applications and reads. What differs between providers comes from the
 * plugin's {@link io.dclink.pair.PairingRules}; only the native redundant order and those rules are
 * reached through {@link io.dclink.core.internal.PairAccess}. No class here names a provider.
 */
package io.dclink.core.pair;
