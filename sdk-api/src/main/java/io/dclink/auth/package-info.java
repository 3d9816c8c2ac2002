/**
 * Credentials and secret values. Secrets never appear in {@code toString()}, logs or exception
 * messages: {@link io.dclink.auth.Secret} prints as a mask and must be revealed explicitly.
 */
package io.dclink.auth;
