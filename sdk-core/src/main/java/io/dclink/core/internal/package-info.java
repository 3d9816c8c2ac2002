/**
 * The runtime's wiring: the {@link io.dclink.runtime.DirectConnectRuntime} and
 * {@link io.dclink.orders.runtime.OrdersRuntime} bindings and the client
 * facade that validates, checks capabilities and lifecycle gates, then calls the plugin's drivers.
 * Not an API: plugins must not use this package.
 */
package io.dclink.core.internal;
