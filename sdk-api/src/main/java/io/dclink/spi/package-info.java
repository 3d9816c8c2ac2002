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
 * <p>{@link io.dclink.spi.DirectConnectRuntime} is implemented by dclink's runtime (sdk-core)
 * only; plugin authors do not implement it.
 */
package io.dclink.spi;
