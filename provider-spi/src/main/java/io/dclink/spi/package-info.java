/**
 * The provider plugin SPI. A plugin is a {@link java.util.ServiceLoader} service implementing
 * {@link io.dclink.spi.DirectConnectProvider}, which hands out one
 * {@link io.dclink.spi.ProviderDescriptor}: values, not behaviour, wherever possible —
 * its credentials ({@link io.dclink.spi.CredentialVariables}), raw-state tables
 * ({@link io.dclink.spi.StateTable}), error codes ({@link io.dclink.spi.ErrorTable},
 * {@link io.dclink.spi.ErrorEnvelope}), lifecycle refinements and its
 * {@link io.dclink.spi.OperationTable}, which binds each {@link io.dclink.spi.ProviderOperation} it
 * offers to a handler on its own client. The SPI version it was compiled for is fixed at compile
 * time ({@link io.dclink.spi.SpiVersion#MAJOR}).
 *
 * <p>Handlers are asynchronous and provider-specific in their wire protocol only: they map the
 * provider's records onto the neutral model and send calls through the runtime's
 * {@link io.dclink.spi.Transport}. Validation of the common rules, lifecycle gating, idempotent
 * creates, paging guards, waiting, events and interceptors belong to the runtime. Plugins build on
 * the {@code provider-kit} artifact (package {@code io.dclink.kit}), never on the runtime.
 *
 * <p>This package is its own module ({@code io.dclink.spi}, artifact {@code provider-spi}) on top of
 * {@code io.dclink.api}: applications compile against the API alone. How the API finds the runtime
 * ({@code io.dclink.runtime}) is not part of the SPI; plugin authors never implement it.
 */
package io.dclink.spi;
