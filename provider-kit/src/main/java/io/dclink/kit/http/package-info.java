/**
 * What provider plugins share for talking HTTP: the error classifier built from a plugin's error
 * tables, the typed-error factory, RFC 3986 encoding and the hashes the providers' signatures are
 * built from. The transport itself is reached through {@link io.dclink.spi.ProviderContext#transport()}.
 */
package io.dclink.kit.http;
