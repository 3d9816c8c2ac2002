/**
 * The bridge from the API to dclink's runtime: the service {@link io.dclink.DirectConnect} finds with
 * {@link java.util.ServiceLoader} (the orders of {@code io.dclink.orders}, {@code HostedOrders} and
 * {@code RedundantPairs}, find theirs the same way, through {@link io.dclink.runtime.DirectConnectRuntime#only}),
 * the text format every checkpoint is stored in ({@link io.dclink.runtime.CheckpointText}: the wait
 * checkpoints here, the pair checkpoints in {@code io.dclink.orders}, the hosted order's in sdk-core) and
 * the checks of a wait's durations ({@link io.dclink.runtime.WaitDurations}). Implemented by sdk-core only
 * and exported to it and to {@code io.dclink.orders} alone (as SLF4J's {@code SLF4JServiceProvider});
 * neither applications nor plugins use it.
 */
package io.dclink.runtime;
