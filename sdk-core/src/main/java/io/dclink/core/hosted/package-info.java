/**
 * Hosted orders: one order across two clients (a partner's and a cloud's), built on their public
 * API only and on data the plugins declare, so that no code here names a provider. Wired to the API
 * by the runtime ({@link io.dclink.core.hosted.HostedOrderFactory}).
 */
package io.dclink.core.hosted;
