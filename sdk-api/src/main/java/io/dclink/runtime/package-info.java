/**
 * The bridge from the API to dclink's runtime: the services {@link io.dclink.DirectConnect},
 * {@link io.dclink.hosted.HostedOrders} and {@link io.dclink.pair.RedundantPairs} find with
 * {@link java.util.ServiceLoader}, and the text format every checkpoint is stored in
 * ({@link io.dclink.runtime.CheckpointText}: the wait and pair checkpoints here, the hosted order's in
 * sdk-core). Implemented by sdk-core only and exported to it alone (as SLF4J's
 * {@code SLF4JServiceProvider}); neither applications nor plugins use it.
 */
package io.dclink.runtime;
