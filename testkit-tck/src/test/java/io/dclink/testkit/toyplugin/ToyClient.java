package io.dclink.testkit.toyplugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.core.http.ErrorCategory;
import io.dclink.core.http.Hashing;
import io.dclink.core.http.Percent;
import io.dclink.core.http.ProviderErrors;
import io.dclink.core.json.Json;
import io.dclink.core.validation.NetworkRules;
import io.dclink.core.validation.NumberRange;
import io.dclink.core.validation.Problems;
import io.dclink.core.validation.Ranges;
import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.GatewayState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.AccessPoint;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.GatewayQuery;
import io.dclink.model.PaymentOptions;
import io.dclink.model.ProviderState;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.RouteType;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.AccessPointDriver;
import io.dclink.spi.ConnectionDriver;
import io.dclink.spi.GatewayDriver;
import io.dclink.spi.HttpCall;
import io.dclink.spi.HttpResult;
import io.dclink.spi.Idempotency;
import io.dclink.spi.Page;
import io.dclink.spi.ProviderClient;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.RequestSigner;
import io.dclink.spi.ResponseClassifier;
import io.dclink.spi.RouteDriver;
import io.dclink.spi.VirtualInterfaceDriver;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The toy plugin's client: toy JSON over the runtime's transport. */
final class ToyClient implements ProviderClient {

    enum Defect { NONE, WRONG_MAPPING, RETRIES_CREATES }

    private static final String KEY_TAG = "dclink-idempotency-key";

    private final ProviderContext context;
    private final String provider;
    private final Defect defect;
    private final URI base;

    ToyClient(ProviderContext context, String provider, Defect defect) {
        this.context = context;
        this.provider = provider;
        this.defect = defect;
        this.base = context.endpointOverride().orElse(URI.create("https://api.toy.example"));
    }

    private final ResponseClassifier classifier = (result, response) -> {
        if (result.statusCode() < 400) {
            return Optional.empty();
        }
        JsonNode body = Json.tree(result.body(), "the error", response.errorContext());
        String code = body.path("error").path("code").asText();
        ErrorCategory category = switch (code) {
            case "InvalidParameter" -> ErrorCategory.INVALID_REQUEST;
            case "UnknownKey", "SignatureMismatch", "SignatureExpired" -> ErrorCategory.AUTHENTICATION;
            case "NotFound" -> ErrorCategory.NOT_FOUND;
            case "WrongState" -> ErrorCategory.INVALID_STATE;
            case "Throttled" -> ErrorCategory.THROTTLED;
            case "InternalError" -> ErrorCategory.UNAVAILABLE;
            default -> ErrorCategory.OTHER;
        };
        return Optional.of(ProviderErrors.of(category, code, body.path("requestId").asText(null),
                body.path("error").path("message").asText(), response));
    };

    private RequestSigner signer() {
        return request -> {
            AccessKeyCredentials keys = (AccessKeyCredentials) context.credentials();
            String time = Long.toString(request.timestamp().getEpochSecond());
            return Map.of("X-Toy-Key", keys.accessKeyId(), "X-Toy-Time", time, "X-Toy-Signature",
                    Hashing.hex(Hashing.hmacSha256(keys.secretKey().reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            request.method() + "\n" + request.uri().getRawPath() + "\n"
                                    + (request.uri().getRawQuery() == null ? "" : request.uri().getRawQuery()) + "\n"
                                    + time + "\n" + Hashing.sha256Hex(request.body()))));
        };
    }

    private CompletableFuture<JsonNode> call(String operation, String method, String path, ObjectNode body,
            Idempotency idempotency, String sensitive) {
        HttpCall.Builder call = HttpCall.builder(operation, method, base.resolve(path))
                .signer(signer()).classifier(classifier).idempotency(idempotency).sensitive(sensitive);
        if (body != null) {
            call.header("Content-Type", "application/json").body(body.toString());
        }
        return context.transport().send(call.build()).thenApply(this::parse);
    }

    private CompletableFuture<JsonNode> read(String operation, String path) {
        return call(operation, "GET", path, null, Idempotency.IDEMPOTENT, null);
    }

    private JsonNode parse(HttpResult result) {
        return Json.tree(result.body(), "the toy response", ErrorContext.of(provider));
    }

    private static <T> Page<T> page(JsonNode body, Function<JsonNode, T> mapping) {
        List<T> items = new ArrayList<>();
        body.path("items").forEach(node -> items.add(mapping.apply(node)));
        return new Page<>(items, body.hasNonNull("next") ? body.get("next").asText() : null);
    }

    private static String pageQuery(String token) {
        return "page=" + (token == null ? "1" : token) + "&size=10";
    }

    private Connection line(JsonNode node) {
        String status = node.path("status").asText();
        ConnectionState state;
        RequiredAction action;
        switch (status) {
            case "APPLIED" -> { state = ConnectionState.PENDING_APPROVAL; action = RequiredAction.WAIT_FOR_PROVIDER; }
            case "REJECTED" -> { state = ConnectionState.REJECTED; action = RequiredAction.RESUBMIT; }
            case "UNPAID" -> { state = ConnectionState.PENDING_PAYMENT; action = RequiredAction.PAY; }
            case "BUILDING" -> { state = ConnectionState.PROVISIONING; action = RequiredAction.CONTACT_CARRIER; }
            case "LIVE" -> {
                boolean wrong = defect == Defect.WRONG_MAPPING;
                state = wrong ? ConnectionState.PENDING_APPROVAL : ConnectionState.ACTIVE;
                action = wrong ? RequiredAction.WAIT_FOR_PROVIDER : RequiredAction.NONE;
            }
            case "REMOVING" -> { state = ConnectionState.DELETING; action = RequiredAction.WAIT_FOR_PROVIDER; }
            default -> { state = ConnectionState.UNKNOWN; action = RequiredAction.UNKNOWN; }
        }
        Map<String, String> tags = new java.util.LinkedHashMap<>();
        node.path("tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText()));
        return Connection.builder().provider(provider).id(node.path("id").asText()).name(node.path("name").asText())
                .state(state).requiredAction(action).providerState(ProviderState.of(status))
                .accessPointId(node.path("accessPoint").asText(null)).tags(tags).build();
    }

    private VirtualInterface vif(JsonNode node) {
        String status = node.path("status").asText();
        VirtualInterfaceState state;
        RequiredAction action;
        switch (status) {
            case "CONFIGURING" -> { state = VirtualInterfaceState.PENDING; action = RequiredAction.CONFIGURE_ROUTER; }
            case "UP" -> { state = VirtualInterfaceState.ACTIVE; action = RequiredAction.NONE; }
            case "WAITING_OWNER" -> { state = VirtualInterfaceState.PENDING_ACCEPTANCE; action = RequiredAction.ACCEPT; }
            case "REFUSED" -> { state = VirtualInterfaceState.REJECTED; action = RequiredAction.NONE; }
            case "REMOVING" -> { state = VirtualInterfaceState.DELETING; action = RequiredAction.WAIT_FOR_PROVIDER; }
            default -> { state = VirtualInterfaceState.UNKNOWN; action = RequiredAction.UNKNOWN; }
        }
        return VirtualInterface.builder().provider(provider).id(node.path("id").asText()).name(node.path("name").asText())
                .state(state).requiredAction(action).providerState(ProviderState.of(status))
                .operationalStatus("UP".equals(node.path("link").asText()) ? OperationalStatus.UP : OperationalStatus.DOWN)
                .connectionId(node.path("line").asText(null)).gatewayId(node.path("gateway").asText(null))
                .vlan(node.path("vlan").asInt()).providerAddress(node.path("local").asText(null))
                .customerAddress(node.path("peer").asText(null))
                .bgp(node.has("asn") ? new BgpPeering(node.get("asn").asLong(), 65000L, null) : null).build();
    }

    @Override
    public AccessPointDriver accessPoints() {
        return token -> read("ListAccessPoints", "/accessPoints?" + pageQuery(token)).thenApply(body -> page(body, node -> {
            String status = node.path("status").asText();
            return AccessPoint.builder().provider(provider).id(node.path("id").asText()).name(node.path("name").asText())
                    .state("OPEN".equals(status) ? AccessPointState.AVAILABLE
                            : "CLOSED".equals(status) ? AccessPointState.UNAVAILABLE : AccessPointState.UNKNOWN)
                    .providerState(ProviderState.of(status)).city(node.path("city").asText(null)).build();
        }));
    }

    @Override
    public ConnectionDriver connections() {
        return new ConnectionDriver() {
            @Override
            public CompletableFuture<Page<Connection>> list(ConnectionQuery query, String pageToken) {
                String only = query.ids().size() == 1 ? "&id=" + Percent.encode(query.ids().get(0)) : "";
                return read("GetLines", "/lines?" + pageQuery(pageToken) + only).thenApply(body -> page(body, ToyClient.this::line));
            }

            @Override
            public CompletableFuture<Connection> get(String id) {
                return read("GetLines", "/lines/" + Percent.encode(id)).thenApply(ToyClient.this::line);
            }

            @Override
            public CompletableFuture<Connection> create(CreateConnectionRequest request) {
                ObjectNode body = Json.mapper().createObjectNode().put("name", request.name())
                        .put("accessPoint", request.accessPointId());
                body.putObject("tags").put(KEY_TAG, request.idempotencyKey());
                Idempotency idempotency = defect == Defect.RETRIES_CREATES ? Idempotency.IDEMPOTENT : Idempotency.NOT_IDEMPOTENT;
                return call("CreateLine", "POST", "/lines", body, idempotency, null).thenApply(ToyClient.this::line);
            }

            @Override
            public CompletableFuture<Optional<Connection>> findCreated(CreateConnectionRequest request) {
                if (defect == Defect.RETRIES_CREATES) {
                    return ConnectionDriver.super.findCreated(request);
                }
                return allLines(null, new ArrayList<>()).thenApply(lines -> lines.stream()
                        .filter(c -> request.idempotencyKey().equals(c.tags().get(KEY_TAG))).findFirst());
            }

            private CompletableFuture<List<Connection>> allLines(String token, List<Connection> into) {
                return list(ConnectionQuery.all(), token).thenCompose(page -> {
                    into.addAll(page.items());
                    return page.nextPageToken() == null ? CompletableFuture.completedFuture(into)
                            : allLines(page.nextPageToken(), into);
                });
            }

            @Override
            public CompletableFuture<Connection> update(String id, UpdateConnectionRequest request) {
                ObjectNode body = Json.mapper().createObjectNode();
                if (request.name() != null) {
                    body.put("name", request.name());
                }
                return call("UpdateLine", "PUT", "/lines/" + Percent.encode(id), body, Idempotency.IDEMPOTENT, null)
                        .thenApply(ToyClient.this::line);
            }

            @Override
            public CompletableFuture<Void> delete(String id) {
                return call("DeleteLine", "DELETE", "/lines/" + Percent.encode(id), null, Idempotency.IDEMPOTENT, null)
                        .thenApply(body -> null);
            }

            @Override
            public CompletableFuture<Connection> pay(String id, PaymentOptions options) {
                return call("PayLine", "POST", "/lines/" + Percent.encode(id) + "/pay", null, Idempotency.NOT_IDEMPOTENT, null)
                        .thenApply(ToyClient.this::line);
            }
        };
    }

    @Override
    public GatewayDriver gateways() {
        Function<JsonNode, Gateway> gateway = node -> Gateway.builder().provider(provider).id(node.path("id").asText())
                .name(node.path("name").asText())
                .state("AVAILABLE".equals(node.path("status").asText()) ? GatewayState.ACTIVE : GatewayState.UNKNOWN)
                .requiredAction(RequiredAction.NONE).providerState(ProviderState.of(node.path("status").asText())).build();
        return new GatewayDriver() {
            @Override
            public CompletableFuture<Page<Gateway>> list(GatewayQuery query, String pageToken) {
                return read("GetGateways", "/gateways?" + pageQuery(pageToken)).thenApply(body -> page(body, gateway));
            }

            @Override
            public CompletableFuture<Gateway> get(String id) {
                return read("GetGateways", "/gateways/" + Percent.encode(id)).thenApply(gateway);
            }

            @Override
            public CompletableFuture<Gateway> create(CreateGatewayRequest request) {
                return call("CreateGateway", "POST", "/gateways", Json.mapper().createObjectNode().put("name", request.name()),
                        Idempotency.NOT_IDEMPOTENT, null).thenApply(gateway);
            }

            @Override
            public CompletableFuture<Void> delete(String id) {
                return call("DeleteGateway", "DELETE", "/gateways/" + Percent.encode(id), null, Idempotency.IDEMPOTENT, null)
                        .thenApply(body -> null);
            }
        };
    }

    @Override
    public VirtualInterfaceDriver virtualInterfaces() {
        return new VirtualInterfaceDriver() {
            @Override
            public CompletableFuture<Page<VirtualInterface>> list(VirtualInterfaceQuery query, String pageToken) {
                String line = query.connectionId() == null ? "" : "&line=" + Percent.encode(query.connectionId());
                return read("GetVifs", "/vifs?" + pageQuery(pageToken) + line).thenApply(body -> page(body, ToyClient.this::vif));
            }

            @Override
            public CompletableFuture<VirtualInterface> get(String id) {
                return read("GetVifs", "/vifs/" + Percent.encode(id)).thenApply(ToyClient.this::vif);
            }

            @Override
            public List<Problem> validate(CreateVirtualInterfaceRequest request) {
                Problems problems = new Problems();
                Ranges.vlan(problems, "vlan", request.vlan(), 1, 4094);
                NetworkRules.peerPair(problems, "providerAddress", request.providerAddress(), "customerAddress",
                        request.customerAddress(), 30, 30);
                if (request.bgp() != null) {
                    Ranges.within(problems, "bgp.customerAsn", request.bgp().customerAsn(),
                            NumberRange.ASN_PRIVATE_2_BYTE, NumberRange.ASN_PRIVATE_4_BYTE);
                }
                return problems.list();
            }

            @Override
            public CompletableFuture<VirtualInterface> create(CreateVirtualInterfaceRequest request) {
                ObjectNode body = Json.mapper().createObjectNode().put("name", request.name())
                        .put("line", request.connectionId()).put("vlan", request.vlan())
                        .put("local", request.providerAddress()).put("peer", request.customerAddress());
                if (request.gatewayId() != null) {
                    body.put("gateway", request.gatewayId());
                }
                String authKey = null;
                if (request.bgp() != null) {
                    body.put("asn", request.bgp().customerAsn());
                    if (request.bgp().authKey() != null) {
                        authKey = request.bgp().authKey().reveal();
                        body.put("authKey", authKey);
                    }
                }
                return call("CreateVif", "POST", "/vifs", body, Idempotency.NOT_IDEMPOTENT, authKey)
                        .thenApply(ToyClient.this::vif);
            }

            @Override
            public CompletableFuture<Void> delete(String id) {
                return call("DeleteVif", "DELETE", "/vifs/" + Percent.encode(id), null, Idempotency.IDEMPOTENT, null)
                        .thenApply(body -> null);
            }

            @Override
            public CompletableFuture<VirtualInterface> accept(String id) {
                return call("AcceptVif", "POST", "/vifs/" + Percent.encode(id) + "/accept", null, Idempotency.IDEMPOTENT, null)
                        .thenApply(ToyClient.this::vif);
            }

            @Override
            public CompletableFuture<VirtualInterface> reject(String id) {
                return call("RejectVif", "POST", "/vifs/" + Percent.encode(id) + "/reject", null, Idempotency.IDEMPOTENT, null)
                        .thenApply(ToyClient.this::vif);
            }
        };
    }

    @Override
    public RouteDriver routes() {
        return new RouteDriver() {
            @Override
            public CompletableFuture<Page<Route>> list(RouteQuery query, String pageToken) {
                String vif = query.virtualInterfaceId();
                return read("GetRoutes", "/vifs/" + Percent.encode(vif) + "/routes").thenApply(body -> {
                    List<Route> routes = new ArrayList<>();
                    body.path("items").forEach(cidr -> routes.add(route(vif, cidr.asText())));
                    return Page.last(routes);
                });
            }

            @Override
            public CompletableFuture<Route> create(CreateRouteRequest request) {
                return call("CreateRoute", "POST", "/vifs/" + Percent.encode(request.virtualInterfaceId()) + "/routes",
                        Json.mapper().createObjectNode().put("cidr", request.destination()), Idempotency.IDEMPOTENT, null)
                        .thenApply(body -> route(request.virtualInterfaceId(), request.destination()));
            }

            @Override
            public CompletableFuture<Void> delete(Route route) {
                return call("DeleteRoute", "DELETE", "/vifs/" + Percent.encode(route.virtualInterfaceId()) + "/routes?cidr="
                        + Percent.encode(route.destination()), null, Idempotency.IDEMPOTENT, null).thenApply(body -> null);
            }
        };
    }

    private Route route(String vif, String cidr) {
        return Route.builder().provider(provider).id(vif + ":" + cidr).state(RouteState.ACTIVE)
                .requiredAction(RequiredAction.NONE).providerState(ProviderState.of("")).virtualInterfaceId(vif)
                .destination(cidr).routeType(RouteType.STATIC).build();
    }
}
