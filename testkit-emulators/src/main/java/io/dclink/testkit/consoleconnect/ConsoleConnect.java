package io.dclink.testkit.consoleconnect;

import com.fasterxml.jackson.databind.JsonNode;
import io.dclink.testkit.emulator.EmulatedClock;
import io.dclink.testkit.emulator.EmulatorRequest;
import io.dclink.testkit.emulator.EmulatorResponse;
import io.dclink.testkit.emulator.RestRoutes;
import io.dclink.testkit.emulator.WireProtocol;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Console Connect's REST API on the wire: the request's route in {@link ApiTable}, the Bearer key
 * and the company it acts for, JSON bodies, the dispatch, and LoopBack error envelopes. Creates
 * answer 200 (not 201), as documented. All of it runs holding this object's lock, which the
 * lifecycles and the operator take too.
 */
final class ConsoleConnect implements WireProtocol {

    private final ConsoleConnectEmulator emulator;
    final CcJson ids = new CcJson();
    final Ports ports;
    final Companies companies;
    final Layer2Connections connections;
    final Pricing pricing = new Pricing();
    private volatile boolean handOffOnWire;

    ConsoleConnect(ConsoleConnectEmulator emulator, String awaitingAcceptance) {
        this.emulator = emulator;
        this.ports = new Ports(this);
        this.companies = new Companies(ids, ports);
        this.connections = new Layer2Connections(this, awaitingAcceptance);
    }

    EmulatedClock clock() {
        return emulator.clock();
    }

    Instant now() {
        return emulator.clock().instant();
    }

    boolean handOffOnWire() {
        return handOffOnWire;
    }

    void handOffOnWire(boolean exposed) {
        handOffOnWire = exposed;
    }

    /** Private resources are the caller's own: another company's answer 401 (UNVERIFIED: LoopBack's ACL answer). */
    /** The id of a company's port, found by its name. */
    synchronized String portId(String company, String portName) {
        return ports.ofCompany(companies.require(company)).stream()
                .filter(port -> port.get("name").asText().equals(portName)).map(port -> port.get("id").asText())
                .findFirst().orElseThrow(() -> new IllegalStateException(company + " has no port " + portName));
    }

    void requireOwn(Call call) {
        String company = call.path("company");
        if (!company.equals(call.caller().username())) {
            companies.require(company);
            throw CcError.unauthorized();
        }
    }

    @Override
    public String operation(EmulatorRequest request) {
        return ApiTable.match(request.method(), decode(request.path())).map(m -> m.route().operation()).orElse("(unknown)");
    }

    @Override
    public synchronized EmulatorResponse handle(EmulatorRequest request, String operation) {
        try {
            Optional<RestRoutes.Match<ApiTable.Route>> match = ApiTable.match(request.method(), decode(request.path()));
            if (match.isPresent() && match.get().route().operation().equals("login")) {
                // UNVERIFIED wording; the emulator has no passwords, so every portal-token login fails
                throw new CcError(401, "login failed");
            }
            String account = BearerKeys.account(request, emulator.keys()).orElseThrow(CcError::unauthorized);
            if (match.isEmpty()) {
                throw CcError.noRoute(request.method(), request.path());
            }
            Call call = new Call(companies.forAccount(account), match.get().parameters(), request.queryParameters(),
                    json(request));
            return dispatch(match.get().route().operation(), call);
        } catch (CcError e) {
            return e.response();
        }
    }

    @Override
    public EmulatorResponse throttled(EmulatorRequest request, String operation) {
        return CcError.envelope(429, "Too Many Requests"); // UNVERIFIED: 429 is not documented
    }

    @Override
    public EmulatorResponse serverError(EmulatorRequest request, String operation, int status) {
        return CcError.envelope(status, switch (status) { // UNVERIFIED: the messages (5xx is not documented)
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Internal Server Error";
        });
    }

    /** Console Connect's errors carry no code but the status: the scripted code is the message. */
    @Override
    public EmulatorResponse providerError(EmulatorRequest request, String operation, String code, int status) {
        return CcError.envelope(status, code);
    }

    private EmulatorResponse dispatch(String operation, Call call) {
        return switch (operation) {
            case "getAuthToken" -> ok(AuthToken.whoAmI(call.caller(), ports));
            case "listPorts" -> ok(ports.list(call));
            case "getPort" -> ok(ports.get(call));
            case "updatePort" -> ok(ports.update(call));
            case "listMetroCapabilities" -> ok(Metros.capabilities(companies.require(call.path("company")), ports));
            case "createLayer2Connection" -> ok(connections.create(call));
            case "listConnections" -> ok(connections.list(call));
            case "getConnection" -> ok(connections.get(call));
            case "updateConnection" -> ok(connections.update(call));
            case "disableConnection" -> ok(connections.disable(call));
            case "deleteConnection" -> ok(connections.delete(call));
            case "calculatePrice" -> pricing.calculate(call.body()).map(ConsoleConnect::ok)
                    .orElseGet(() -> new EmulatorResponse(204, Map.of(), new byte[0]));
            default -> throw new IllegalStateException("ApiTable names an operation nothing answers: " + operation);
        };
    }

    private static EmulatorResponse ok(JsonNode body) {
        return EmulatorResponse.json(200, body.toString());
    }

    private static JsonNode json(EmulatorRequest request) {
        if (request.body().length == 0) {
            return null;
        }
        try {
            return CcJson.JSON.readTree(request.body());
        } catch (IOException e) {
            throw CcError.badRequest("The request body is not valid JSON"); // UNVERIFIED wording
        }
    }

    private static String decode(String path) {
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
