package io.dclink.provider.jdcloud;

import java.util.Locale;

/**
 * Every JD Cloud operation the plugin calls, in ONE table: the service (also the signing scope),
 * the method, the path under {@code /v1/regions/{regionId}/}, the body field that wraps the
 * request model, and the result field the plugin reads. Only {@code describeConnections} and the
 * {@code vpc} route-table operations are published in the SDKs; every other row is inferred from
 * JD Cloud's REST conventions and marked UNVERIFIED, so correcting one is a one-line change here.
 * Inferred bodies wrap the model in a field named after the SDK model in lowerCamel
 * ({@code ConnectionSpec} → {@code connectionSpec}), as the project's emulator expects (UNVERIFIED).
 * A {@code :} in a path is sent and signed as {@code %3A}.
 */
enum Api {

    // ---- bgw: physical connections
    /** Verified: sdk-go bgw DescribeConnections.go. Single reads use it too, filtered by id. */
    DESCRIBE_CONNECTIONS(Service.BGW, "GET", "connections/", null, "connections"),
    CREATE_CONNECTION(Service.BGW, "POST", "connections/", "connectionSpec", "connectionId"), // UNVERIFIED
    MODIFY_CONNECTION(Service.BGW, "PATCH", "connections/{id}", "modifyConnectionSpec", null), // UNVERIFIED
    DELETE_CONNECTION(Service.BGW, "DELETE", "connections/{id}", null, null), // UNVERIFIED
    CONFIRM_CONNECTION(Service.BGW, "POST", "connections/{id}:confirmConnection", "confirmConnectionSpec", null), // UNVERIFIED: action name
    // ---- bgw: where lines land
    DESCRIBE_LOCATIONS(Service.BGW, "GET", "locations/", null, "locations"), // UNVERIFIED
    DESCRIBE_PARTNERS(Service.BGW, "GET", "partners/", null, "partners"), // UNVERIFIED
    // ---- bgw: border gateways and their VPC attachments
    DESCRIBE_BGWS(Service.BGW, "GET", "bgws/", null, "bgws"), // UNVERIFIED
    DESCRIBE_BGW(Service.BGW, "GET", "bgws/{id}", null, "bgw"), // UNVERIFIED
    CREATE_BGW(Service.BGW, "POST", "bgws/", "bgwSpec", "bgwId"), // UNVERIFIED
    DELETE_BGW(Service.BGW, "DELETE", "bgws/{id}", null, null), // UNVERIFIED
    DESCRIBE_VPC_ATTACHMENTS(Service.BGW, "GET", "vpcAttachments/", null, "vpcAttachments"), // UNVERIFIED
    CREATE_VPC_ATTACHMENT(Service.BGW, "POST", "vpcAttachments/", "vpcAttachmentSpec", "vpcAttachmentId"), // UNVERIFIED
    DELETE_VPC_ATTACHMENT(Service.BGW, "DELETE", "vpcAttachments/{id}", null, null), // UNVERIFIED
    // ---- bgw: private virtual interfaces
    DESCRIBE_PRIVATE_VIFS(Service.BGW, "GET", "privateVifs/", null, "privateVifs"), // UNVERIFIED
    DESCRIBE_PRIVATE_VIF(Service.BGW, "GET", "privateVifs/{id}", null, "privateVif"), // UNVERIFIED
    CREATE_PRIVATE_VIF(Service.BGW, "POST", "privateVifs/", "createPrivateVifSpec", "privateVifId"), // UNVERIFIED
    MODIFY_PRIVATE_VIF(Service.BGW, "PATCH", "privateVifs/{id}", "modifyPrivateVirtualInterfaceSpec", null), // UNVERIFIED
    DELETE_PRIVATE_VIF(Service.BGW, "DELETE", "privateVifs/{id}", null, null), // UNVERIFIED
    // ---- bgw: the border gateway's route table (batch operations)
    DESCRIBE_BGW_ROUTES(Service.BGW, "GET", "bgws/{id}/bgwRoutes", null, "bgwRoutes"), // UNVERIFIED
    CREATE_BGW_ROUTES(Service.BGW, "POST", "bgws/{id}/bgwRoutes", "bgwRouteSpecs", "bgwRouteIds"), // UNVERIFIED
    DELETE_BGW_ROUTES(Service.BGW, "DELETE", "bgws/{id}/bgwRoutes", null, null), // UNVERIFIED: ids as bgwRouteIds.N
    // ---- vpc: the VPC's CIDR and its route tables (sdk-go services/vpc/apis)
    DESCRIBE_VPC(Service.VPC, "GET", "vpcs/{id}", null, "vpc"), // verified path; result field UNVERIFIED
    DESCRIBE_ROUTE_TABLES(Service.VPC, "GET", "routeTables/", null, "routeTables"), // verified
    DESCRIBE_ROUTE_TABLE(Service.VPC, "GET", "routeTables/{id}", null, "routeTable"), // verified
    DESCRIBE_ROUTE_TABLE_RULES(Service.VPC, "GET", "routeTables/{id}/routeTableRules", null, "routeTableRules"), // verified
    ADD_ROUTE_TABLE_RULES(Service.VPC, "POST", "routeTables/{id}:addRouteTableRules", "routeTableRuleSpecs", null), // verified
    REMOVE_ROUTE_TABLE_RULES(Service.VPC, "POST", "routeTables/{id}:removeRouteTableRules", "ruleIds", null); // verified

    /** The JD Cloud service an operation belongs to: its host and its signing scope. */
    enum Service {
        /** Direct Connection, "border gateway": {@code bgw.jdcloud-api.com}. */
        BGW("bgw"),
        /** Virtual private clouds: {@code vpc.jdcloud-api.com}. */
        VPC("vpc");

        private final String code;

        Service(String code) {
            this.code = code;
        }

        /** The service code: host name prefix and signing scope. */
        String code() {
            return code;
        }
    }

    private final Service service;
    private final String method;
    private final String path;
    private final String bodyField;
    private final String resultField;

    Api(Service service, String method, String path, String bodyField, String resultField) {
        this.service = service;
        this.method = method;
        this.path = path;
        this.bodyField = bodyField;
        this.resultField = resultField;
    }

    Service service() {
        return service;
    }

    String method() {
        return method;
    }

    /** The path under {@code /v1/regions/{regionId}/}, with {@code {id}} for the resource's id. */
    String path() {
        return path;
    }

    /** The body field wrapping the request model, or {@code null} for calls without a body. */
    String bodyField() {
        return bodyField;
    }

    /** The result field the plugin reads: a listing's array, a single read's record or a create's id. */
    String resultField() {
        return resultField;
    }

    /** The SDK's name of the operation, for logs and errors: {@code describeConnections}. */
    String operation() {
        StringBuilder name = new StringBuilder();
        for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
