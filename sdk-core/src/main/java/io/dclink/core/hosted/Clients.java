package io.dclink.core.hosted;

import io.dclink.DirectConnect;

/**
 * A hosted order's two clients and what their plugins declare.
 *
 * @param partner the partner's client
 * @param partnerRules its plugin's declarations
 * @param cloud the cloud's client
 * @param cloudRules its plugin's declarations
 */
record Clients(DirectConnect partner, ProviderRules partnerRules, DirectConnect cloud, ProviderRules cloudRules) {
}
