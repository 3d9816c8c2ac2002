/**
 * dclink's public API: the neutral model, lifecycle vocabulary, typed errors, credentials and the
 * client entry point. JDK only. The runtime ({@code io.dclink.core}) is found with
 * {@link java.util.ServiceLoader} and need not be required; the plugin SPI is the separate module
 * {@code io.dclink.spi} (artifact {@code provider-spi}), which applications never need.
 */
@SuppressWarnings("module") // io.dclink.core, the target of the qualified export, is built after this module
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
    exports io.dclink.wait;
    // The api→core bridge: only the runtime implements it, so neither applications nor plugins see it.
    exports io.dclink.runtime to io.dclink.core;

    uses io.dclink.runtime.DirectConnectRuntime;
    uses io.dclink.runtime.PairOrderRuntime;
}
