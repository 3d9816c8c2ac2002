/**
 * An emulator of Tencent Cloud Direct Connect (the {@code dc} API, 2018-04-10), of the DC
 * gateway actions of the {@code vpc} API (2017-03-12) and of the tag service's
 * DescribeResourcesByTags ({@code tag}, 2018-08-13), written from the provider reference: TC3
 * signatures, the JSON envelope and error codes, Offset/Limit paging, the line lifecycle (review,
 * payment, construction; rejection and resubmission) and tunnels (configuration, acceptance on
 * shared lines). The lifecycles of lines and tunnels are
 * {@link io.dclink.testkit.emulator.RawLifecycle} tables, taken by the clock, the operator and
 * requests alike.
 */
package io.dclink.testkit.tencent;
