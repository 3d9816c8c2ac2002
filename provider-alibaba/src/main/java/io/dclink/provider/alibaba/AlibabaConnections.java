package io.dclink.provider.alibaba;

import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ValidationException;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.validation.Problems;
import io.dclink.kit.validation.Ranges;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Physical connections ("Express Connect circuits"): create, describe, modify, cancel, confirm, pay
 * (the port occupancy order), terminate, delete. Every write carries a {@code ClientToken}.
 */
final class AlibabaConnections {

    static final List<String> LINE_OPERATORS = List.of("CT", "CU", "CM", "CO", "Equinix", "Other");
    static final List<String> PORT_TYPES = List.of("100Base-T", "1000Base-T", "1000Base-LX", "10GBase-T", "10GBase-LR",
            "40GBase-LR", "100GBase-LR");
    /** Interfaces Express Connect does not offer; named in the error so the user knows it is a rule, not a typo. */
    static final List<String> UNSUPPORTED_INTERFACES = List.of("SDH", "155M CPOS", "CPOS", "V.35", "G.703");
    /** Statuses a line must be in to be named as another line's redundancy (CreatePhysicalConnection). */
    static final Set<String> REDUNDANCY_STATUSES = Set.of("Allocated", "Confirmed", "Enabled");
    static final int MIN_BANDWIDTH = 2;
    static final int MAX_BANDWIDTH = 10_240;
    private static final Map<String, List<String>> OPTICAL_MODULES = Map.of(
            "1000Base-LX", List.of("SFP-GE-LR-SM1310,10KM", "SFP-GE-ER-SM1310,40KM", "SFP-GE-ZR-SM1550,80KM"),
            "10GBase-LR", List.of("SFP-10G-LR-SM1310,10KM", "SFP-10G-ER-SM1550,40KM", "SFP-10G-ZR-SM1550,80KM"),
            "40GBase-LR", List.of("QSFP-40G-LR4-WDM1300,10KM", "QSFP-40G-ER4-WDM1300,40KM", "QSFP-40G-ZR4-WDM1300,80KM"),
            "100GBase-LR", List.of("QSFP28-100G-LR4-WDM1300,10KM", "QSFP28-100G-ER4-WDM1300,40KM",
                    "QSFP28-100G-ZR4-WDM1300,80KM"));

    private final AlibabaApi api;

    AlibabaConnections(AlibabaApi api) {
        this.api = api;
    }

    CompletableFuture<Page<Connection>> list(ConnectionQuery query, String pageToken) {
        RpcParams params = api.window(pageToken);
        // UNVERIFIED: the values of one filter are ORed here too (documented for VBRs).
        if (!query.ids().isEmpty()) {
            params.filter("PhysicalConnectionId", query.ids());
        }
        if (!query.names().isEmpty()) {
            params.filter("Name", query.names());
        }
        if (!query.states().isEmpty()) {
            List<String> raw = query.states().stream()
                    .flatMap(state -> AlibabaStates.CONNECTION.rawValues(state).stream()).distinct().toList();
            if (raw.isEmpty()) {
                return CompletableFuture.completedFuture(Page.last(List.of()));
            }
            params.filter("Status", raw);
        }
        if (query.accessPointId() != null) {
            params.filter("AccessPointId", List.of(query.accessPointId()));
        }
        return api.read("DescribePhysicalConnections", params).thenApply(response -> api.page(response,
                "PhysicalConnectionSet", "PhysicalConnectionType", pageToken, AlibabaMapping::connection,
                line -> query.states().isEmpty() || query.states().contains(line.state())));
    }

    CompletableFuture<Connection> get(String id) {
        return describe(id).thenApply(AlibabaMapping::connection);
    }

    CompletableFuture<JsonRecord> describe(String id) {
        RpcParams params = api.params().filter("PhysicalConnectionId", List.of(id));
        return api.read("DescribePhysicalConnections", params).thenApply(response -> api.one(response,
                "PhysicalConnectionSet", "PhysicalConnectionType", "PhysicalConnectionId", id, "physical connection"));
    }

    static List<Problem> validate(CreateConnectionRequest request) {
        Problems problems = new Problems().required("carrier", request.carrier());
        if (request.carrier() != null && !LINE_OPERATORS.contains(request.carrier())) {
            problems.add("carrier", "must be one of " + LINE_OPERATORS + ", was '" + request.carrier() + "'");
        }
        portType(problems, request.portType());
        name(problems, "name", request.name());
        description(problems, request.description());
        if (request.bandwidthMbps() != null) {
            Ranges.bandwidth(problems, "bandwidthMbps", request.bandwidthMbps(), MIN_BANDWIDTH, MAX_BANDWIDTH);
        }
        if (request.redundantConnectionId() != null && !request.redundantConnectionId().startsWith("pc-")) {
            problems.add("redundantConnectionId", "must be a physical connection id (pc-...), was '"
                    + request.redundantConnectionId() + "'");
        }
        problems.check(request.tags().size() <= 20, "tags", "at most 20 tags");
        request.tags().keySet().forEach(key -> problems.check(key.length() <= 128 && !key.startsWith("aliyun")
                && !key.startsWith("acs:"), "tags." + key, "a tag key has at most 128 characters and does not start with "
                + "'aliyun' or 'acs:'"));
        String module = request.providerOptions().get("OpticalModuleModel");
        if (module != null && !OPTICAL_MODULES.getOrDefault(portType(request), List.of()).contains(module)) {
            problems.add("providerOptions.OpticalModuleModel", "must be one of "
                    + OPTICAL_MODULES.getOrDefault(portType(request), List.of()) + " for port type " + portType(request));
        }
        return problems.list();
    }

    private static String portType(CreateConnectionRequest request) {
        return request.portType() == null ? "1000Base-T" : request.portType();
    }

    static void portType(Problems problems, String portType) {
        if (portType == null) {
            return;
        }
        String upper = portType.toUpperCase(Locale.ROOT);
        if (UNSUPPORTED_INTERFACES.stream().anyMatch(unsupported -> upper.contains(unsupported.toUpperCase(Locale.ROOT)))) {
            problems.add("portType", "Express Connect does not support SDH 155M CPOS, V.35 or G.703 interfaces; use one of "
                    + PORT_TYPES);
        } else if (!PORT_TYPES.contains(portType)) {
            problems.add("portType", "must be one of " + PORT_TYPES + ", was '" + portType + "'");
        }
    }

    /** A name: 2 to 128 characters, a letter or Chinese character first, then letters, digits, '_' and '-'. */
    static void name(Problems problems, String field, String value) {
        if (value != null) {
            problems.check(value.length() >= 2 && value.length() <= 128 && value.matches("\\p{L}[\\p{L}\\p{N}_-]*")
                    && !value.startsWith("http"), field, "must be 2 to 128 characters, start with a letter or Chinese "
                    + "character and contain only letters, digits, '_' and '-'");
        }
    }

    /** A description: 2 to 256 characters, a letter or Chinese character first, not a URL. */
    static void description(Problems problems, String value) {
        if (value != null) {
            problems.check(value.length() >= 2 && value.length() <= 256 && Character.isLetter(value.codePointAt(0))
                    && !value.startsWith("http://") && !value.startsWith("https://"), "description",
                    "must be 2 to 256 characters, start with a letter or Chinese character and not with http:// or https://");
        }
    }

    /**
     * Enforces the redundancy rule before ordering: a second line at an access point must name one of
     * the account's lines there as its redundancy, and a named redundancy must be at the same access
     * point (lines at different access points are redundant by nature).
     */
    private CompletableFuture<Void> checkRedundancy(CreateConnectionRequest request) {
        RpcParams params = api.window(null).filter("AccessPointId", List.of(request.accessPointId()));
        return api.read("DescribePhysicalConnections", params).thenAccept(response -> {
            List<Connection> atAccessPoint = api.page(response, "PhysicalConnectionSet", "PhysicalConnectionType", null,
                    AlibabaMapping::connection, line -> REDUNDANCY_STATUSES.contains(line.providerState().value())).items();
            Set<String> ids = atAccessPoint.stream().map(Connection::id).collect(Collectors.toSet());
            Problems problems = new Problems();
            if (request.redundantConnectionId() == null) {
                problems.check(ids.isEmpty(), "redundantConnectionId", "the account already has " + ids + " at access point "
                        + request.accessPointId() + ": a second line there must name one of them as its redundancy");
            } else {
                problems.check(ids.contains(request.redundantConnectionId()), "redundantConnectionId",
                        "must be an allocated, confirmed or enabled line at access point " + request.accessPointId()
                                + " (lines at different access points are redundant by nature); found there: " + ids);
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(ErrorContext.of(AlibabaProvider.ID), problems.list());
            }
        });
    }

    CompletableFuture<Connection> create(CreateConnectionRequest request) {
        RpcParams params = api.params()
                .put("AccessPointId", request.accessPointId())
                .put("LineOperator", request.carrier())
                .put("PortType", request.portType())
                .put("bandwidth", request.bandwidthMbps())
                .put("CircuitCode", request.circuitCode())
                .put("PeerLocation", request.customerAddress())
                .put("RedundantPhysicalConnectionId", request.redundantConnectionId())
                .put("Name", request.name())
                .put("Description", request.description())
                .put("OpticalModuleModel", request.providerOptions().get("OpticalModuleModel"))
                .put("ResourceGroupId", request.providerOptions().get("ResourceGroupId"))
                .tags("Tag", request.tags());
        return checkRedundancy(request)
                .thenCompose(ok -> api.write("CreatePhysicalConnection", params, request.idempotencyKey()))
                .thenCompose(response -> get(response.requiredText("PhysicalConnectionId")));
    }

    static List<Problem> validate(UpdateConnectionRequest request) {
        Problems problems = new Problems();
        name(problems, "name", request.name());
        description(problems, request.description());
        if (request.bandwidthMbps() != null) {
            Ranges.bandwidth(problems, "bandwidthMbps", request.bandwidthMbps(), MIN_BANDWIDTH, MAX_BANDWIDTH);
        }
        problems.check(request.contact() == null, "contact", "Alibaba Cloud keeps no contacts on a physical connection");
        problems.check(request.faultContact() == null, "faultContact",
                "Alibaba Cloud keeps no contacts on a physical connection");
        return problems.list();
    }

    CompletableFuture<Connection> update(String id, UpdateConnectionRequest request) {
        RpcParams params = api.params()
                .put("PhysicalConnectionId", id)
                .put("Name", request.name())
                .put("Description", request.description())
                .put("bandwidth", request.bandwidthMbps())
                .put("CircuitCode", request.circuitCode())
                .put("PeerLocation", request.customerAddress());
        return api.write("ModifyPhysicalConnectionAttribute", params, AlibabaApi.token(null))
                .thenCompose(response -> get(id));
    }

    CompletableFuture<Void> delete(String id) {
        return lineAction("DeletePhysicalConnection", id).thenApply(response -> null);
    }

    CompletableFuture<Connection> cancel(String id) {
        return lineAction("CancelPhysicalConnection", id).thenCompose(response -> get(id));
    }

    CompletableFuture<Connection> confirm(String id) {
        return lineAction("ConfirmPhysicalConnection", id).thenCompose(response -> get(id));
    }

    CompletableFuture<Connection> terminate(String id) {
        return lineAction("TerminatePhysicalConnection", id).thenCompose(response -> get(id));
    }

    /** Pays the port occupancy fee with a prepaid order, paid at once ({@code AutoPay}), as Terraform does. */
    CompletableFuture<Connection> pay(String id, PaymentOptions options) {
        Integer months = options.termMonths();
        boolean yearly = months != null && months % 12 == 0;
        Problems problems = new Problems();
        problems.check(months == null || months >= 1 && (yearly ? months / 12 <= 5 : months <= 9), "termMonths",
                "must be 1 to 9 months or 1 to 5 whole years");
        problems.idempotencyKey(options.idempotencyKey());
        if (!problems.isEmpty()) {
            return CompletableFuture.failedFuture(new ValidationException(ErrorContext.of(AlibabaProvider.ID), problems.list()));
        }
        RpcParams params = api.params()
                .put("PhysicalConnectionId", id)
                .put("InstanceChargeType", "PrePaid")
                .put("PricingCycle", yearly ? "Year" : "Month")
                .put("Period", months == null ? null : yearly ? months / 12 : months)
                .put("AutoPay", true)
                .put("AutoRenew", options.autoRenew());
        return api.write("CreatePhysicalConnectionOccupancyOrder", params, AlibabaApi.token(options.idempotencyKey()))
                .thenCompose(response -> get(id));
    }

    private CompletableFuture<JsonRecord> lineAction(String action, String id) {
        return api.write(action, api.params().put("PhysicalConnectionId", id), AlibabaApi.token(null));
    }

    /** The speed of a port type, in Mbit/s; 0 when the type names none. */
    static int speedMbps(String portType) {
        String upper = portType.toUpperCase(Locale.ROOT);
        if (upper.startsWith("100GBASE") || upper.contains("100G")) {
            return 100_000;
        }
        if (upper.startsWith("40GBASE") || upper.contains("40G")) {
            return 40_000;
        }
        if (upper.startsWith("10GBASE")) {
            return 10_000;
        }
        if (upper.startsWith("1000BASE")) {
            return 1_000;
        }
        return upper.startsWith("100BASE") ? 100 : 0;
    }
}
