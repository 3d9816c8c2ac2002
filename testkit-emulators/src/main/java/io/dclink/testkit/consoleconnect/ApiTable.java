package io.dclink.testkit.consoleconnect;

import io.dclink.testkit.emulator.RestRoutes;
import java.util.List;
import java.util.Optional;

/**
 * Every operation the emulator answers, in ONE table: method, path and operation name (used by
 * fault scripts and the request log). The trailing comment of each row names its source in the
 * provider reference; rows seen only in Console Connect's own gateway fixtures or in customer
 * scripts are "probable", rows seen nowhere are UNVERIFIED, so that correcting one is a one-line
 * change here. Companies are addressed by username; the verbs are Console Connect's (create is
 * PUT, update is POST).
 */
final class ApiTable {

    /**
     * One operation.
     *
     * @param method the HTTP method
     * @param template the path, {@code {name}} for a path parameter
     * @param operation the operation's name
     */
    record Route(String method, String template, String operation) {
    }

    private static final String COMPANY = "/api/company/{company}/";
    private static final String COMPANY_V2 = "/api/v2/company/{company}/";

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/api/auth/token", "getAuthToken"), // verified: DOC-Auth (who am I)
            new Route("PUT", "/api/auth/token", "login"), // verified path: DOC-Auth (deprecated portal-token login)
            new Route("GET", COMPANY + "ports", "listPorts"), // verified: DOC-Ports, DOC-Creating-L2-Connection
            new Route("GET", COMPANY + "ports/{portId}", "getPort"), // verified: DOC-Ports
            new Route("POST", COMPANY + "ports/{portId}", "updatePort"), // verified: DOC-Ports
            new Route("GET", COMPANY + "metro/capabilities", "listMetroCapabilities"), // verified: DOC-Metros, DOC-Tencent-Cloud
            new Route("PUT", COMPANY_V2 + "connections/layer2", "createLayer2Connection"), // verified: DOC-Layer-2-Connections
            new Route("GET", COMPANY + "connections", "listConnections"), // verified: DOC-Layer-2-Connections
            new Route("GET", COMPANY + "connections/{connectionId}", "getConnection"), // probable: customer scripts (TACO, MARLINK)
            new Route("GET", COMPANY_V2 + "connections/{connectionId}", "getConnection"), // probable: KRAKEN fixtures
            new Route("POST", COMPANY_V2 + "connections/{connectionId}", "updateConnection"), // verified: DOC-Layer-2-Connections
            new Route("PUT", COMPANY + "connections/{connectionId}/disable", "disableConnection"), // UNVERIFIED: KRAKEN fixtures only
            new Route("DELETE", COMPANY_V2 + "connections/{connectionId}", "deleteConnection"), // probable: TACO, KRAKEN
            new Route("POST", "/api/pricing/calculate", "calculatePrice")); // verified: DOC-Pricing

    private static final RestRoutes<Route> TABLE = new RestRoutes<>(ROUTES, Route::method, Route::template, true);

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
