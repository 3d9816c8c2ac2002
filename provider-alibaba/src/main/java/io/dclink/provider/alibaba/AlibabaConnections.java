package io.dclink.provider.alibaba;

import io.dclink.error.ErrorContext;
import io.dclink.error.Problem;
import io.dclink.error.ResourceNotFoundException;
import io.dclink.error.ValidationException;
import io.dclink.kit.call.Calls;
import io.dclink.kit.json.JsonRecord;
import io.dclink.kit.validation.Problems;
import io.dclink.kit.validation.Ranges;
import io.dclink.model.Connection;
import io.dclink.model.ConnectionQuery;
import io.dclink.model.Contact;
import io.dclink.model.CreateConnectionRequest;
import io.dclink.model.PaymentOptions;
import io.dclink.model.UpdateConnectionRequest;
import io.dclink.spi.Page;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

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
    /**
     * UNVERIFIED: OpticalModuleModel is in no SDK model of CreatePhysicalConnection; the parameter and
     * its values are those of the API reference's text.
     */
    private static final Map<String, List<String>> OPTICAL_MODULES = Map.of(
            "1000Base-LX", List.of("SFP-GE-LR-SM1310,10KM", "SFP-GE-ER-SM1310,40KM", "SFP-GE-ZR-SM1550,80KM"),
            "10GBase-LR", List.of("SFP-10G-LR-SM1310,10KM", "SFP-10G-ER-SM1550,40KM", "SFP-10G-ZR-SM1550,80KM"),
            "40GBase-LR", List.of("QSFP-40G-LR4-WDM1300,10KM", "QSFP-40G-ER4-WDM1300,40KM", "QSFP-40G-ZR4-WDM1300,80KM"),
            "100GBase-LR", List.of("QSFP28-100G-LR4-WDM1300,10KM", "QSFP28-100G-ER4-WDM1300,40KM",
                    "QSFP28-100G-ZR4-WDM1300,80KM"));

    private final AlibabaApi api;
    private final SetupOrders setupOrders;

    AlibabaConnections(AlibabaApi api) {
        this.api = api;
        this.setupOrders = new SetupOrders(api);
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
        AlibabaLimits.name(problems, "name", request.name());
        AlibabaLimits.description(problems, request.description());
        if (request.bandwidthMbps() != null) {
            Ranges.bandwidth(problems, "bandwidthMbps", request.bandwidthMbps(), MIN_BANDWIDTH, MAX_BANDWIDTH);
        }
        problems.text("accessPointId", request.accessPointId(), AlibabaLimits.ID)
                .text("customerAddress", request.customerAddress(), AlibabaLimits.PEER_LOCATION)
                .text("circuitCode", request.circuitCode(), AlibabaLimits.CIRCUIT_CODE);
        noContacts(problems, request.contact(), request.faultContact());
        if (request.redundantConnectionId() != null && !request.redundantConnectionId().matches("pc-[0-9a-z]+")) {
            problems.add("redundantConnectionId", "must be a physical connection id (pc-...), was '"
                    + request.redundantConnectionId() + "'");
        }
        AlibabaLimits.tags(problems, request.tags());
        String module = request.providerOptions().get("OpticalModuleModel");
        if (module != null && !OPTICAL_MODULES.getOrDefault(portType(request), List.of()).contains(module)) {
            problems.add("providerOptions.OpticalModuleModel", "must be one of "
                    + OPTICAL_MODULES.getOrDefault(portType(request), List.of()) + " for port type " + portType(request));
        }
        problems.text("providerOptions.ResourceGroupId", request.providerOptions().get("ResourceGroupId"), AlibabaLimits.ID);
        SetupOrders.validate(problems, request);
        return problems.list();
    }

    /** Alibaba keeps no contacts on a physical connection: refused rather than dropped. */
    private static void noContacts(Problems problems, Contact contact, Contact faultContact) {
        problems.check(contact == null, "contact", "Alibaba Cloud keeps no contacts on a physical connection; "
                + "leave it empty");
        problems.check(faultContact == null, "faultContact", "Alibaba Cloud keeps no contacts on a physical connection; "
                + "leave it empty");
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

    /**
     * The documented rule, checked before ordering: a named redundancy must be Allocated, Confirmed or
     * Enabled (CreatePhysicalConnection). Nothing else is required of it; in particular no source
     * says a second line at an access point must name one.
     */
    private CompletableFuture<Void> checkRedundancy(CreateConnectionRequest request) {
        String redundant = request.redundantConnectionId();
        if (redundant == null) {
            return CompletableFuture.completedFuture(null);
        }
        return describe(redundant).handle((line, failure) -> {
            if (failure != null && !Calls.is(failure, ResourceNotFoundException.class)) {
                throw Calls.rethrow(failure);
            }
            String status = line == null ? null : line.text("Status");
            if (status == null || !REDUNDANCY_STATUSES.contains(status)) {
                throw new ValidationException(ErrorContext.of(AlibabaProvider.ID), List.of(new Problem(
                        "redundantConnectionId", status == null
                                ? "no physical connection " + redundant + " exists in this account and region"
                                : "must be a line that is Allocated, Confirmed or Enabled; " + redundant + " is " + status)));
            }
            return null;
        });
    }

    /**
     * Applies for a line: with the installation-fee order first where the request asks for it
     * ({@link SetupOrders#OPTION}), else with CreatePhysicalConnection.
     */
    CompletableFuture<Connection> create(CreateConnectionRequest request) {
        if (SetupOrders.asked(request)) {
            return checkRedundancy(request).thenCompose(ok -> setupOrders.create(request)).thenCompose(this::get);
        }
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
                .thenCompose(response -> get(AlibabaApi.id(response, "PhysicalConnectionId", "pc-")));
    }

    static List<Problem> validate(UpdateConnectionRequest request) {
        Problems problems = new Problems();
        AlibabaLimits.name(problems, "name", request.name());
        AlibabaLimits.description(problems, request.description());
        if (request.bandwidthMbps() != null) {
            Ranges.bandwidth(problems, "bandwidthMbps", request.bandwidthMbps(), MIN_BANDWIDTH, MAX_BANDWIDTH);
        }
        problems.text("customerAddress", request.customerAddress(), AlibabaLimits.PEER_LOCATION)
                .text("circuitCode", request.circuitCode(), AlibabaLimits.CIRCUIT_CODE);
        noContacts(problems, request.contact(), request.faultContact());
        return problems.list();
    }

    CompletableFuture<Connection> update(String id, UpdateConnectionRequest request) {
        return modifyAttributes(api, id, request.name(), request.description(), request.bandwidthMbps(),
                request.circuitCode(), request.customerAddress(), AlibabaApi.token(null))
                .thenCompose(response -> get(id));
    }

    /** {@code ModifyPhysicalConnectionAttribute}: the fields of a line its owner may change; {@code null} leaves one as it is. */
    static CompletableFuture<JsonRecord> modifyAttributes(AlibabaApi api, String id, String name, String description,
            Integer bandwidthMbps, String circuitCode, String customerAddress, String clientToken) {
        RpcParams params = api.params()
                .put("PhysicalConnectionId", id)
                .put("Name", name)
                .put("Description", description)
                .put("bandwidth", bandwidthMbps)
                .put("CircuitCode", circuitCode)
                .put("PeerLocation", customerAddress);
        return api.write("ModifyPhysicalConnectionAttribute", params, clientToken);
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
    /** A term Alibaba sells: 1 to 9 months or 1 to 5 whole years; checked before any call. */
    static List<Problem> validate(PaymentOptions options) {
        Integer months = options.termMonths();
        boolean yearly = months != null && months % 12 == 0;
        return new Problems()
                .check(months == null || months >= 1 && (yearly ? months / 12 <= 5 : months <= 9), "termMonths",
                        "must be 1 to 9 months or 1 to 5 whole years")
                .idempotencyKey(options.idempotencyKey())
                .list();
    }

    CompletableFuture<Connection> pay(String id, PaymentOptions options) {
        Integer months = options.termMonths();
        boolean yearly = months != null && months % 12 == 0;
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
