/**
 * Interceptors: user code that observes and decorates a client's operations and HTTP attempts
 * (metrics, tracing, extra headers), at documented positions relative to the runtime's checks and
 * retries.
 */
package io.dclink.interceptor;
