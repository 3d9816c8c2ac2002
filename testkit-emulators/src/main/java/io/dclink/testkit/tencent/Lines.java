package io.dclink.testkit.tencent;

import static io.dclink.testkit.emulator.LifecycleTrigger.action;
import static io.dclink.testkit.emulator.LifecycleTrigger.after;
import static io.dclink.testkit.emulator.LifecycleTrigger.afterWorkingDays;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dclink.testkit.emulator.RawLifecycle;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dedicated lines ({@code DirectConnect}). An application is reviewed in 3 working days (or by the
 * operator), paid in the console (the operator), allocated a working day later and built in 5
 * more (or by the operator); a rejected one is resubmitted by modifying it. Only an available
 * line without tunnels can be deleted, which takes a minute.
 */
final class Lines {

    static final List<String> LINE_OPERATORS =
            List.of("ChinaTelecom", "ChinaMobile", "ChinaUnicom", "In-houseWiring", "ChinaOther", "InternationalOperator");
    private static final List<String> PORT_TYPES = List.of("100Base-T", "1000Base-T", "1000Base-LX", "10GBase-T", "10GBase-LR");
    private static final int MAX_LINES = 500;
    /** The values the states filter documents (list B). */
    private static final List<String> FILTER_STATES = List.of("AVAILABLE", "PENDING", "REJECTED", "PENDINGPAY", "PAID",
            "BUILDING", "STOPED", "DELETED");

    private final TencentCloud cloud;
    final Map<String, ObjectNode> store = new LinkedHashMap<>();
    final RawLifecycle lifecycle;

    /** Lines whose states "to pay" and "being built" are spelt {@code toPay} and {@code building}. */
    Lines(TencentCloud cloud, String toPay, String building) {
        this.cloud = cloud;
        this.lifecycle = RawLifecycle.of("line")
                .row("PENDING", afterWorkingDays(3), toPay)
                .row("PENDING", action("approve"), toPay)
                .row("PENDING", action("reject"), "REJECTED")
                .row("REJECTED", action("resubmit"), "PENDING")
                .row(toPay, action("markPaid"), "PAID")
                .row("PAID", afterWorkingDays(1), building)
                .row(building, afterWorkingDays(5), "AVAILABLE")
                .rows(List.of("PAID", building), action("completeConstruction"), "AVAILABLE")
                .row("AVAILABLE", action("delete"), "DELETING")
                .row("DELETING", after(Duration.ofMinutes(1)), "DELETED")
                .onEntering("AVAILABLE", entered -> store.get(entered.resourceId())
                        .put("EnabledTime", TencentCloud.iso(cloud.now())))
                .build(store, "State", cloud.clock(), cloud);
    }

    ObjectNode create(ObjectNode p, String account) {
        String name = Params.required(p, "DirectConnectName");
        String apId = Params.required(p, "AccessPointId");
        String operator = Params.required(p, "LineOperator");
        String portType = Params.required(p, "PortType");
        ObjectNode ap = cloud.accessPoints().available(apId);
        if (!LINE_OPERATORS.contains(operator)) {
            throw new TcError("InvalidParameterValue", "LineOperator " + operator + " is not valid.");
        }
        if (!PORT_TYPES.contains(portType)) {
            throw new TcError("InvalidParameterValue", "PortType " + portType + " is not valid.");
        }
        int bandwidth = p.path("Bandwidth").asInt(1000);
        checkBandwidth(bandwidth);
        if (p.hasNonNull("RedundantDirectConnectId") && !p.get("RedundantDirectConnectId").asText().isEmpty()) {
            line(p.get("RedundantDirectConnectId").asText(), account);
        }
        if (Params.owned(store, account).size() >= MAX_LINES) {
            throw new TcError("LimitExceeded.DirectConnectLimitExceeded", "The line quota of the account is reached.");
        }
        String id = cloud.newId("dc-");
        Instant now = cloud.now();
        ObjectNode line = Params.JSON.createObjectNode().put("DirectConnectId", id).put("DirectConnectName", name)
                .put("AccessPointId", apId).put("AccessPointName", ap.get("AccessPointName").asText())
                .put("AccessPointType", "VXLAN").put("State", "PENDING").put("ChargeState", "NORMAL")
                .put("LineOperator", operator).put("PortType", portType).put("Bandwidth", bandwidth)
                .put("Location", p.path("Location").asText("")).put("CircuitCode", p.path("CircuitCode").asText(""))
                .put("RedundantDirectConnectId", p.path("RedundantDirectConnectId").asText(""))
                .put("Vlan", p.path("Vlan").asInt(0)).put("TencentAddress", p.path("TencentAddress").asText(""))
                .put("CustomerAddress", p.path("CustomerAddress").asText(""))
                .put("CustomerName", p.path("CustomerName").asText("")).put("CustomerContactMail", p.path("CustomerContactMail").asText(""))
                .put("CustomerContactNumber", p.path("CustomerContactNumber").asText(""))
                .put("FaultReportContactPerson", p.path("FaultReportContactPerson").asText(""))
                .put("FaultReportContactNumber", p.path("FaultReportContactNumber").asText(""))
                .put("FaultReportContactEmail", p.path("FaultReportContactEmail").asText(""))
                .put("SignLaw", p.path("SignLaw").asBoolean(true)).put("IsMacSec", p.path("IsMacSec").asBoolean(false))
                .put("ChargeType", "PREPAID_BY_YEAR").put("CreatedTime", TencentCloud.iso(now)).put("StartTime", TencentCloud.spaced(now))
                .put("VlanZeroDirectConnectTunnelCount", 0).put("OtherVlanDirectConnectTunnelCount", 0)
                .put("PortSpecification", portType.startsWith("10G") ? 10_000 : 1000).put("_account", account);
        line.set("TagSet", Params.tags(p));
        store.put(id, line);
        lifecycle.enter(id, "PENDING");
        ObjectNode result = Params.JSON.createObjectNode();
        result.putArray("DirectConnectIdSet").add(id);
        return result;
    }

    ObjectNode describe(ObjectNode p, String account) {
        Map<String, List<String>> filters = Params.filters(p);
        List<String> states = filters.get("states");
        if (states != null) {
            for (String state : states) {
                if (!FILTER_STATES.contains(state)) {
                    throw new TcError("InvalidParameterValue", "The states filter takes " + FILTER_STATES + ", not " + state + ".");
                }
            }
        }
        List<String> ids = Params.strings(p.path("DirectConnectIds"));
        List<ObjectNode> matching = Params.owned(store, account).stream()
                .filter(line -> ids.isEmpty() || ids.contains(line.get("DirectConnectId").asText()))
                .filter(line -> Params.matches(filters.get("direct-connect-id"), line.get("DirectConnectId").asText()))
                .filter(line -> Params.matches(filters.get("direct-connect-name"), line.get("DirectConnectName").asText()))
                .filter(line -> states == null || states.contains(filterSpelling(line.get("State").asText())))
                .toList();
        ObjectNode result = Params.page(p, matching, "DirectConnectSet");
        result.put("AllSignLaw", matching.stream().allMatch(line -> line.path("SignLaw").asBoolean()));
        return result;
    }

    /** Changes the line's details; a rejected application goes back to review. */
    ObjectNode modify(ObjectNode p, String account) {
        ObjectNode line = line(Params.required(p, "DirectConnectId"), account);
        for (String field : List.of("DirectConnectName", "CircuitCode", "TencentAddress", "CustomerAddress", "CustomerName",
                "CustomerContactMail", "CustomerContactNumber", "FaultReportContactPerson", "FaultReportContactNumber",
                "FaultReportContactEmail")) {
            if (p.hasNonNull(field)) {
                line.put(field, p.get(field).asText());
            }
        }
        if (p.hasNonNull("Bandwidth")) {
            int bandwidth = p.get("Bandwidth").asInt();
            checkBandwidth(bandwidth);
            line.put("Bandwidth", bandwidth);
        }
        if (p.hasNonNull("SignLaw")) {
            line.put("SignLaw", p.get("SignLaw").asBoolean());
        }
        String id = line.get("DirectConnectId").asText();
        if (lifecycle.allows(id, "resubmit")) {
            lifecycle.fire(id, "resubmit");
        }
        return Params.JSON.createObjectNode();
    }

    ObjectNode delete(ObjectNode p, String account) {
        ObjectNode line = line(Params.required(p, "DirectConnectId"), account);
        String id = line.get("DirectConnectId").asText();
        if (!lifecycle.allows(id, "delete")) {
            throw TcError.stateConflict("Only available lines can be deleted; this one is " + line.get("State").asText() + ".");
        }
        if (!cloud.tunnels().onLine(id).isEmpty()) {
            throw new TcError("FailedOperation", "The line still has dedicated tunnels; delete them first.");
        }
        lifecycle.fire(id, "delete");
        return Params.JSON.createObjectNode();
    }

    /** A line of the account, as the API looks it up. */
    ObjectNode line(String id, String account) {
        ObjectNode line = store.get(id);
        if (line == null) {
            throw new TcError("ResourceNotFound", "The line " + id + " does not exist.");
        }
        if (!line.get("_account").asText().equals(account)) {
            throw new TcError("InvalidParameter.DirectConnectIdIsNotUin", "The line " + id + " does not belong to the account.");
        }
        return line;
    }

    /** UNVERIFIED: a line shown in a list A spelling is found by the list B value of the same state. */
    private static String filterSpelling(String state) {
        return switch (state) {
            case "TOPAY" -> "PENDINGPAY";
            case "ALLOCATED" -> "BUILDING";
            default -> state;
        };
    }

    private static void checkBandwidth(int bandwidth) {
        if (bandwidth < 2 || bandwidth > 100_000) {
            throw new TcError("InvalidParameterValue", "Bandwidth must be between 2 and 100000.");
        }
    }
}
