/**
 * dclink's public API: the neutral model, lifecycle vocabulary, typed errors, credentials, the
 * client entry point and the plugin SPI. JDK only. The runtime ({@code io.dclink.core}) is found
 * with {@link java.util.ServiceLoader} and need not be required.
 */
module io.dclink.api {
    requires transitive java.net.http;
    // Compile time only: @GenerateBuilder and the generated builders' @Generated are source-retained
    // (transitive because @Generated is documented, so part of the builders' API).
    requires static io.dclink.codegen;
    requires static transitive java.compiler;

    exports io.dclink;
    exports io.dclink.auth;
    exports io.dclink.error;
    exports io.dclink.event;
    exports io.dclink.hosted;
    exports io.dclink.interceptor;
    exports io.dclink.lifecycle;
    exports io.dclink.model;
    exports io.dclink.pair;
    exports io.dclink.spi;
    exports io.dclink.wait;

    uses io.dclink.spi.DirectConnectRuntime;
    uses io.dclink.spi.PairOrderRuntime;
}
