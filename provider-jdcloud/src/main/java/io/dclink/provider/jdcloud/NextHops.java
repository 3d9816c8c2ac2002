package io.dclink.provider.jdcloud;

import java.util.Arrays;
import java.util.Optional;

/**
 * The next hops of a border gateway's routes. Requests name their type in snake_case
 * ({@code bgwNexthopType: private_vif}), answers in camelCase ({@code bgwRouteNextHopType: privateVif});
 * the request and the response fields are named differently too. The plugin tells what a caller's
 * id names by its prefix, as the reference's samples write ids (UNVERIFIED: JD's id prefixes).
 */
enum NextHops {

    PRIVATE_VIF("private_vif", "privateVif"),
    HOSTED_PRIVATE_VIF("hosted_private_vif", "hostedPrivateVif"),
    VPC_ATTACHMENT("vpc_attachment", "vpcAttachment"),
    VPN_CONNECTION("vpn_connection", "vpnConnection"),
    /** UNVERIFIED: the response spelling of the {@code vpc} next hop. */
    VPC("vpc", "vpc");

    /** The id prefixes the plugin reads callers' ids by. UNVERIFIED: taken from the reference's samples. */
    static final String VIF_PREFIX = "pvif-";
    static final String ATTACHMENT_PREFIX = "vpca-";
    static final String VPC_PREFIX = "vpc-";
    static final String BGW_PREFIX = "bgw-";
    static final String ROUTE_TABLE_PREFIX = "rtb-";

    private final String request;
    private final String response;

    NextHops(String request, String response) {
        this.request = request;
        this.response = response;
    }

    /** The type as a request writes it: {@code private_vif}. */
    String request() {
        return request;
    }

    /** The type an answer writes: {@code privateVif}. */
    String response() {
        return response;
    }

    /** The next hop an answer's type names. */
    static Optional<NextHops> ofResponse(String type) {
        return Arrays.stream(values()).filter(hop -> hop.response.equals(type)).findFirst();
    }

    /** Whether an answer's next hop is a private VIF, hosted or not. */
    static boolean isVif(String responseType) {
        return PRIVATE_VIF.response.equals(responseType) || HOSTED_PRIVATE_VIF.response.equals(responseType);
    }
}
