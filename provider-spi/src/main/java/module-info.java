/**
 * dclink's provider plugin SPI: what a plugin implements ({@link io.dclink.spi.DirectConnectProvider})
 * and the runtime calls. JDK only; built on {@code io.dclink.api}, which it re-exports. Applications
 * need only {@code io.dclink.api}; plugins depend on this module (usually through
 * {@code io.dclink.provider.kit}).
 */
module io.dclink.spi {
    requires transitive io.dclink.api;

    exports io.dclink.spi;
}
