package io.dclink.core.testplugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.error.DirectConnectException;
import io.dclink.error.ErrorContext;
import io.dclink.kit.http.Hashing;
import io.dclink.kit.http.ProviderErrors;
import io.dclink.kit.json.Json;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.RouteState;
import io.dclink.model.Connection;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.ProviderState;
import io.dclink.model.Route;
import io.dclink.spi.ErrorCategory;
import io.dclink.spi.ErrorEnvelope;
import io.dclink.spi.ErrorTable;
import io.dclink.spi.HttpCall;
import io.dclink.spi.HttpResult;
import io.dclink.spi.Idempotency;
import io.dclink.spi.Page;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.RequestSigner;
import io.dclink.spi.ResponseClassifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Gamma's wire protocol: {@code GET /connections}, {@code GET /connections/{id}},
 * {@code POST /connections}, {@code GET /routes}, {@code POST /routes}; errors as
 * {@code {"error":{"code":..,"message":..}}} with any status; the request id in
 * {@code X-Request-Id}; a toy HMAC signature in {@code Authorization}.
 */
final class GammaClient {

    /** Gamma's error codes. */
    static final ErrorTable ERRORS = ErrorTable.builder()
            .exact("Throttled", ErrorCategory.THROTTLED)
            .exact("AuthFailure", ErrorCategory.AUTHENTICATION)
            .exact("NotFound", ErrorCategory.NOT_FOUND).status(404)
            .exact("InternalError", ErrorCategory.UNAVAILABLE)
            .build();
    /**
     * Where gamma's errors keep their code and message, at any status (a throttled call may come
     * with 200); the request id travels in the X-Request-Id header.
     */
    static final ErrorEnvelope ENVELOPE =
            new ErrorEnvelope(List.of("/error/code"), List.of("/error/message"), List.of(), 400, true);
    /** The provider options gamma takes when it creates a connection. */

    static final ResponseClassifier CLASSIFIER = (result, response) -> {
        String requestId = result.header("X-Request-Id").orElse(null);
        if (!result.bodyText().contains("\"error\"")) {
            return Optional.empty();
        }
        JsonNode error = Json.tree(result.body(), "the error body", response.errorContext().withRequestId(requestId))
                .path("error");
        String code = error.path("code").asText();
        ErrorTable.Classification classification = ERRORS.classify(code, result.statusCode());
        DirectConnectException mapped = ProviderErrors.of(classification.category(), classification.retryable(), code,
                requestId, error.path("message").asText(), response);
        return Optional.of(mapped);
    };

    private final ProviderContext context;
    private final String provider;
    private final URI base;
    private final boolean tokens;

    /**
     * @param tokens whether gamma de-duplicates creates on the client token (the {@code key} field),
     *     so that the transport may send a create again
     */
    GammaClient(ProviderContext context, String provider, boolean tokens) {
        this.context = context;
        this.provider = provider;
        this.base = context.endpointOverride().orElseThrow();
        this.tokens = tokens;
    }

    // connections

    CompletableFuture<Page<Connection>> listConnections() {
        return send("ListConnections", "GET", "/connections", null, Idempotency.IDEMPOTENT)
                .thenApply(result -> parse(result, "the connection list", tree -> {
                    List<Connection> items = new ArrayList<>();
                    tree.path("items").forEach(node -> items.add(connection(node)));
                    return Page.last(items);
                }));
    }

    CompletableFuture<Connection> getConnection(String id) {
        return send("GetConnection", "GET", "/connections/" + id, null, Idempotency.IDEMPOTENT)
                .thenApply(result -> parse(result, "the connection", this::connection));
    }

    CompletableFuture<Connection> createConnection(CreateConnectionRequest request) {
        ObjectNode body = Json.object().put("name", request.name()).put("key", request.idempotencyKey());
        String pairingKey = request.providerOptions().get("pairingKey");
        if (pairingKey != null) {
            body.put("pairingKey", pairingKey);
        }
        CompletableFuture<Connection> created = send("CreateConnection", "POST", "/connections", body.toString(),
                createIdempotency(), pairingKey).thenApply(result -> parse(result, "the created connection", this::connection));
        return "true".equals(context.properties().get("readBack"))
                ? created.thenCompose(connection -> getConnection(connection.id())) : created;
    }

    CompletableFuture<Optional<Connection>> findConnection(CreateConnectionRequest request) {
        return listConnections().thenApply(page -> page.items().stream()
                .filter(c -> request.idempotencyKey().equals(c.tags().get("idempotency-key"))).findFirst());
    }

    // routes

    CompletableFuture<Page<Route>> listRoutes() {
        return send("ListRoutes", "GET", "/routes", null, Idempotency.IDEMPOTENT)
                .thenApply(result -> parse(result, "the route list", tree -> {
                    List<Route> items = new ArrayList<>();
                    tree.path("items").forEach(node -> items.add(route(node)));
                    return Page.last(items);
                }));
    }

    CompletableFuture<Route> createRoute(CreateRouteRequest request) {
        ObjectNode body = Json.object().put("destination", request.destination()).put("key", request.idempotencyKey());
        if (request.gatewayId() != null) {
            body.put("gatewayId", request.gatewayId());
        }
        if (request.virtualInterfaceId() != null) {
            body.put("virtualInterfaceId", request.virtualInterfaceId());
        }
        return send("CreateRoute", "POST", "/routes", body.toString(), createIdempotency())
                .thenApply(result -> parse(result, "the created route", this::route));
    }

    CompletableFuture<Optional<Route>> findRoute(CreateRouteRequest request) {
        return listRoutes().thenApply(page -> page.items().stream()
                .filter(r -> request.idempotencyKey().equals(r.attributes().get("idempotency-key"))).findFirst());
    }

    // the wire

    private Idempotency createIdempotency() {
        return tokens ? Idempotency.CLIENT_TOKEN : Idempotency.NOT_IDEMPOTENT;
    }

    private RequestSigner signer() {
        return request -> {
            AccessKeyCredentials keys = (AccessKeyCredentials) context.credentials();
            String stringToSign = request.method() + "\n" + request.uri().getRawPath() + "\n"
                    + request.timestamp().getEpochSecond();
            return Map.of("Authorization", "GAMMA " + keys.accessKeyId() + ":"
                            + Hashing.hex(Hashing.hmacSha256(keys.secretKey().reveal().getBytes(), stringToSign)),
                    "X-Gamma-Time", Long.toString(request.timestamp().getEpochSecond()));
        };
    }

    private CompletableFuture<HttpResult> send(String operation, String method, String path, String body,
            Idempotency idempotency) {
        return send(operation, method, path, body, idempotency, null);
    }

    private CompletableFuture<HttpResult> send(String operation, String method, String path, String body,
            Idempotency idempotency, String sensitive) {
        HttpCall.Builder call = HttpCall.builder(operation, method, base.resolve(path))
                .signer(signer()).classifier(CLASSIFIER).idempotency(idempotency).sensitive(sensitive)
                .header("Content-Type", "application/json");
        if (body != null) {
            call.body(body);
        }
        return context.transport().send(call.build());
    }

    /** A connection: {@code PENDING_APPROVAL} unless its {@code state} says {@code ACTIVE}. */
    private Connection connection(JsonNode node) {
        boolean active = node.path("state").asText().equals("ACTIVE");
        return Connection.builder().provider(provider).id(node.path("id").asText()).name(node.path("name").asText())
                .state(active ? ConnectionState.ACTIVE : ConnectionState.PENDING_APPROVAL)
                .requiredAction(active ? RequiredAction.NONE : RequiredAction.WAIT_FOR_PROVIDER)
                .providerState(ProviderState.of(active ? "ACTIVE" : "NEW"))
                .tags(Map.of("idempotency-key", node.path("key").asText())).build();
    }

    private Route route(JsonNode node) {
        return Route.builder().provider(provider).id(node.path("id").asText()).state(RouteState.ACTIVE)
                .requiredAction(RequiredAction.NONE).providerState(ProviderState.of("ACTIVE"))
                .destination(node.path("destination").asText())
                .gatewayId(node.path("gatewayId").isMissingNode() ? null : node.path("gatewayId").asText())
                .virtualInterfaceId(node.path("virtualInterfaceId").isMissingNode()
                        ? null : node.path("virtualInterfaceId").asText())
                .attributes(Map.of("idempotency-key", node.path("key").asText())).build();
    }

    private <T> T parse(HttpResult result, String what, Function<JsonNode, T> mapping) {
        return mapping.apply(Json.tree(result.body(), what,
                ErrorContext.of(provider).withRequestId(result.header("X-Request-Id").orElse(null))));
    }
}
