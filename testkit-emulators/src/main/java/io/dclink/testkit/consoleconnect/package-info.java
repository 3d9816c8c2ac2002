/**
 * An emulator of the Console Connect (PCCW Global) REST API, written from the provider reference and
 * not from any plugin: {@code Authorization: Bearer} keys (the deprecated {@code portal-token} is
 * refused), {@code GET /api/auth/token}, ports ({@code deleted=false}, {@code capacity}, a port
 * {@code READY} for its physical link), destination companies' metro capabilities, Layer 2
 * connections (create with {@code PUT}, not idempotent; rename with {@code POST}; disable; delete to
 * {@code DELETED}) walking their statuses by the emulated clock, the destination company and
 * support ({@code MANUAL}, with the hand-off values of a Tencent landing), pricing (200 or 204 for
 * no price), LoopBack error envelopes and the framework's faults. Paths come from one table,
 * {@link io.dclink.testkit.consoleconnect.ApiTable}; guesses are marked UNVERIFIED where they are
 * made.
 *
 * <p>Console Connect has no regions: the emulator is not {@code regional()}, and clients built
 * with {@link io.dclink.testkit.emulator.Emulator#clientBuilder()} have none.
 */
package io.dclink.testkit.consoleconnect;
