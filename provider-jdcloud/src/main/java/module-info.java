/** The JD Cloud Direct Connection plugin ({@code jdcloud}); being built. */
module io.dclink.provider.jdcloud {
    requires transitive io.dclink.api;
    requires io.dclink.provider.kit;
}
