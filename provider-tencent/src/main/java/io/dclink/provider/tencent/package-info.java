/**
 * The Tencent Cloud Direct Connect plugin ({@code tencent}): the {@code dc} API (2018-04-10) for
 * access points, lines and dedicated tunnels, and the {@code vpc} API (2017-03-12) for DC gateways,
 * signed with TC3-HMAC-SHA256. See docs/providers.md for the mapping and what is unverified.
 */
package io.dclink.provider.tencent;
