package io.dclink.testkit.toyplugin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.auth.AccessKeyCredentials;
import io.dclink.error.Problem;
import io.dclink.kit.call.Calls;
import io.dclink.kit.http.Hashing;
import io.dclink.kit.http.Percent;
import io.dclink.kit.http.TableClassifier;
import io.dclink.kit.json.Json;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.paging.Pages;
import io.dclink.kit.validation.NetworkRules;
import io.dclink.kit.validation.NumberRange;
import io.dclink.kit.validation.Problems;
import io.dclink.kit.validation.Ranges;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.OperationalStatus;
import io.dclink.model.AccessPoint;
import io.dclink.model.BgpPeering;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.CreateGatewayRequest;
import io.dclink.model.CreateRouteRequest;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.Gateway;
import io.dclink.model.PaymentOptions;
import io.dclink.model.ProviderState;
import io.dclink.model.Route;
import io.dclink.model.RouteQuery;
import io.dclink.model.RouteType;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.model.VirtualInterface;
import io.dclink.model.VirtualInterfaceQuery;
import io.dclink.spi.Change;
import io.dclink.spi.ErrorCategory;
import io.dclink.spi.ErrorEnvelope;
import io.dclink.spi.ErrorTable;
import io.dclink.spi.HttpCall;
import io.dclink.spi.Page;
import io.dclink.spi.ProviderContext;
import io.dclink.spi.RequestSigner;
import io.dclink.spi.StateTable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The toy plugin's client: toy JSON over the runtime's transport. */
final class ToyClient {

    static final ErrorTable ERRORS = ErrorTable.builder()
            .exact("InvalidParameter", ErrorCategory.INVALID_REQUEST)
            .exact("UnknownKey", ErrorCategory.AUTHENTICATION)
            .exact("SignatureMismatch", ErrorCategory.AUTHENTICATION)
            .exact("SignatureExpired", ErrorCategory.AUTHENTICATION)
            .exact("NotFound", ErrorCategory.NOT_FOUND)
            .exact("WrongState", ErrorCategory.INVALID_STATE)
            .exact("Throttled", ErrorCategory.THROTTLED)
            .exact("InternalError", ErrorCategory.UNAVAILABLE)
            .build();
    static final ErrorEnvelope ENVELOPE =
            new ErrorEnvelope(List.of("/error/code"), List.of("/error/message"), List.of("/requestId"), 400, false);

    private static final String KEY_TAG = "dclink-idempotency-key";

    /** One toy request: a method, a path with its query, and a JSON body or {@code null}. */
    record Call(String method, String path, ObjectNode body) {
    }

    private final ProviderContext context;
    private final String provider;
    private final StateTable<ConnectionState> lines;
    private final boolean repeatableCreates;
    private final Calls<Call> calls;

    ToyClient(ProviderContext context, String provider, StateTable<ConnectionState> lines, boolean repeatableCreates,
            ErrorEnvelope readErrorsWith) {
        this.context = context;
        this.provider = provider;
        this.lines = lines;
        this.repeatableCreates = repeatableCreates;
        URI base = context.endpointOverride().orElse(URI.create("https://api.toy.example"));
        TableClassifier classifier = new TableClassifier(ERRORS, readErrorsWith);
        this.calls = new Calls<>(context, provider, (action, call) -> {
            HttpCall.Builder builder = HttpCall.builder(action, call.method(), base.resolve(call.path()))
                    .signer(signer()).classifier(classifier);
            if (call.body() != null) {
                builder.header("Content-Type", "application/json").body(Json.bytes(call.body()));
            }
            return builder;
        }, answer -> answer);
    }

    private RequestSigner signer() {
        return request -> {
            AccessKeyCredentials keys = (AccessKeyCredentials) context.credentials();
            String time = Long.toString(request.timestamp().getEpochSecond());
            return Map.of("X-Toy-Key", keys.accessKeyId(), "X-Toy-Time", time, "X-Toy-Signature",
                    Hashing.hex(Hashing.hmacSha256(keys.secretKey().reveal().getBytes(StandardCharsets.UTF_8),
                            request.method() + "\n" + request.uri().getRawPath() + "\n"
                                    + (request.uri().getRawQuery() == null ? "" : request.uri().getRawQuery()) + "\n"
                                    + time + "\n" + Hashing.sha256Hex(request.body()))));
        };
    }

    private static Call get(String path) {
        return new Call("GET", path, null);
    }

    private static String pageQuery(String token) {
        return "page=" + (token == null ? "1" : token) + "&size=10";
    }

    private static <T> Page<T> page(JsonRecord body, Function<JsonRecord, T> mapping) {
        return new Page<>(body.records("items", mapping), body.text("next"));
    }

    private static Map<String, String> tags(JsonRecord node) {
        JsonRecord tags = node.record("tags");
        Map<String, String> result = new LinkedHashMap<>();
        tags.fieldNames().forEach(key -> result.put(key, tags.text(key)));
        return result;
    }

    private Connection line(JsonRecord node) {
        String status = node.text("status");
        StateTable.Mapped<ConnectionState> mapped = lines.map(status);
        return Connection.builder().provider(provider).id(node.requiredText("id")).name(node.text("name"))
                .state(mapped.state()).requiredAction(mapped.action()).providerState(ProviderState.of(status))
                .accessPointId(node.text("accessPoint")).tags(tags(node)).build();
    }

    private VirtualInterface vif(JsonRecord node) {
        String status = node.text("status");
        var mapped = ToyStates.VIFS.map(status);
        return VirtualInterface.builder().provider(provider).id(node.requiredText("id")).name(node.text("name"))
                .state(mapped.state()).requiredAction(mapped.action()).providerState(ProviderState.of(status))
                .operationalStatus("UP".equals(node.text("link")) ? OperationalStatus.UP : OperationalStatus.DOWN)
                .connectionId(node.text("line")).gatewayId(node.text("gateway")).vlan(node.integer("vlan"))
                .providerAddress(node.text("local")).customerAddress(node.text("peer"))
                .bgp(node.has("asn") ? new BgpPeering(node.longValue("asn"), 65000L, null) : null)
                .tags(tags(node)).build();
    }

    private Gateway gateway(JsonRecord node) {
        String status = node.text("status");
        var mapped = ToyStates.GATEWAYS.map(status);
        return Gateway.builder().provider(provider).id(node.requiredText("id")).name(node.text("name"))
                .state(mapped.state()).requiredAction(mapped.action()).providerState(ProviderState.of(status)).build();
    }

    private Route route(String vif, String cidr) {
        var mapped = ToyStates.ROUTES.map(StateTable.NONE);
        return Route.builder().provider(provider).id(vif + ":" + cidr).state(mapped.state())
                .requiredAction(mapped.action()).providerState(ProviderState.of(StateTable.NONE)).virtualInterfaceId(vif)
                .destination(cidr).routeType(RouteType.STATIC).build();
    }

    CompletableFuture<Page<AccessPoint>> accessPoints(String token) {
        return calls.read("ListAccessPoints", get("/accessPoints?" + pageQuery(token))).thenApply(body -> page(body, node -> {
            String status = node.text("status");
            return AccessPoint.builder().provider(provider).id(node.requiredText("id")).name(node.text("name"))
                    .state(ToyStates.ACCESS_POINTS.map(status).state()).providerState(ProviderState.of(status))
                    .city(node.text("city")).build();
        }));
    }

    CompletableFuture<Page<Connection>> lines(ConnectionQuery query, String token) {
        String only = query.ids().size() == 1 ? "&id=" + Percent.encode(query.ids().get(0)) : "";
        return calls.read("GetLines", get("/lines?" + pageQuery(token) + only)).thenApply(body -> page(body, this::line));
    }

    CompletableFuture<Connection> line(String id) {
        return calls.read("GetLines", get("/lines/" + Percent.encode(id))).thenApply(this::line);
    }

    CompletableFuture<Connection> createLine(CreateConnectionRequest request) {
        ObjectNode body = Json.object().put("name", request.name()).put("accessPoint", request.accessPointId());
        body.putObject("tags").put(KEY_TAG, request.idempotencyKey());
        Call call = new Call("POST", "/lines", body);
        return (repeatableCreates ? calls.repeatableWrite("CreateLine", call) : calls.write("CreateLine", call))
                .thenApply(this::line);
    }

    CompletableFuture<Optional<Connection>> findLine(CreateConnectionRequest request) {
        return Pages.all(token -> lines(ConnectionQuery.all(), token), calls.errors(), "lines")
                .thenApply(found -> found.stream().filter(c -> request.idempotencyKey().equals(c.tags().get(KEY_TAG)))
                        .findFirst());
    }

    CompletableFuture<Connection> updateLine(Change<UpdateConnectionRequest> change) {
        ObjectNode body = Json.object();
        if (change.request().name() != null) {
            body.put("name", change.request().name());
        }
        return calls.repeatableWrite("UpdateLine", new Call("PUT", "/lines/" + Percent.encode(change.id()), body))
                .thenApply(this::line);
    }

    CompletableFuture<Void> deleteLine(String id) {
        return calls.delete("DeleteLine", new Call("DELETE", "/lines/" + Percent.encode(id), null));
    }

    CompletableFuture<Connection> payLine(Change<PaymentOptions> change) {
        return calls.write("PayLine", new Call("POST", "/lines/" + Percent.encode(change.id()) + "/pay", null))
                .thenApply(this::line);
    }

    CompletableFuture<Page<Gateway>> gateways(String token) {
        return calls.read("GetGateways", get("/gateways?" + pageQuery(token))).thenApply(body -> page(body, this::gateway));
    }

    CompletableFuture<Gateway> gateway(String id) {
        return calls.read("GetGateways", get("/gateways/" + Percent.encode(id))).thenApply(this::gateway);
    }

    CompletableFuture<Gateway> createGateway(CreateGatewayRequest request) {
        return calls.write("CreateGateway", new Call("POST", "/gateways", Json.object().put("name", request.name())))
                .thenApply(this::gateway);
    }

    /** Toy gateways keep no tags: the one an ambiguous attempt made is found by its name. */
    CompletableFuture<Optional<Gateway>> findGateway(CreateGatewayRequest request) {
        return Pages.all(this::gateways, calls.errors(), "gateways")
                .thenApply(found -> found.stream().filter(g -> g.name().equals(request.name())).findFirst());
    }

    CompletableFuture<Void> deleteGateway(String id) {
        return calls.delete("DeleteGateway", new Call("DELETE", "/gateways/" + Percent.encode(id), null));
    }

    CompletableFuture<Page<VirtualInterface>> vifs(VirtualInterfaceQuery query, String token) {
        String line = query.connectionId() == null ? "" : "&line=" + Percent.encode(query.connectionId());
        return calls.read("GetVifs", get("/vifs?" + pageQuery(token) + line)).thenApply(body -> page(body, this::vif));
    }

    CompletableFuture<VirtualInterface> vif(String id) {
        return calls.read("GetVifs", get("/vifs/" + Percent.encode(id))).thenApply(this::vif);
    }

    static List<Problem> validateVif(CreateVirtualInterfaceRequest request) {
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

    CompletableFuture<VirtualInterface> createVif(CreateVirtualInterfaceRequest request) {
        ObjectNode body = Json.object().put("name", request.name()).put("line", request.connectionId())
                .put("vlan", request.vlan()).put("local", request.providerAddress()).put("peer", request.customerAddress());
        body.putObject("tags").put(KEY_TAG, request.idempotencyKey());
        if (request.gatewayId() != null) {
            body.put("gateway", request.gatewayId());
        }
        List<String> sensitive = new ArrayList<>();
        if (request.bgp() != null) {
            body.put("asn", request.bgp().customerAsn());
            if (request.bgp().authKey() != null) {
                sensitive.add(request.bgp().authKey().reveal());
                body.put("authKey", sensitive.get(0));
            }
        }
        return calls.write("CreateVif", new Call("POST", "/vifs", body), sensitive.toArray(String[]::new))
                .thenApply(this::vif);
    }

    CompletableFuture<Optional<VirtualInterface>> findVif(CreateVirtualInterfaceRequest request) {
        VirtualInterfaceQuery onTheLine = VirtualInterfaceQuery.builder().connectionId(request.connectionId()).build();
        return Pages.all(token -> vifs(onTheLine, token), calls.errors(), "vifs").thenApply(found -> found.stream()
                .filter(v -> request.idempotencyKey().equals(v.tags().get(KEY_TAG))).findFirst());
    }

    CompletableFuture<Void> deleteVif(String id) {
        return calls.delete("DeleteVif", new Call("DELETE", "/vifs/" + Percent.encode(id), null));
    }

    /**
     * Accepts or rejects another account's interface.
     *
     * @param id the interface
     * @param answer {@code accept} or {@code reject}
     * @return the interface
     */
    CompletableFuture<VirtualInterface> answerVif(String id, String answer) {
        String action = answer.equals("accept") ? "AcceptVif" : "RejectVif";
        return calls.repeatableWrite(action, new Call("POST", "/vifs/" + Percent.encode(id) + "/" + answer, null))
                .thenApply(this::vif);
    }

    CompletableFuture<Page<Route>> routes(RouteQuery query) {
        String vif = query.virtualInterfaceId();
        return calls.read("GetRoutes", get("/vifs/" + Percent.encode(vif) + "/routes"))
                .thenApply(body -> Page.last(body.texts("items").stream().map(cidr -> route(vif, cidr)).toList()));
    }

    CompletableFuture<Route> createRoute(CreateRouteRequest request) {
        Call call = new Call("POST", "/vifs/" + Percent.encode(request.virtualInterfaceId()) + "/routes",
                Json.object().put("cidr", request.destination()));
        return calls.repeatableWrite("CreateRoute", call)
                .thenApply(body -> route(request.virtualInterfaceId(), request.destination()));
    }

    CompletableFuture<Void> deleteRoute(Route route) {
        return calls.delete("DeleteRoute", new Call("DELETE", "/vifs/" + Percent.encode(route.virtualInterfaceId())
                + "/routes?cidr=" + Percent.encode(route.destination()), null));
    }
}
