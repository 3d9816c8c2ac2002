package io.dclink.core.testplugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.core.http.ErrorCategory;
import io.dclink.core.http.Hashing;
import io.dclink.core.http.ProviderErrors;
import io.dclink.core.json.Json;
import io.dclink.error.DirectConnectException;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.AccessPoint;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.ProviderState;
import io.dclink.spi.AccessPointDriver;
import io.dclink.spi.ConnectionDriver;
import io.dclink.spi.HttpCall;
import io.dclink.spi.HttpResult;
import io.dclink.spi.Idempotency;
import io.dclink.spi.Page;
import io.dclink.spi.ProviderClient;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.RequestSigner;
import io.dclink.spi.ResponseClassifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Gamma's wire protocol: {@code GET /connections}, {@code GET /connections/{id}},
 * {@code POST /connections}; errors as {@code {"error":{"code":..,"message":..}}} with any status;
 * the request id in {@code X-Request-Id}; a toy HMAC signature in {@code Authorization}.
 */
final class GammaClient implements ProviderClient {

    private final ProviderContext context;
    private final URI base;
    private final boolean tokens;

    GammaClient(ProviderContext context, boolean tokens) {
        this.context = context;
        this.base = context.endpointOverride().orElseThrow();
        this.tokens = tokens;
    }

    private RequestSigner signer() {
        return request -> {
        AccessKeyCredentials keys = (AccessKeyCredentials) context.credentials();
        String stringToSign = request.method() + "\n" + request.uri().getRawPath() + "\n" + request.timestamp().getEpochSecond();
        return Map.of("Authorization", "GAMMA " + keys.accessKeyId() + ":"
                        + Hashing.hex(Hashing.hmacSha256(keys.secretKey().reveal().getBytes(), stringToSign)),
                "X-Gamma-Time", Long.toString(request.timestamp().getEpochSecond()));
        };
    }

    static final ResponseClassifier CLASSIFIER = (result, response) -> {
        String requestId = result.header("X-Request-Id").orElse(null);
        if (!result.bodyText().contains("\"error\"")) {
            return Optional.empty();
        }
        JsonNode error = Json.tree(result.body(), "the error body", response.errorContext().withRequestId(requestId)).path("error");
        String code = error.path("code").asText();
        ErrorCategory category = switch (code) {
            case "Throttled" -> ErrorCategory.THROTTLED;
            case "AuthFailure" -> ErrorCategory.AUTHENTICATION;
            case "NotFound" -> ErrorCategory.NOT_FOUND;
            case "InternalError" -> ErrorCategory.UNAVAILABLE;
            default -> ErrorCategory.OTHER;
        };
        DirectConnectException mapped = ProviderErrors.of(category, code, requestId, error.path("message").asText(), response);
        return Optional.of(mapped);
    };

    private CompletableFuture<HttpResult> send(String operation, String method, String path, String body, Idempotency idempotency) {
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

    private Connection connection(JsonNode node) {
        return Connection.builder().provider("gamma").id(node.path("id").asText()).name(node.path("name").asText())
                .state(ConnectionState.PENDING_APPROVAL).requiredAction(RequiredAction.WAIT_FOR_PROVIDER)
                .providerState(ProviderState.of("NEW"))
                .tags(Map.of("idempotency-key", node.path("key").asText())).build();
    }

    private <T> T parse(HttpResult result, String what, java.util.function.Function<JsonNode, T> mapping) {
        return mapping.apply(Json.tree(result.body(), what,
                io.dclink.error.ErrorContext.of("gamma").withRequestId(result.header("X-Request-Id").orElse(null))));
    }

    @Override
    public AccessPointDriver accessPoints() {
        return token -> CompletableFuture.completedFuture(Page.<AccessPoint>last(List.of()));
    }

    @Override
    public ConnectionDriver connections() {
        return new ConnectionDriver() {
            @Override
            public CompletableFuture<Page<Connection>> list(ConnectionQuery query, String pageToken) {
                return send("ListConnections", "GET", "/connections", null, Idempotency.IDEMPOTENT)
                        .thenApply(result -> parse(result, "the connection list", tree -> {
                            List<Connection> items = new ArrayList<>();
                            tree.path("items").forEach(node -> items.add(connection(node)));
                            return Page.last(items);
                        }));
            }

            @Override
            public CompletableFuture<Connection> get(String id) {
                return send("GetConnection", "GET", "/connections/" + id, null, Idempotency.IDEMPOTENT)
                        .thenApply(result -> parse(result, "the connection", GammaClient.this::connection));
            }

            @Override
            public java.util.Set<String> providerOptionKeys() {
                return java.util.Set.of("pairingKey");
            }

            @Override
            public CompletableFuture<Connection> create(CreateConnectionRequest request) {
                ObjectNode body = Json.mapper().createObjectNode().put("name", request.name())
                        .put("key", request.idempotencyKey());
                String pairingKey = request.providerOptions().get("pairingKey");
                if (pairingKey != null) {
                    body.put("pairingKey", pairingKey);
                }
                return send("CreateConnection", "POST", "/connections", body.toString(),
                                tokens ? Idempotency.CLIENT_TOKEN : Idempotency.NOT_IDEMPOTENT, pairingKey)
                        .thenApply(result -> parse(result, "the created connection", GammaClient.this::connection));
            }

            @Override
            public CompletableFuture<Optional<Connection>> findCreated(CreateConnectionRequest request) {
                return list(ConnectionQuery.all(), null).thenApply(page -> page.items().stream()
                        .filter(c -> request.idempotencyKey().equals(c.tags().get("idempotency-key"))).findFirst());
            }
        };
    }

}
