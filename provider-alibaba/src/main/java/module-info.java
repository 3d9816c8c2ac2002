/** The Alibaba Cloud Express Connect plugin ({@code alibaba}). */
module io.dclink.provider.alibaba {
    requires transitive io.dclink.api;
    requires transitive io.dclink.spi;
    requires io.dclink.provider.kit;

    exports io.dclink.provider.alibaba;

    provides io.dclink.spi.DirectConnectProvider with io.dclink.provider.alibaba.AlibabaProvider;
}
