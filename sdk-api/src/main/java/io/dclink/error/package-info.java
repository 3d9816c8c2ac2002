/**
 * The typed errors of dclink. Every error is a {@link io.dclink.error.DirectConnectException}
 * carrying the provider id, the provider's raw error code, its request id, the HTTP status and
 * whether a retry may succeed; each subtype's message says what to do. No message ever contains a
 * secret.
 */
package io.dclink.error;
