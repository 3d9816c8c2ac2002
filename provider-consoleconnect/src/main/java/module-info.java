/** The Console Connect plugin ({@code consoleconnect}); being built. */
module io.dclink.provider.consoleconnect {
    requires transitive io.dclink.api;
    requires io.dclink.provider.kit;
}
