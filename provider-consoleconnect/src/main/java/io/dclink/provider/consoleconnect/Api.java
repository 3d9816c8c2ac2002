package io.dclink.provider.consoleconnect;

/**
 * Every Console Connect call the plugin makes, in ONE table: the method, the path ({@code {company}}
 * is a company's username, {@code {id}} the resource's ObjectId) and the name logs and errors use.
 * The trailing comment of each row names its source in the provider reference; a path seen only in
 * Console Connect's own gateway fixtures or in customer scripts is "probable", so that correcting one
 * is a one-line change here. Console Connect's verbs: create is {@code PUT}, update is {@code POST}.
 */
enum Api {

    WHO_AM_I("GET", "/api/auth/token", "getAuthToken"), // DOC-Auth: the user behind the key, with its companies
    LIST_PORTS("GET", "/api/company/{company}/ports", "listPorts"), // DOC-Ports, DOC-Creating-L2-Connection
    GET_PORT("GET", "/api/company/{company}/ports/{id}", "getPort"), // DOC-Ports
    RENAME_PORT("POST", "/api/company/{company}/ports/{id}", "updatePort"), // DOC-Ports
    METRO_CAPABILITIES("GET", "/api/company/{company}/metro/capabilities", "listMetroCapabilities"), // DOC-Metros
    CREATE_LAYER2("PUT", "/api/v2/company/{company}/connections/layer2", "createLayer2Connection"), // DOC-Layer-2-Connections
    LIST_CONNECTIONS("GET", "/api/company/{company}/connections", "listConnections"), // DOC-Layer-2-Connections
    GET_CONNECTION("GET", "/api/v2/company/{company}/connections/{id}", "getConnection"), // probable: KRAKEN (v1 in TACO)
    RENAME_CONNECTION("POST", "/api/v2/company/{company}/connections/{id}", "updateConnection"), // DOC-Layer-2-Connections
    DELETE_CONNECTION("DELETE", "/api/v2/company/{company}/connections/{id}", "deleteConnection"), // probable: TACO, KRAKEN
    CALCULATE_PRICE("POST", "/api/pricing/calculate", "calculatePrice"); // DOC-Pricing

    private final String method;
    private final String path;
    private final String operation;

    Api(String method, String path, String operation) {
        this.method = method;
        this.path = path;
        this.operation = operation;
    }

    String method() {
        return method;
    }

    /** The path, with {@code {company}} and {@code {id}} to fill in. */
    String path() {
        return path;
    }

    /** The call's name in logs and errors. */
    String operation() {
        return operation;
    }
}
