package io.dclink.testkit.jdcloud;

import static io.dclink.testkit.emulator.LifecycleTrigger.action;
import static io.dclink.testkit.emulator.LifecycleTrigger.after;
import static io.dclink.testkit.emulator.LifecycleTrigger.afterWorkingDays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.RawLifecycle;
import io.dclink.testkit.emulator.StoredJson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Physical connections. An application is reviewed ({@code Ordering}, 2 working days or the
 * operator's approve/reject), its installation fee paid ({@code Installation_Paying}; at once with
 * {@code autoPay}, else the operator's markPaid), the line built ({@code Pending}, 5 working days or
 * the operator's completeConstruction), then confirmed by the customer ({@code Confirming} →
 * {@code Active}, which buys the port rental). {@code InActive} is a fault that clears; a rejection
 * is final. Deleting is refused while a private VIF exists, then takes the line through
 * {@code Deleting} (a month, or the operator) to {@code Deleted}, listed for a day before it is gone.
 */
final class Connections {

    static final List<String> TYPES = List.of("jcloud_hosted", "jcloud_partner", "jcloud");
    static final List<String> STATUSES = List.of("Ordering", "Installation_Paying", "Pending", "Confirming", "Active",
            "InActive", "Deleting", "Deleted", "Rejected");
    /** UNVERIFIED: the states a delete is accepted in (not during construction, not twice). */
    private static final List<String> DELETABLE = List.of("Ordering", "Installation_Paying", "Confirming", "Active", "InActive",
            "Rejected");
    private static final List<Integer> CHARGE_DURATIONS = List.of(1, 3, 6, 12, 24, 36);
    static final String TEARDOWN_RULE = "only a physical connection that has not been used to create a private virtual "
            + "interface can be deleted";

    private final JdCloud cloud;
    final Map<String, ObjectNode> store = new LinkedHashMap<>();
    final RawLifecycle lifecycle;

    Connections(JdCloud cloud) {
        this.cloud = cloud;
        this.lifecycle = RawLifecycle.of("connection")
                .row("Ordering", afterWorkingDays(2), "Installation_Paying") // UNVERIFIED: review "usually 1-2 working days"
                .row("Ordering", action("approve"), "Installation_Paying")
                .row("Ordering", action("reject"), "Rejected")
                .row("Installation_Paying", action("markPaid"), "Pending")
                .row("Pending", afterWorkingDays(5), "Confirming") // UNVERIFIED: construction time
                .row("Pending", action("completeConstruction"), "Confirming")
                .row("Confirming", action("confirm"), "Active")
                .row("Active", action("linkDown"), "InActive")
                .row("InActive", action("linkUp"), "Active")
                .row("InActive", action(RawLifecycle.ADVANCE), "Active")
                .rows(DELETABLE, action("delete"), "Deleting")
                .row("Deleting", after(Duration.ofDays(30)), "Deleted") // UNVERIFIED: "requested at least a month ahead"
                .row("Deleted", after(Duration.ofDays(1)), RawLifecycle.REMOVED) // UNVERIFIED: how long Deleted stays listed
                .onEntering("Installation_Paying", entered -> ordered(entered.resourceId()))
                .onEntering("Active", entered -> {
                    if (entered.from().equals("Confirming")) {
                        charged(entered.resourceId());
                    }
                })
                .build(store, "connectionStatus", cloud.clock(), cloud);
    }

    ObjectNode create(Call call) {
        ObjectNode spec = call.spec();
        String name = Fields.name(spec, "connectionName", true);
        String type = Fields.oneOf(spec, "type", true, TYPES);
        String description = Fields.text(spec, "description", false, 0, 256);
        String idcAddress = Fields.text(spec, "idcAddress", false, 0, 256);
        String contactName = Fields.text(spec, "contactName", false, 0, 32);
        String phone = Fields.text(spec, "phoneNumber", false);
        if (phone != null && !Fields.PHONE.matcher(phone).matches()) {
            throw JdError.invalidArgument("phoneNumber", "must be 11 digits starting 13 to 19");
        }
        Boolean autoPay = Fields.bool(spec, "autoPay");
        ObjectNode connection = JdJson.object().put("connectionId", cloud.ids.newId("dc-")).put("connectionName", name);
        int bandwidthMbps;
        if (type.equals("jcloud_partner")) {
            ObjectNode partner = cloud.locations.partner(call.region(), Fields.text(spec, "partnerCode", true));
            Integer duration = Fields.integer(spec, "chargeDuration", false, 1, 36);
            if (duration != null && !CHARGE_DURATIONS.contains(duration)) {
                throw JdError.invalidArgument("chargeDuration", "must be one of " + CHARGE_DURATIONS + " months");
            }
            connection.putNull("location");
            connection.set("partner", StoredJson.visible(partner));
            connection.put("_chargeDuration", duration == null ? 6 : duration);
            bandwidthMbps = 0; // UNVERIFIED: ConnectionSpec has no bandwidth; the partner provisions it
        } else {
            for (String partnerOnly : List.of("partnerCode", "chargeDuration")) {
                if (Fields.given(spec, partnerOnly)) {
                    // UNVERIFIED: that the service refuses (rather than ignores) a partner-only field
                    throw JdError.invalidArgument(partnerOnly, "applies to jcloud_partner connections only");
                }
            }
            ObjectNode location = landing(spec.get("location"), type, call.region());
            connection.set("location", location);
            connection.putNull("partner");
            bandwidthMbps = location.get("locationPortSpec").get("bandwidthGbps").asInt() * 1000;
            cloud.quotas.check("connection", null, countAgainstQuota(call), "physical and hosted connections in " + call.region());
        }
        connection.put("type", type).put("bandwidthMbps", bandwidthMbps).put("orderId", "");
        connection.putArray("vifIds");
        connection.put("connectionStatus", "Ordering").put("description", description == null ? "" : description)
                .put("createdTime", JdJson.time(cloud.now())).put("idcAddress", idcAddress == null ? "" : idcAddress)
                .put("contactName", contactName == null ? "" : contactName).put("phoneNumber", phone == null ? "" : phone)
                .put("rejectedReason", "").put("resourceIdInitial", "").put("resourceIdPTenancy", "").putNull("charge");
        connection.put("_autoPay", autoPay != null && autoPay);
        Scoped.stamp(connection, call);
        String id = connection.get("connectionId").asText();
        store.put(id, connection);
        lifecycle.enter(id, "Ordering");
        return Scoped.created("connectionId", id);
    }

    /** The location block of a self-service or hosted line, from its {@code LocationSpec}. */
    private ObjectNode landing(JsonNode spec, String type, String region) {
        if (spec == null || !spec.isObject()) {
            throw JdError.invalidArgument("location", "is required for jcloud and jcloud_hosted connections");
        }
        String portCode = Fields.text(spec, "locationPortSpecCode", true);
        ObjectNode location;
        ObjectNode isp = null;
        if (type.equals("jcloud")) {
            location = cloud.locations.location(region, Fields.text(spec, "locationCode", true), "locationCode");
            isp = Locations.part(location, "locationISPs", "ispCode", Fields.text(spec, "locationISPCode", true),
                    "locationISPCode");
        } else {
            // UNVERIFIED: a hosted line names only a port spec; it lands at the first location offering it
            location = cloud.locations.inRegion(region).stream().filter(l -> l.get("locationPortSpecs").findValuesAsText(
                    "portSpecCode").contains(portCode)).findFirst().orElseThrow(() -> JdError.invalidArgument(
                    "locationPortSpecCode", "names no port spec offered in " + region + ": " + portCode));
        }
        ObjectNode portSpec = Locations.part(location, "locationPortSpecs", "portSpecCode", portCode, "locationPortSpecCode");
        ObjectNode landing = JdJson.object();
        for (String field : List.of("locationId", "locationName", "locationType", "locationCode", "address", "createdTime")) {
            landing.set(field, location.get(field));
        }
        landing.set("locationPortSpec", portSpec.deepCopy());
        landing.set("locationISP", isp == null ? null : isp.deepCopy());
        return landing;
    }

    /** UNVERIFIED: partner lines, and lines deleted or rejected, do not count against the connection quota. */
    int countAgainstQuota(Call call) {
        return (int) Scoped.all(store, call).stream().filter(c -> !c.get("type").asText().equals("jcloud_partner"))
                .filter(c -> !Set.of("Deleted", "Rejected").contains(c.get("connectionStatus").asText())).count();
    }

    ObjectNode describeAll(Call call) {
        Map<String, List<String>> f = Listing.filters(call.query(), Set.of("connectionIds", "connectionNames", "types", "status"),
                Set.of("status"));
        for (String status : f.getOrDefault("status", List.of())) {
            if (!STATUSES.contains(status)) {
                throw JdError.invalidArgument("filters.status", "must be one of " + STATUSES + ", was " + status);
            }
        }
        for (String type : f.getOrDefault("types", List.of())) {
            if (!TYPES.contains(type)) {
                throw JdError.invalidArgument("filters.types", "must be among " + TYPES + ", was " + type);
            }
        }
        List<ObjectNode> matching = Scoped.all(store, call).stream()
                .filter(c -> Listing.matches(f, "connectionIds", c.get("connectionId").asText()))
                .filter(c -> Listing.matches(f, "connectionNames", c.get("connectionName").asText()))
                .filter(c -> Listing.matches(f, "types", c.get("type").asText()))
                .filter(c -> Listing.matches(f, "status", c.get("connectionStatus").asText())).toList();
        return Listing.page(call.query(), matching, "connections");
    }

    ObjectNode describe(Call call) {
        return Scoped.one("connection", find(call, call.path("connectionId")));
    }

    /** ModifyConnectionSpec: the name and the description only. */
    ObjectNode modify(Call call) {
        ObjectNode connection = find(call, call.path("connectionId"));
        ObjectNode spec = call.spec();
        Fields.only(spec, "modifyConnectionSpec", List.of("connectionName", "description"));
        String name = Fields.name(spec, "connectionName", false);
        String description = Fields.text(spec, "description", false, 0, 256);
        String status = connection.get("connectionStatus").asText();
        if (Set.of("Rejected", "Deleting", "Deleted").contains(status)) {
            // UNVERIFIED: that a rejected or departing line refuses changes
            throw JdError.failedPrecondition("connection " + connection.get("connectionId").asText() + " is " + status
                    + " and cannot be modified");
        }
        if (name != null) {
            connection.put("connectionName", name);
        }
        if (description != null) {
            connection.put("description", description);
        }
        return JdJson.object();
    }

    ObjectNode delete(Call call) {
        ObjectNode connection = find(call, call.path("connectionId"));
        String id = connection.get("connectionId").asText();
        if (!cloud.vifs.onConnection(id).isEmpty()) {
            throw JdError.failedPrecondition(TEARDOWN_RULE + "; connection " + id + " still has private virtual interfaces "
                    + cloud.vifs.onConnection(id).stream().map(v -> v.get("privateVifId").asText()).toList());
        }
        lifecycle.fire(id, "delete", () -> JdError.failedPrecondition("connection " + id + " is "
                + connection.get("connectionStatus").asText() + " and cannot be deleted now"));
        return JdJson.object();
    }

    /** ConfirmConnectionSpec: the customer accepts the built line and buys the port rental. */
    ObjectNode confirm(Call call) {
        ObjectNode connection = find(call, call.path("connectionId"));
        ConfirmSpec.read(call.model() == null ? JdJson.object() : call.spec(), connection);
        String id = connection.get("connectionId").asText();
        lifecycle.fire(id, "confirm", () -> JdError.failedPrecondition("connection " + id + " is "
                + connection.get("connectionStatus").asText() + ": only a Confirming connection can be confirmed"));
        return JdJson.object();
    }

    ObjectNode find(Call call, String id) {
        return Scoped.find(store, call, id, "connection");
    }

    /** The installation-fee order is placed; with autoPay it is paid at once. */
    private void ordered(String id) {
        ObjectNode connection = store.get(id);
        connection.put("orderId", cloud.ids.newOrderId()).put("resourceIdInitial", id + "-init"); // UNVERIFIED: resource id form
        if (connection.get("_autoPay").asBoolean()) {
            lifecycle.fire(id, "markPaid");
        }
    }

    /** The port rental starts when the line is confirmed. */
    private void charged(String id) {
        ObjectNode connection = store.get(id);
        connection.put("resourceIdPTenancy", id + "-port"); // UNVERIFIED: resource id form
        connection.set("charge", ConfirmSpec.charge(connection, cloud.now()));
    }
}
