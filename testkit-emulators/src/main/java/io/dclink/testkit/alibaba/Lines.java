package io.dclink.testkit.alibaba;

import static io.dclink.testkit.emulator.LifecycleTrigger.action;
import static io.dclink.testkit.emulator.LifecycleTrigger.after;
import static io.dclink.testkit.emulator.LifecycleTrigger.afterWorkingDays;
import static io.dclink.testkit.emulator.LifecycleTrigger.nextRead;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.RawLifecycle;
import io.dclink.testkit.emulator.StoredJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Physical connections. A line at a self-service access point is reviewed and
 * allocated, then walks the LOA (apply, review, issue, construction, delivery report), is
 * confirmed and paid (the port occupancy order), and is enabled. A line at a partner access point
 * is reviewed the next working day ({@code Approved}), allocated a working day later and built by the
 * partner (5 working days), then confirmed and paid like any other: the occupancy order is taken
 * only from a line that waits for payment, which no source shows before {@code Confirmed}
 * (Terraform pays after ConfirmPhysicalConnection). Each flow is a lifecycle table.
 */
final class Lines {

    static final List<String> LINE_OPERATORS = List.of("CT", "CU", "CM", "CO", "Equinix", "Other");
    static final List<String> PORT_TYPES = List.of("100Base-T", "1000Base-T", "1000Base-LX", "10GBase-T", "10GBase-LR",
            "40GBase-LR", "100GBase-LR");
    private static final Set<String> FILTER_KEYS = Set.of("PhysicalConnectionId", "AccessPointId", "Type", "LineOperator",
            "Spec", "Status", "Name", "ProductType");
    private static final String NAME = "\\p{L}[\\p{L}\\p{N}_-]*";

    private final AlibabaCloud cloud;
    final Map<String, ObjectNode> lines = new LinkedHashMap<>();
    private final RawLifecycle selfServiceLifecycle;
    private final RawLifecycle partnerLifecycle;

    Lines(AlibabaCloud cloud) {
        this.cloud = cloud;
        this.selfServiceLifecycle = bothFlows("line")
                .row("Initial", afterWorkingDays(2), "Allocating")
                .row("Initial", action("approve"), "Allocating")
                .row("Allocating", after(Duration.ofHours(1)), "Allocated")
                .onEntering("Allocated", this::assignPort)
                .build(lines, "Status", cloud.clock(), cloud);
        this.partnerLifecycle = bothFlows("partner line")
                .row("Initial", afterWorkingDays(1), "Approved")
                .row("Initial", action("approve"), "Approved")
                // UNVERIFIED: how long an approved partner application waits for its port to be allocated.
                .row("Approved", afterWorkingDays(1), "Allocating")
                .row("Allocating", afterWorkingDays(5), "Allocated")
                .rows(List.of("Approved", "Allocating"), action("completeConstruction"), "Allocated")
                .onEntering("Allocating", this::assignPort)
                .onEntering("Allocated", built -> cloud.loas().lifecycle.enter(built.resourceId(), "Complete"))
                .build(lines, "Status", cloud.clock(), cloud);
    }

    /** The rows both flows share: rejection and resubmission, confirmation, payment, cancelling, terminating, deleting. */
    private RawLifecycle.Builder bothFlows(String kind) {
        return RawLifecycle.of(kind)
                .row("Initial", action("reject"), "Rejected")
                .row("Rejected", action("resubmit"), "Initial")
                .row("Allocated", action("confirm"), "Confirmed")
                .row("Confirmed", action("enable"), "Enabled")
                .row("Confirmed", action("pay"), "Enabled")
                .rows(List.of("Initial", "Approved", "Allocated", "Confirmed"), action("cancel"), "Canceled")
                .row("Enabled", action("terminate"), "Terminating")
                .row("Terminating", nextRead(), "Terminated")
                .rows(List.of("Allocated", "Confirmed", "Rejected", "Canceled", "Allocation Failed", "Terminated"),
                        action("delete"), RawLifecycle.REMOVED)
                .onEntering("Enabled", enabled -> lines.get(enabled.resourceId())
                        .put("EnabledTime", Rpc.time(cloud.now())).put("ChargeType", "Prepaid"));
    }

    private void assignPort(RawLifecycle.Transition allocated) {
        lines.get(allocated.resourceId()).put("PortNumber", "1/1/" + (1 + cloud.nextNumber() % 48));
    }

    /** The lifecycle of the line's flow. */
    RawLifecycle lifecycle(String id) {
        return stored(id).get("_partner").asBoolean() ? partnerLifecycle : selfServiceLifecycle;
    }

    // ---- requests ----------------------------------------------------------------------------------

    ObjectNode create(Rpc p) {
        ObjectNode accessPoint = cloud.accessPoint(p.required("AccessPointId"));
        String operator = lineOperator(p.required("LineOperator"));
        String portType = portType(p.get("PortType"));
        checkName(p.get("Name"));
        checkDescription(p.get("Description"));
        String redundant = redundancy(p.get("RedundantPhysicalConnectionId"), p.account);
        ObjectNode line = add(p.account, accessPoint, operator, portType, redundant, key -> p.get(key));
        if (p.get("bandwidth") != null) {
            line.put("Bandwidth", p.number("bandwidth", 0, "InvalidBandwidth"));
        }
        tags(line, p, "Tag");
        String id = line.get("PhysicalConnectionId").asText();
        lifecycle(id).enter(id, "Initial");
        return Rpc.JSON.createObjectNode().put("PhysicalConnectionId", id);
    }

    /** A line operator the service knows, or its error. */
    static String lineOperator(String operator) {
        if (!LINE_OPERATORS.contains(operator)) {
            throw AliError.badRequest("InvalidLineOperator.Malformd", "The LineOperator " + operator + " is not valid.");
        }
        return operator;
    }

    /** A port type the service knows ({@code 1000Base-T} when none is given), or its error. */
    static String portType(String given) {
        String portType = given == null ? "1000Base-T" : given;
        if (!PORT_TYPES.contains(portType)) {
            throw AliError.badRequest("InvalidPortType.Malformd", "The PortType " + portType + " is not valid.");
        }
        return portType;
    }

    /**
     * The documented redundancy rule: a named redundant line exists in the account and is Allocated,
     * Confirmed or Enabled. Nothing else is required of a line's redundancy.
     */
    String redundancy(String redundant, String account) {
        if (redundant != null) {
            ObjectNode other = lines.get(redundant);
            if (other == null || !other.get("_account").asText().equals(account)) {
                throw AliError.badRequest("InvalidRedundantPhysicalConnectionId.NotFound",
                        "The redundant physical connection does not exist.");
            }
            if (!List.of("Allocated", "Confirmed", "Enabled").contains(other.get("Status").asText())) {
                throw AliError.badRequest("InvalidRedundantPhysicalConnectionStatus",
                        "The redundant physical connection must be Allocated, Confirmed or Enabled.");
            }
        }
        return redundant;
    }

    /**
     * Stores a new line in {@code Initial}, its free-text fields read through {@code field}
     * ({@code Name}, {@code Description}, {@code Type}, {@code CircuitCode}, {@code PeerLocation},
     * {@code OpticalModuleModel}); the caller enters it into its lifecycle.
     */
    ObjectNode add(String account, ObjectNode accessPoint, String operator, String portType, String redundant,
            java.util.function.Function<String, String> field) {
        String id = cloud.newId("pc-", 21);
        ObjectNode line = Rpc.JSON.createObjectNode()
                .put("PhysicalConnectionId", id).put("Name", orEmpty(field.apply("Name")))
                .put("Description", orEmpty(field.apply("Description")))
                .put("AccessPointId", accessPoint.get("AccessPointId").asText()).put("AccessPointType", "VPC")
                .put("Type", field.apply("Type") == null ? "VPC" : field.apply("Type")).put("LineOperator", operator)
                .put("PortType", portType).put("Spec", spec(portType)).put("Status", "Initial").put("BusinessStatus", "Normal")
                .put("CircuitCode", orEmpty(field.apply("CircuitCode")))
                .put("PeerLocation", orEmpty(field.apply("PeerLocation")))
                .put("AdLocation", accessPoint.path("Location").asText())
                .put("RedundantPhysicalConnectionId", redundant == null ? "" : redundant)
                .put("ProductType", "PhysicalConnection").put("CreationTime", Rpc.time(cloud.now()))
                .put("_account", account).put("_partner", accessPoint.path("_partner").asBoolean());
        if (field.apply("OpticalModuleModel") != null) {
            line.put("OpticalModuleModel", field.apply("OpticalModuleModel"));
        }
        lines.put(id, line);
        return line;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    ObjectNode describe(Rpc p) {
        Map<String, List<String>> filters = p.filters(FILTER_KEYS);
        Map<String, String> tags = new LinkedHashMap<>();
        p.groups("Tags", "Key", "Value").forEach(tag -> tags.put(tag.get("Key"), tag.getOrDefault("Value", "")));
        List<ObjectNode> matching = new ArrayList<>();
        for (String id : List.copyOf(lines.keySet())) {
            lifecycle(id).read(id);
            ObjectNode line = lines.get(id);
            if (line.get("_account").asText().equals(p.account)
                    && FILTER_KEYS.stream().allMatch(key -> Rpc.matches(filters, key, line.path(key).asText()))
                    && tags.entrySet().stream().allMatch(tag -> hasTag(line, tag.getKey(), tag.getValue()))) {
                matching.add(line);
            }
        }
        return p.page(matching, "PhysicalConnectionSet", "PhysicalConnectionType", line -> {
            ObjectNode view = StoredJson.visible(line);
            view.putObject("Tags").set("tags", line.path("_tags").deepCopy());
            return view;
        });
    }

    ObjectNode modify(Rpc p) {
        ObjectNode line = line(p.required("PhysicalConnectionId"), p.account);
        String status = line.get("Status").asText();
        if (List.of("Canceled", "Allocating", "Allocation Failed", "Terminated").contains(status)) {
            throw AliError.notAllowedInState();
        }
        boolean specs = p.get("PortType") != null || p.get("bandwidth") != null || p.get("LineOperator") != null
                || p.get("RedundantPhysicalConnectionId") != null;
        if (specs && !List.of("Initial", "Enabled", "Rejected").contains(status)) {
            throw AliError.notAllowedInState();
        }
        checkName(p.get("Name"));
        checkDescription(p.get("Description"));
        if (p.get("bandwidth") != null) {
            long bandwidth = p.number("bandwidth", 0, "InvalidBandwidth");
            if (bandwidth < 2 || bandwidth > 10_240) {
                throw AliError.badRequest("InvalidBandwidth", "bandwidth must be 2 to 10240 Mbit/s.");
            }
            line.put("Bandwidth", bandwidth);
        }
        for (String field : List.of("Name", "Description", "CircuitCode", "PeerLocation", "LineOperator", "PortType",
                "RedundantPhysicalConnectionId")) {
            if (p.get(field) != null) {
                line.put(field, p.get(field));
            }
        }
        String id = line.get("PhysicalConnectionId").asText();
        if (lifecycle(id).allows(id, "resubmit")) {
            lifecycle(id).fire(id, "resubmit");
        }
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode cancel(Rpc p) {
        String id = line(p.required("PhysicalConnectionId"), p.account).get("PhysicalConnectionId").asText();
        lifecycle(id).fire(id, "cancel", AliError::notAllowedInState);
        return Rpc.JSON.createObjectNode();
    }

    /** The customer confirms a built line; it is enabled once its occupancy order is paid. */
    ObjectNode confirm(Rpc p) {
        ObjectNode line = line(p.required("PhysicalConnectionId"), p.account);
        String id = line.get("PhysicalConnectionId").asText();
        if (!lifecycle(id).allows(id, "confirm")) {
            throw AliError.badRequest("IncorrectStatus.PhysicalConnection", "The physical connection " + id
                    + " is not in Allocated state.");
        }
        if (!line.path("LoaStatus").asText().equals("Complete")) {
            // UNVERIFIED: confirmation needs the construction reported (LOA Complete).
            throw AliError.badRequest("IncorrectStatus.PhysicalConnectionLOA", "The line's construction is not complete.");
        }
        lifecycle(id).fire(id, "confirm");
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode enable(Rpc p) {
        String id = line(p.required("PhysicalConnectionId"), p.account).get("PhysicalConnectionId").asText();
        lifecycle(id).fire(id, "enable", AliError::notAllowedInState);
        return Rpc.JSON.createObjectNode();
    }

    /**
     * The port occupancy fee, taken "only when the line waits for payment". UNVERIFIED: that state
     * is read as {@code Confirmed} (with LoaStatus {@code Complete}) in both flows, as Terraform
     * orders it after ConfirmPhysicalConnection.
     */
    ObjectNode occupancyOrder(Rpc p) {
        ObjectNode line = line(p.required("PhysicalConnectionId"), p.account);
        String chargeType = p.get("InstanceChargeType") == null ? "PrePaid" : p.get("InstanceChargeType");
        if (!chargeType.equals("PrePaid")) {
            throw AliError.badRequest("InvalidPhysicalConnectionChargeType.Malformed", "Only PrePaid is supported.");
        }
        String cycle = p.get("PricingCycle") == null ? "Month" : p.get("PricingCycle");
        long period = p.number("Period", 1, "InvalidPhysicalConnectionPeriod.Malformed");
        if (!cycle.equals("Month") && !cycle.equals("Year")) {
            throw AliError.badRequest("InvalidPhysicalConnectionPricingCycle.Malformed", "PricingCycle is Month or Year.");
        }
        if (period < 1 || period > (cycle.equals("Month") ? 9 : 5)) {
            throw AliError.badRequest("InvalidPhysicalConnectionPeriod.Malformed", "The Period is not valid.");
        }
        boolean payable = line.get("Status").asText().equals("Confirmed") && line.path("LoaStatus").asText().equals("Complete");
        if (!payable || line.path("_orderId").isTextual()) {
            throw AliError.notAllowedInState();
        }
        String orderId = Long.toString(200_000_000_000L + cloud.nextNumber());
        line.put("_orderId", orderId).put("EndTime", Rpc.time(cloud.now().plus(Duration.ofDays(
                cycle.equals("Month") ? 30 * period : 365 * period))));
        if (p.flag("AutoPay")) {
            paid(line);
        }
        ObjectNode result = Rpc.JSON.createObjectNode();
        result.putObject("Data").put("OrderId", orderId);
        return result;
    }

    private void paid(ObjectNode line) {
        line.put("_paid", true);
        String id = line.get("PhysicalConnectionId").asText();
        if (lifecycle(id).allows(id, "pay")) {
            lifecycle(id).fire(id, "pay");
        }
    }

    ObjectNode terminate(Rpc p) {
        String id = line(p.required("PhysicalConnectionId"), p.account).get("PhysicalConnectionId").asText();
        requireAllowedWithoutVbrs(id, "terminate");
        lifecycle(id).fire(id, "terminate");
        return Rpc.JSON.createObjectNode();
    }

    ObjectNode delete(Rpc p) {
        String id = line(p.required("PhysicalConnectionId"), p.account).get("PhysicalConnectionId").asText();
        requireAllowedWithoutVbrs(id, "delete");
        lifecycle(id).fire(id, "delete");
        cloud.loas().documents.remove(id);
        return Rpc.JSON.createObjectNode();
    }

    private void requireAllowedWithoutVbrs(String id, String action) {
        if (!lifecycle(id).allows(id, action)) {
            throw AliError.notAllowedInState();
        }
        if (cloud.vbrs().onLine(id)) {
            throw AliError.badRequest("Forbidden.VBRExists", "physical connection owner's vbr still exists");
        }
    }

    // ---- the operator's steps ---------------------------------------------------------------------

    void markPaid(String id) {
        ObjectNode line = stored(id);
        if (line.path("_setupOrderUnpaid").asBoolean()) {
            cloud.setupOrders().paid(line);
            return;
        }
        if (!line.path("_orderId").isTextual() || line.path("_paid").asBoolean()) {
            throw new IllegalStateException("line " + id + " has no unpaid order");
        }
        paid(line);
    }

    /** The line's next provider step, whatever it is: its own, or its LOA's once it is allocated. */
    void advance(String id) {
        if (!lifecycle(id).advance(id) && stored(id).get("Status").asText().equals("Allocated")) {
            cloud.loas().lifecycle.advance(id);
        }
    }

    /** Self-service: the installer has built the line (the LOA goes Completing); partner: the partner has. */
    void completeConstruction(String id) {
        (stored(id).get("_partner").asBoolean() ? partnerLifecycle : cloud.loas().lifecycle).fire(id, "completeConstruction");
    }

    // ---- shared --------------------------------------------------------------------------------------

    ObjectNode stored(String id) {
        ObjectNode line = lines.get(id);
        if (line == null) {
            throw new IllegalArgumentException("no physical connection " + id);
        }
        return line;
    }

    /** A line of the account, or the service's not-found error. */
    ObjectNode line(String id, String account) {
        ObjectNode line = lines.get(id);
        if (line == null || !line.get("_account").asText().equals(account)) {
            throw AliError.notFound("InvalidPhysicalConnectionId.NotFound", "Specified physical connection does not exist.");
        }
        return line;
    }

    /** 2 to 128 characters, a letter or Chinese character first, then letters, digits, '_' and '-'. */
    static void checkName(String value) {
        if (value != null && (value.length() < 2 || value.length() > 128 || !value.matches(NAME) || value.startsWith("http"))) {
            throw AliError.badRequest("InvalidName.Malformed", "The name is not valid.");
        }
    }

    /** 2 to 256 characters, a letter or Chinese character first, not starting with http:// or https://. */
    static void checkDescription(String value) {
        if (value != null && (value.length() < 2 || value.length() > 256 || !Character.isLetter(value.codePointAt(0))
                || value.startsWith("http://") || value.startsWith("https://"))) {
            throw AliError.badRequest("InvalidDescription.Malformed", "The description is not valid.");
        }
    }

    private static String spec(String portType) {
        return portType.startsWith("100G") ? "100G" : portType.startsWith("40G") ? "40G"
                : portType.startsWith("10G") ? "10G" : "1G and below";
    }

    static void tags(ObjectNode resource, Rpc p, String prefix) {
        ArrayNode tags = resource.putArray("_tags");
        p.groups(prefix, "Key", "Value").forEach(tag -> tags.addObject().put("Key", tag.get("Key"))
                .put("Value", tag.getOrDefault("Value", "")));
    }

    private static boolean hasTag(ObjectNode resource, String key, String value) {
        for (var tag : resource.path("_tags")) {
            if (tag.path("Key").asText().equals(key) && tag.path("Value").asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
