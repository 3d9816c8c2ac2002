/**
 * dclink's provider plugin SPI: what a plugin implements ({@link io.dclink.spi.DirectConnectProvider})
 * and the runtime calls. JDK only; built on {@code io.dclink.api} and {@code io.dclink.orders}, which it
 * re-exports. Applications need only {@code io.dclink.api} (and {@code io.dclink.orders} for pair and hosted
 * orders); plugins depend on this module (usually through
 * {@code io.dclink.provider.kit}).
 */
module io.dclink.spi {
    requires transitive io.dclink.api;
    // A descriptor declares its provider's PairingRules; a native redundant order takes a RedundantLinesOrder.
    requires transitive io.dclink.orders;

    exports io.dclink.spi;
}
