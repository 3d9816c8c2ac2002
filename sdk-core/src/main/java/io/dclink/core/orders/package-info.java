/**
 * The runtime's side of {@code io.dclink.orders}: the bridge that hands out a client's redundant
 * pairs ({@link io.dclink.core.pair}) and the runtime's hosted orders ({@link io.dclink.core.hosted}).
 * It depends on both and nothing depends on it, so neither needs to know the other.
 */
package io.dclink.core.orders;
