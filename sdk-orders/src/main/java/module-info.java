/**
 * dclink's orders that span clients or lines, built on {@code io.dclink.api} (which it re-exports):
 * redundant pairs of lines on one client ({@code io.dclink.pair}) and hosted orders across two
 * providers ({@code io.dclink.hosted}). JDK only. An application that orders single lines needs only
 * {@code io.dclink.api}; one that orders pairs or hosted lines adds this module (artifact
 * {@code sdk-orders}, which every provider plugin brings through {@code provider-spi}). The runtime
 * ({@code io.dclink.core}) implements the orders and is found with {@link java.util.ServiceLoader}.
 */
@SuppressWarnings("module") // io.dclink.core, the target of the qualified export, is built after this module
module io.dclink.orders {
    requires transitive io.dclink.api;
    // Compile time only, as in io.dclink.api: @GenerateBuilder and the generated builders' @Generated.
    requires static io.dclink.codegen;
    requires static transitive java.compiler;

    exports io.dclink.hosted;
    exports io.dclink.pair;
    // The orders' bridge to the runtime: only the runtime implements it, so neither applications nor plugins see it.
    exports io.dclink.orders.runtime to io.dclink.core;

    uses io.dclink.orders.runtime.OrdersRuntime;
}
