/**
 * One order across two providers: a partner's connection from your port to a cloud's company,
 * landing on your cloud account as an interface on the partner's shared line. For example a
 * Console Connect Layer 2 connection to {@code tencent-cloud}, completed by a Tencent dedicated
 * tunnel on the line Console Connect shares.
 *
 * <p>Start one with {@link io.dclink.hosted.HostedOrders#start}; follow it with
 * {@link io.dclink.hosted.HostedOrder#refresh()} or
 * {@link io.dclink.hosted.HostedOrder#waitUntil(HostedState, java.time.Duration)}; store
 * {@link io.dclink.hosted.HostedOrder#checkpoint()} and
 * {@link io.dclink.hosted.HostedOrders#resume resume} after a restart. Its
 * {@link io.dclink.hosted.HostedState state} combines both sides, with one required action at a
 * time and the {@link io.dclink.hosted.HostedParty party} that must act.
 */
package io.dclink.hosted;
