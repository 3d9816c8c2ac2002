/** The Console Connect (PCCW Global) plugin ({@code consoleconnect}): ports, metros and Layer 2 connections. */
module io.dclink.provider.consoleconnect {
    requires transitive io.dclink.api;
    requires transitive io.dclink.spi;
    requires io.dclink.provider.kit;

    exports io.dclink.provider.consoleconnect;

    provides io.dclink.spi.DirectConnectProvider with io.dclink.provider.consoleconnect.ConsoleConnectProvider;
}
