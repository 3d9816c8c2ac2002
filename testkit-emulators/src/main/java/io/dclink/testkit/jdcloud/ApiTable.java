package io.dclink.testkit.jdcloud;

import io.dclink.testkit.emulator.RestRoutes;
import java.util.List;
import java.util.Optional;

/**
 * Every operation the emulator answers, in ONE table: service, method, path, the SDK-style
 * operation name (used by fault scripts and the request log) and the body field holding the
 * request model. Only two {@code bgw} operations are published in the SDKs; every other
 * {@code bgw} row is inferred from JD Cloud's REST conventions and marked UNVERIFIED, so that
 * correcting one is a one-line change here. The body field of an inferred model follows one rule:
 * the lowerCamel name of the SDK model ({@code ConnectionSpec} → {@code connectionSpec}).
 * Collections end in {@code /}, items do not; sub-collections follow the verified
 * {@code routeTables/{id}/routeTableRules} (no trailing slash). The array of a list result is the
 * model's lowerCamel plural ({@code bgws}, {@code privateVifs}, …) beside {@code totalCount}:
 * UNVERIFIED except {@code connections} and the {@code vpc} service's.
 */
final class ApiTable {

    /**
     * One operation.
     *
     * @param service the signing scope's service, {@code bgw} or {@code vpc}
     * @param method the HTTP method
     * @param template the path, {@code {name}} for a path parameter
     * @param operation the SDK-style name
     * @param bodyField the body's field holding the request model, or {@code null} for none
     */
    record Route(String service, String method, String template, String operation, String bodyField) {
    }

    private static final String R = "/v1/regions/{regionId}/";

    static final List<Route> ROUTES = List.of(
            // ---- bgw: physical connections
            new Route("bgw", "GET", R + "connections/", "describeConnections", null), // verified: sdk-go bgw DescribeConnections.go
            new Route("bgw", "GET", R + "connections/{connectionId}", "describeConnection", null), // UNVERIFIED
            new Route("bgw", "POST", R + "connections/", "createConnection", "connectionSpec"), // UNVERIFIED
            new Route("bgw", "PATCH", R + "connections/{connectionId}", "modifyConnection", "modifyConnectionSpec"), // UNVERIFIED
            new Route("bgw", "DELETE", R + "connections/{connectionId}", "deleteConnection", null), // UNVERIFIED
            new Route("bgw", "POST", R + "connections/{connectionId}:confirmConnection", "confirmConnection",
                    "confirmConnectionSpec"), // UNVERIFIED: action name and path
            // ---- bgw: access points
            new Route("bgw", "GET", R + "locations/", "describeLocations", null), // UNVERIFIED
            new Route("bgw", "GET", R + "locations/{locationId}", "describeLocation", null), // UNVERIFIED
            new Route("bgw", "GET", R + "locationPortSpecs/", "describeLocationPortSpecs", null), // UNVERIFIED
            new Route("bgw", "GET", R + "locationPortSpecs/{locationPortSpecId}", "describeLocationPortSpec", null), // UNVERIFIED
            new Route("bgw", "GET", R + "locationISPs/", "describeLocationISPs", null), // UNVERIFIED
            new Route("bgw", "GET", R + "locationISPs/{locationISPId}", "describeLocationISP", null), // UNVERIFIED
            new Route("bgw", "GET", R + "partners/", "describePartners", null), // UNVERIFIED
            new Route("bgw", "GET", R + "partners/{partnerId}", "describePartner", null), // UNVERIFIED
            // ---- bgw: border gateways and VPC attachments
            new Route("bgw", "GET", R + "bgws/", "describeBgws", null), // UNVERIFIED
            new Route("bgw", "GET", R + "bgws/{bgwId}", "describeBgw", null), // UNVERIFIED
            new Route("bgw", "POST", R + "bgws/", "createBgw", "bgwSpec"), // UNVERIFIED
            new Route("bgw", "PATCH", R + "bgws/{bgwId}", "modifyBgw", "modifyBgwSpec"), // UNVERIFIED
            new Route("bgw", "DELETE", R + "bgws/{bgwId}", "deleteBgw", null), // UNVERIFIED
            new Route("bgw", "GET", R + "vpcAttachments/", "describeVpcAttachments", null), // UNVERIFIED
            new Route("bgw", "GET", R + "vpcAttachments/{vpcAttachmentId}", "describeVpcAttachment", null), // UNVERIFIED
            new Route("bgw", "POST", R + "vpcAttachments/", "createVpcAttachment", "vpcAttachmentSpec"), // UNVERIFIED
            new Route("bgw", "PATCH", R + "vpcAttachments/{vpcAttachmentId}", "modifyVpcAttachment",
                    "modifyVpcAttachmentSpec"), // UNVERIFIED: path and model name
            new Route("bgw", "DELETE", R + "vpcAttachments/{vpcAttachmentId}", "deleteVpcAttachment", null), // UNVERIFIED
            // ---- bgw: private virtual interfaces
            new Route("bgw", "GET", R + "privateVifs/", "describePrivateVifs", null), // UNVERIFIED
            new Route("bgw", "GET", R + "privateVifs/{privateVifId}", "describePrivateVif", null), // UNVERIFIED
            new Route("bgw", "POST", R + "privateVifs/", "createPrivateVif", "createPrivateVifSpec"), // UNVERIFIED
            new Route("bgw", "PATCH", R + "privateVifs/{privateVifId}", "modifyPrivateVif",
                    "modifyPrivateVirtualInterfaceSpec"), // UNVERIFIED
            new Route("bgw", "DELETE", R + "privateVifs/{privateVifId}", "deletePrivateVif", null), // UNVERIFIED
            // ---- bgw: the border gateway's route table (batch operations)
            new Route("bgw", "GET", R + "bgws/{bgwId}/bgwRoutes", "describeBgwRoutes", null), // UNVERIFIED
            new Route("bgw", "POST", R + "bgws/{bgwId}/bgwRoutes", "createBgwRoutes", "bgwRouteSpecs"), // UNVERIFIED
            new Route("bgw", "PATCH", R + "bgws/{bgwId}/bgwRoutes", "modifyBgwRoutes", "modifyBgwRouteSpecs"), // UNVERIFIED
            new Route("bgw", "DELETE", R + "bgws/{bgwId}/bgwRoutes", "deleteBgwRoutes", null), // UNVERIFIED: ids as bgwRouteIds.N
            // ---- bgw: quotas and the VPN tunnel's admin status
            new Route("bgw", "GET", R + "quotas/", "describeQuotas", null), // UNVERIFIED
            new Route("bgw", "POST", R + "vpnTunnels/{vpnTunnelId}:adminStatus", "modifyAdminStatus",
                    "adminStatus"), // verified: sdk-go bgw ModifyAdminStatus.go
            // ---- vpc: the VPC's CIDR and its route tables (reference §1.1 and §1.7, from sdk-go vpc)
            new Route("vpc", "GET", R + "vpcs/", "describeVpcs", null), // verified path; UNVERIFIED result fields beyond addressPrefix
            new Route("vpc", "GET", R + "vpcs/{vpcId}", "describeVpc", null), // verified path; UNVERIFIED result fields beyond addressPrefix
            new Route("vpc", "GET", R + "routeTables/", "describeRouteTables", null), // verified: sdk-go vpc DescribeRouteTables.go
            new Route("vpc", "GET", R + "routeTables/{routeTableId}", "describeRouteTable", null), // verified
            new Route("vpc", "GET", R + "routeTables/{routeTableId}/routeTableRules", "describeRouteTableRules", null), // verified
            new Route("vpc", "POST", R + "routeTables/{routeTableId}:addRouteTableRules", "addRouteTableRules",
                    "routeTableRuleSpecs"), // verified
            new Route("vpc", "POST", R + "routeTables/{routeTableId}:modifyRouteTableRules", "modifyRouteTableRules",
                    "modifyRouteTableRuleSpecs"), // verified
            new Route("vpc", "POST", R + "routeTables/{routeTableId}:removeRouteTableRules", "removeRouteTableRules",
                    "ruleIds")); // verified

    private static final RestRoutes<Route> TABLE = new RestRoutes<>(ROUTES, Route::method, Route::template, false);

    private ApiTable() {
    }

    /**
     * The route of a request.
     *
     * @param method the HTTP method
     * @param decodedPath the path, percent-decoded
     * @return the match, if an operation answers it
     */
    static Optional<RestRoutes.Match<Route>> match(String method, String decodedPath) {
        return TABLE.match(method, decodedPath);
    }
}
