package io.dclink.spi;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a signer sees of one attempt of a call. The headers are those the call will send (names as
 * given); the timestamp is taken from the client's clock for each attempt, so a retry is signed
 * afresh.
 *
 * @param method the HTTP method
 * @param uri the absolute request URI
 * @param headers the headers to be sent, before signing
 * @param body the exact body bytes
 * @param timestamp the signing time
 */
public record SigningRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body, Instant timestamp) {
}
