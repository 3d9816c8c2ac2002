/**
 * dclink's runtime: the lifecycle state machine, plugin discovery, the operation pipeline,
 * transport, resilience and waiters. Applications reach it through {@code io.dclink.api}; plugins
 * never see it. Only the pure lifecycle machine is exported, for the compatibility kit.
 */
@SuppressWarnings("requires-automatic")
module io.dclink.core {
    requires transitive io.dclink.api;
    requires transitive io.dclink.spi; // io.dclink.core.lifecycle takes the SPI's tables
    requires io.dclink.provider.kit;
    requires org.slf4j;

    exports io.dclink.core.lifecycle;

    uses io.dclink.spi.DirectConnectProvider;
    provides io.dclink.runtime.DirectConnectRuntime with io.dclink.core.internal.CoreRuntime;
    provides io.dclink.orders.runtime.OrdersRuntime with io.dclink.core.orders.CoreOrdersRuntime;
}
