package io.dclink.model;

import io.dclink.auth.Secret;

/**
 * The BGP settings of a virtual interface.
 *
 * @param customerAsn the customer's autonomous system number, or {@code null} when not set
 * @param providerAsn the provider side's autonomous system number, or {@code null} when unknown
 * @param authKey the MD5 authentication key, or {@code null}
 */
public record BgpPeering(Long customerAsn, Long providerAsn, Secret authKey) {

    /**
     * Customer-side settings for a request: the provider fills in its own ASN.
     *
     * @param customerAsn the customer's ASN
     * @param authKey the MD5 key, or {@code null}
     * @return the settings
     */
    public static BgpPeering customer(long customerAsn, String authKey) {
        return new BgpPeering(customerAsn, null, Secret.ofNullable(authKey));
    }
}
