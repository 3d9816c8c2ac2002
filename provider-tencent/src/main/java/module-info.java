/** The Tencent Cloud Direct Connect plugin ({@code tencent}). */
module io.dclink.provider.tencent {
    requires transitive io.dclink.api;
    requires transitive io.dclink.spi;
    requires io.dclink.provider.kit;

    exports io.dclink.provider.tencent;

    provides io.dclink.spi.DirectConnectProvider with io.dclink.provider.tencent.TencentProvider;
}
