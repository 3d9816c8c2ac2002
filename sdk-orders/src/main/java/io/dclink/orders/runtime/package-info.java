/**
 * The bridge from the orders to dclink's runtime: the service {@link io.dclink.pair.RedundantPairs} and
 * {@link io.dclink.hosted.HostedOrders} find with {@link java.util.ServiceLoader}. Implemented by sdk-core
 * only and exported to it alone, as {@code io.dclink.runtime} in {@code io.dclink.api}; neither
 * applications nor plugins use it.
 */
package io.dclink.orders.runtime;
