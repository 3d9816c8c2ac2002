/**
 * What provider plugins share for talking HTTP: the typed-error factory, RFC 3986 encoding and
 * the hashes the providers' signatures are built from. The transport itself is reached through
 * {@link io.dclink.spi.ProviderContext#transport()}.
 */
package io.dclink.core.http;
