/**
 * Redundant pairs: two lines ordered, tracked and verified as one thing. The application names the
 * resilience it wants ({@link io.dclink.pair.Resilience}) and the line's parameters once
 * ({@link io.dclink.pair.PairRequest}); {@link io.dclink.pair.RedundantPairs} checks that the pair
 * can be built before anything is ordered, orders both lines with the provider's redundancy fields
 * (or its native redundant order), and reports one combined state, one required action at a time
 * and which guarantees hold. Which pairings a provider allows is data its plugin declares
 * ({@link io.dclink.pair.PairingRules}).
 */
package io.dclink.pair;
