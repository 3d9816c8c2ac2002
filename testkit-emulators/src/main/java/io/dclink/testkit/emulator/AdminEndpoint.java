package io.dclink.testkit.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.lifecycle.ResourceType;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The emulator's own endpoint under {@code /_dclink/}, for operators outside the JVM (the
 * {@code dclink emulator} command, tests in other languages). Not signed: it only listens on
 * loopback.
 *
 * <ul>
 *   <li>{@code GET /_dclink/health}</li>
 *   <li>{@code POST /_dclink/operator/{action}?type=&id=&reason=&raw=} where action is approve,
 *       reject, markPaid, issueLoa, rejectLoa, completeConstruction, advance, linkDown, linkUp,
 *       requestForeignVirtualInterface or setRawState</li>
 *   <li>{@code POST /_dclink/clock/advance?duration=PT48H} or {@code ?workingDays=2}</li>
 *   <li>{@code POST /_dclink/faults?operation=&kind=&times=&status=&delay=&code=}</li>
 *   <li>{@code GET /_dclink/requests}</li>
 *   <li>{@code GET /_dclink/documents/NAME}: documents the emulated API links to (LOAs)</li>
 * </ul>
 */
final class AdminEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Emulator emulator;

    AdminEndpoint(Emulator emulator) {
        this.emulator = emulator;
    }

    EmulatorResponse handle(EmulatorRequest request) {
        String path = request.path().substring(EmulatorServer.ADMIN_PREFIX.length());
        try {
            if (path.equals("health")) {
                return ok(JSON.createObjectNode().put("provider", emulator.providerId()).put("region", emulator.region())
                        .put("time", emulator.clock().instant().toString()));
            }
            if (path.startsWith("documents/")) {
                return emulator.document(path.substring("documents/".length()))
                        .map(content -> new EmulatorResponse(200, Map.of("Content-Type", "application/pdf"), content))
                        .orElseGet(() -> error(404, "no document " + path));
            }
            if (path.equals("requests")) {
                ArrayNode list = JSON.createArrayNode();
                emulator.requests().all().forEach(r -> list.addObject().put("operation", r.operation())
                        .put("method", r.request().method()).put("path", r.request().path()).put("status", r.status())
                        .put("fault", r.fault() == null ? null : r.fault().name()));
                return EmulatorResponse.json(200, list.toString());
            }
            if (!request.method().equals("POST")) {
                return error(405, "use POST for " + request.path());
            }
            if (path.startsWith("operator/")) {
                return operator(path.substring("operator/".length()), request);
            }
            if (path.equals("clock/advance")) {
                if (request.query("workingDays") != null) {
                    emulator.clock().advanceWorkingDays(Integer.parseInt(request.query("workingDays")));
                } else {
                    emulator.clock().advance(Duration.parse(require(request, "duration")));
                }
                return ok(JSON.createObjectNode().put("time", emulator.clock().instant().toString()));
            }
            if (path.equals("faults")) {
                String operation = request.query("operation") == null ? Faults.ANY : request.query("operation");
                int times = request.query("times") == null ? 1 : Integer.parseInt(request.query("times"));
                FaultKind kind = FaultKind.valueOf(require(request, "kind").toUpperCase(Locale.ROOT));
                switch (kind) {
                    case THROTTLE -> emulator.faults().throttle(operation, times);
                    case SERVER_ERROR -> emulator.faults().serverError(operation,
                            request.query("status") == null ? 503 : Integer.parseInt(request.query("status")), times);
                    case DELAY -> emulator.faults().delay(operation, Duration.parse(require(request, "delay")), times);
                    case RESET_BEFORE_PROCESSING -> emulator.faults().reset(operation, false, times);
                    case RESET_AFTER_PROCESSING -> emulator.faults().reset(operation, true, times);
                    case PROVIDER_ERROR -> emulator.faults().providerError(operation, require(request, "code"),
                            Integer.parseInt(require(request, "status")), times);
                    default -> emulator.faults().corrupt(operation, kind, times);
                }
                return ok(JSON.createObjectNode().put("pending", emulator.faults().pending()));
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

    private EmulatorResponse operator(String action, EmulatorRequest request) {
        Operator operator = emulator.operator();
        String id = require(request, "id");
        ResourceType type = request.query("type") == null ? ResourceType.CONNECTION
                : ResourceType.valueOf(request.query("type").toUpperCase(Locale.ROOT));
        String reason = request.query("reason") == null ? "rejected by the emulated operator" : request.query("reason");
        ObjectNode result = JSON.createObjectNode().put("action", action).put("id", id);
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
            case "setRawState" -> operator.setRawState(type, id, require(request, "raw"));
            default -> throw new IllegalArgumentException("unknown operator action '" + action + "'");
        }
        return ok(result);
    }

    private static String require(EmulatorRequest request, String name) {
        String value = request.query(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the query parameter '" + name + "' is required");
        }
        return value;
    }

    private static EmulatorResponse ok(ObjectNode body) {
        return EmulatorResponse.json(200, body.toString());
    }

    private static EmulatorResponse error(int status, String message) {
        return EmulatorResponse.json(status, JSON.createObjectNode().put("error", message).toString());
    }
}
