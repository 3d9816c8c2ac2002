/** The JD Cloud Direct Connection plugin ({@code jdcloud}). */
module io.dclink.provider.jdcloud {
    requires transitive io.dclink.api;
    requires transitive io.dclink.spi;
    requires io.dclink.provider.kit;

    exports io.dclink.provider.jdcloud;

    provides io.dclink.spi.DirectConnectProvider with io.dclink.provider.jdcloud.JdCloudProvider;
}
