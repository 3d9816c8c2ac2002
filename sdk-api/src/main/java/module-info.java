/**
 * dclink's public API: the neutral model, lifecycle vocabulary, typed errors, credentials and the
 * client entry point. JDK only. The runtime ({@code io.dclink.core}) is found with
 * {@link java.util.ServiceLoader} and need not be required; the plugin SPI is the separate module
 * {@code io.dclink.spi} (artifact {@code provider-spi}), which applications never need. Redundant
 * pairs ({@code io.dclink.pair}) and hosted orders across two providers ({@code io.dclink.hosted}) are
 * the separate module {@code io.dclink.orders} (artifact {@code sdk-orders}), built on this one.
 */
@SuppressWarnings("module") // io.dclink.core and io.dclink.orders, the qualified export's targets, are built after this module
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
    exports io.dclink.interceptor;
    exports io.dclink.lifecycle;
    exports io.dclink.model;
    exports io.dclink.wait;
    // The api→core bridge: only the runtime implements it, so neither applications nor plugins see it;
    // io.dclink.orders uses its checkpoint text, its wait checks and DirectConnectRuntime.only.
    exports io.dclink.runtime to io.dclink.core, io.dclink.orders;

    uses io.dclink.runtime.DirectConnectRuntime;
}
