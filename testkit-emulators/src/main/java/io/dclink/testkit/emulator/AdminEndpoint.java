package io.dclink.testkit.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.lifecycle.ResourceType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The emulator's own endpoint under {@code /_dclink/}, for operators outside the JVM (the
 * {@code dclink emulator} command, tests in other languages). Not signed: it only listens on
 * loopback. Every answer is JSON; errors are {@code {"error": "..."}}.
 *
 * <ul>
 *   <li>{@code GET /_dclink/health}</li>
 *   <li>{@code POST /_dclink/operator/{action}?type=&id=&reason=&raw=} where action is approve,
 *       reject, markPaid, issueLoa, rejectLoa, completeConstruction, advance, linkDown, linkUp,
 *       requestForeignVirtualInterface or setRawState; 404 when the id names nothing the emulator
 *       holds</li>
 *   <li>{@code POST /_dclink/clock/advance?duration=PT48H} or {@code ?workingDays=2}</li>
 *   <li>{@code POST /_dclink/faults?operation=&kind=&times=&status=&delay=&code=&retryAfter=&body=}</li>
 *   <li>{@code GET /_dclink/faults}: the faults still pending, in order</li>
 *   <li>{@code DELETE /_dclink/faults} or {@code POST /_dclink/faults/clear}: forget every scripted fault</li>
 *   <li>{@code GET /_dclink/faults/kinds}: the fault kinds, what each does and the parameters it takes</li>
 *   <li>{@code GET /_dclink/requests}</li>
 *   <li>{@code GET /_dclink/documents/NAME}: documents the emulated API links to (LOAs)</li>
 * </ul>
 */
final class AdminEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ACTIONS = Set.of("approve", "reject", "markPaid", "issueLoa", "rejectLoa",
            "completeConstruction", "advance", "linkDown", "linkUp", "requestForeignVirtualInterface", "setRawState");

    private final Emulator emulator;

    AdminEndpoint(Emulator emulator) {
        this.emulator = emulator;
    }

    EmulatorResponse handle(EmulatorRequest request) {
        String path = request.path().substring(EmulatorServer.ADMIN_PREFIX.length());
        String method = request.method();
        try {
            if (path.equals("health")) {
                return method.equals("GET") ? health() : notAllowed(request, "GET");
            }
            if (path.startsWith("documents/")) {
                return method.equals("GET") ? document(path.substring("documents/".length())) : notAllowed(request, "GET");
            }
            if (path.equals("requests")) {
                return method.equals("GET") ? requests() : notAllowed(request, "GET");
            }
            if (path.equals("faults/kinds")) {
                return method.equals("GET") ? faultKinds() : notAllowed(request, "GET");
            }
            if (path.equals("faults/clear")) {
                return method.equals("POST") ? clearFaults() : notAllowed(request, "POST");
            }
            if (path.equals("faults")) {
                return switch (method) {
                    case "GET" -> pendingFaults();
                    case "POST" -> scriptFault(request);
                    case "DELETE" -> clearFaults();
                    default -> notAllowed(request, "GET, POST or DELETE");
                };
            }
            if (path.startsWith("operator/")) {
                return method.equals("POST") ? operator(path.substring("operator/".length()), request)
                        : notAllowed(request, "POST");
            }
            if (path.equals("clock/advance")) {
                return method.equals("POST") ? advanceClock(request) : notAllowed(request, "POST");
            }
            return error(404, "unknown admin path " + request.path());
        } catch (UnsupportedOperationException e) {
            return error(409, e.getMessage());
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            return error(400, e.getMessage());
        } catch (RuntimeException e) {
            return error(422, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private EmulatorResponse health() {
        return ok(JSON.createObjectNode().put("provider", emulator.providerId()).put("region", emulator.regional() ? emulator.region() : null)
                .put("time", emulator.clock().instant().toString()));
    }

    private EmulatorResponse document(String name) {
        return emulator.document(name)
                .map(content -> new EmulatorResponse(200, Map.of("Content-Type", "application/pdf"), content))
                .orElseGet(() -> error(404, "no document " + name));
    }

    private EmulatorResponse requests() {
        ArrayNode list = JSON.createArrayNode();
        emulator.requests().all().forEach(r -> list.addObject().put("operation", r.operation())
                .put("method", r.request().method()).put("path", r.request().path()).put("status", r.status())
                .put("fault", r.fault() == null ? null : r.fault().name()));
        return EmulatorResponse.json(200, list.toString());
    }

    private EmulatorResponse advanceClock(EmulatorRequest request) {
        if (request.query("workingDays") != null) {
            emulator.clock().advanceWorkingDays(integer(request, "workingDays"));
        } else {
            emulator.clock().advance(Duration.parse(require(request, "duration")));
        }
        return ok(JSON.createObjectNode().put("time", emulator.clock().instant().toString()));
    }

    private EmulatorResponse faultKinds() {
        ArrayNode kinds = JSON.createArrayNode();
        for (FaultKind kind : FaultKind.values()) {
            ObjectNode entry = kinds.addObject().put("kind", kind.name()).put("description", kind.description())
                    .put("processesTheRequest", kind.processes()).put("scriptable", kind != FaultKind.REWRITTEN_BODY);
            ArrayNode parameters = entry.putArray("parameters");
            parameters.add("operation").add("times");
            kind.parameters().forEach(parameters::add);
        }
        return EmulatorResponse.json(200, kinds.toString());
    }

    private EmulatorResponse pendingFaults() {
        ArrayNode list = JSON.createArrayNode();
        for (Faults.Fault fault : emulator.faults().scripted()) {
            ObjectNode entry = list.addObject().put("operation", fault.operation()).put("kind", fault.kind().name());
            switch (fault.kind()) {
                case DELAY -> entry.put("delay", fault.delay().toString());
                case SERVER_ERROR -> entry.put("status", fault.status());
                case PROVIDER_ERROR -> entry.put("code", fault.code()).put("status", fault.status());
                case REPLACED_BODY -> entry.put("body", fault.body());
                default -> {
                    // nothing more to say
                }
            }
            if (fault.retryAfter() != null) {
                entry.put("retryAfter", fault.retryAfter());
            }
        }
        return EmulatorResponse.json(200, list.toString());
    }

    private EmulatorResponse clearFaults() {
        Faults faults = emulator.faults();
        int cleared;
        synchronized (faults) {
            cleared = faults.pending();
            faults.clear();
        }
        return ok(JSON.createObjectNode().put("cleared", cleared).put("pending", faults.pending()));
    }

    private EmulatorResponse scriptFault(EmulatorRequest request) {
        String operation = request.query("operation") == null ? Faults.ANY : request.query("operation");
        int times = request.query("times") == null ? 1 : integer(request, "times");
        FaultKind kind = kind(require(request, "kind"));
        String retryAfter = request.query("retryAfter");
        Faults faults = emulator.faults();
        switch (kind) {
            case THROTTLE -> faults.throttle(operation, retryAfter, times);
            case SERVER_ERROR -> faults.serverError(operation,
                    request.query("status") == null ? 503 : integer(request, "status"), retryAfter, times);
            case DELAY -> faults.delay(operation, Duration.parse(require(request, "delay")), times);
            case RESET_BEFORE_PROCESSING -> faults.reset(operation, false, times);
            case RESET_AFTER_PROCESSING -> faults.reset(operation, true, times);
            case PROVIDER_ERROR -> faults.providerError(operation, require(request, "code"), integer(request, "status"),
                    retryAfter, times);
            case REPLACED_BODY -> {
                String body = request.query("body");
                if (body == null) {
                    throw new IllegalArgumentException("the query parameter 'body' is required (it may be empty)");
                }
                faults.replaceBody(operation, body, times);
            }
            case REWRITTEN_BODY -> throw new IllegalArgumentException(
                    "REWRITTEN_BODY takes a Java function: script it with Faults.rewrite");
            case TRUNCATED_BODY, MALFORMED_BODY, EMPTY_BODY -> faults.corrupt(operation, kind, times);
        }
        return ok(JSON.createObjectNode().put("pending", faults.pending()));
    }

    private EmulatorResponse operator(String action, EmulatorRequest request) {
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("unknown operator action '" + action + "'; the actions are "
                    + String.join(", ", ACTIONS.stream().sorted().toList()));
        }
        Operator operator = emulator.operator();
        String id = require(request, "id");
        ResourceType type = request.query("type") == null ? ResourceType.CONNECTION
                : ResourceType.valueOf(request.query("type").toUpperCase(Locale.ROOT));
        String reason = request.query("reason") == null ? "rejected by the emulated operator" : request.query("reason");
        String raw = action.equals("setRawState") ? require(request, "raw") : null;
        ObjectNode result = JSON.createObjectNode().put("action", action).put("id", id);
        try {
            switch (action) {
                case "approve" -> operator.approve(id);
                case "reject" -> operator.reject(id, reason);
                case "markPaid" -> operator.markPaid(id);
                case "issueLoa" -> operator.issueLoa(id);
                case "rejectLoa" -> operator.rejectLoa(id, reason);
                case "completeConstruction" -> operator.completeConstruction(id);
                case "advance" -> operator.advance(type, id);
                case "linkDown" -> operator.linkDown(type, id);
                case "linkUp" -> operator.linkUp(type, id);
                case "requestForeignVirtualInterface" -> result.put("created", operator.requestForeignVirtualInterface(id));
                default -> operator.setRawState(type, id, raw);
            }
        } catch (IllegalArgumentException e) {
            if (namesNothing(e, id)) {
                return error(404, "the " + emulator.providerId() + " emulator holds no " + type + " " + id
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
            }
            throw e;
        }
        return ok(result);
    }

    /**
     * Whether an operator's refusal says the id names nothing: an {@link UnknownResourceException},
     * or an argument error naming the very id asked for (the parameters were read before the call,
     * so an argument error about the id can only be that it names nothing).
     */
    private static boolean namesNothing(IllegalArgumentException e, String id) {
        if (e instanceof UnknownResourceException) {
            return true;
        }
        String message = e.getMessage();
        return message != null && List.of(message.split("[\\s'\"(),:;]+")).contains(id);
    }

    private static FaultKind kind(String name) {
        try {
            return FaultKind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault kind '" + name + "'; GET " + EmulatorServer.ADMIN_PREFIX
                    + "faults/kinds lists them", e);
        }
    }

    private static int integer(EmulatorRequest request, String name) {
        String value = require(request, name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the query parameter '" + name + "' must be a whole number, was '"
                    + value + "'", e);
        }
    }

    private static String require(EmulatorRequest request, String name) {
        String value = request.query(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the query parameter '" + name + "' is required");
        }
        return value;
    }

    private static EmulatorResponse notAllowed(EmulatorRequest request, String allowed) {
        return error(405, "use " + allowed + " for " + request.path()).withHeader("Allow", allowed);
    }

    private static EmulatorResponse ok(ObjectNode body) {
        return EmulatorResponse.json(200, body.toString());
    }

    private static EmulatorResponse error(int status, String message) {
        return EmulatorResponse.json(status, JSON.createObjectNode().put("error", message).toString());
    }
}
