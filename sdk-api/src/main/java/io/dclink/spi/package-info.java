/**
 * The provider plugin SPI. A provider plugin is a {@link java.util.ServiceLoader} service
 * implementing {@link io.dclink.spi.DirectConnectProvider}: an id, the SPI version it targets, its
 * capabilities, optional lifecycle refinements (as data), and a factory for a
 * {@link io.dclink.spi.ProviderClient} built from a narrow {@link io.dclink.spi.ProviderContext}.
 *
 * <p>The client's drivers are asynchronous and provider-specific in their wire protocol only: they
 * map the provider's records onto the neutral model (raw state to neutral state and required
 * action; unknown raw values to {@code UNKNOWN}) and the provider's errors onto the typed errors of
 * {@link io.dclink.error}. Validation of common rules, lifecycle gating, paging, waiting and events
 * are done by the runtime, not by plugins.
 *
 * <p>{@link io.dclink.spi.DirectConnectRuntime} is implemented by dclink's runtime (sdk-core)
 * only; plugin authors do not implement it.
 */
package io.dclink.spi;
