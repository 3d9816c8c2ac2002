package io.dclink.provider.alibaba;

import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.BusinessStatus;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Alibaba's raw states onto the neutral ones, as docs/architecture.md's mapping table states. A
 * physical connection is read from three fields together: {@code Status}, {@code LoaStatus} and
 * {@code BusinessStatus}.
 */
final class AlibabaStates {

    record Mapped<S>(S state, RequiredAction action) {
    }

    private static final Mapped<ConnectionState> UNKNOWN_CONNECTION =
            new Mapped<>(ConnectionState.UNKNOWN, RequiredAction.UNKNOWN);

    private static final Map<String, Mapped<ConnectionState>> CONNECTION = Map.ofEntries(
            Map.entry("Initial", new Mapped<>(ConnectionState.PENDING_APPROVAL, RequiredAction.WAIT_FOR_PROVIDER)),
            // UNVERIFIED: an approved application waits for payment (the partner flow's order).
            Map.entry("Approved", new Mapped<>(ConnectionState.PENDING_PAYMENT, RequiredAction.PAY)),
            Map.entry("Allocating", new Mapped<>(ConnectionState.PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("Confirmed", new Mapped<>(ConnectionState.PENDING_PAYMENT, RequiredAction.PAY)),
            Map.entry("Enabled", new Mapped<>(ConnectionState.ACTIVE, RequiredAction.NONE)),
            Map.entry("Rejected", new Mapped<>(ConnectionState.REJECTED, RequiredAction.RESUBMIT)),
            Map.entry("Canceled", new Mapped<>(ConnectionState.CANCELLED, RequiredAction.NONE)),
            Map.entry("Allocation Failed", new Mapped<>(ConnectionState.FAILED, RequiredAction.CONTACT_PROVIDER)),
            Map.entry("AllocationFailed", new Mapped<>(ConnectionState.FAILED, RequiredAction.CONTACT_PROVIDER)),
            Map.entry("Terminating", new Mapped<>(ConnectionState.SUSPENDED, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("Terminated", new Mapped<>(ConnectionState.SUSPENDED, RequiredAction.NONE)));

    /** An {@code Allocated} line by its LOA's status. */
    private static final Map<String, Mapped<ConnectionState>> ALLOCATED = Map.ofEntries(
            Map.entry("", new Mapped<>(ConnectionState.PENDING_LOA, RequiredAction.APPLY_LOA)),
            Map.entry("Applying", new Mapped<>(ConnectionState.PENDING_LOA, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("Accept", new Mapped<>(ConnectionState.PENDING_LOA, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("Rejected", new Mapped<>(ConnectionState.PENDING_LOA, RequiredAction.RESUBMIT)),
            Map.entry("Deleted", new Mapped<>(ConnectionState.PENDING_LOA, RequiredAction.APPLY_LOA)),
            Map.entry("Available", new Mapped<>(ConnectionState.PROVISIONING, RequiredAction.CONTACT_CARRIER)),
            Map.entry("Completing", new Mapped<>(ConnectionState.PROVISIONING, RequiredAction.SUBMIT_CONSTRUCTION_REPORT)),
            // UNVERIFIED: partner-built lines report Complete too when they await confirmation.
            Map.entry("Complete", new Mapped<>(ConnectionState.PENDING_CONFIRMATION, RequiredAction.CONFIRM)));

    private static final Map<String, Mapped<LoaState>> LOA = Map.ofEntries(
            Map.entry("", new Mapped<>(LoaState.NOT_REQUESTED, RequiredAction.APPLY_LOA)),
            Map.entry("Applying", new Mapped<>(LoaState.IN_REVIEW, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("Accept", new Mapped<>(LoaState.APPROVED, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("Available", new Mapped<>(LoaState.ISSUED, RequiredAction.CONTACT_CARRIER)),
            Map.entry("Rejected", new Mapped<>(LoaState.REJECTED, RequiredAction.RESUBMIT)),
            Map.entry("Completing", new Mapped<>(LoaState.UNDER_CONSTRUCTION, RequiredAction.SUBMIT_CONSTRUCTION_REPORT)),
            Map.entry("Complete", new Mapped<>(LoaState.COMPLETED, RequiredAction.NONE)),
            Map.entry("Deleted", new Mapped<>(LoaState.DELETED, RequiredAction.NONE)));

    /** Keys in lower case: VBR statuses are compared case-insensitively. */
    private static final Map<String, Mapped<VirtualInterfaceState>> VBR = Map.ofEntries(
            Map.entry("unconfirmed", new Mapped<>(VirtualInterfaceState.PENDING_ACCEPTANCE, RequiredAction.ACCEPT)),
            Map.entry("active", new Mapped<>(VirtualInterfaceState.ACTIVE, RequiredAction.NONE)),
            Map.entry("terminating", new Mapped<>(VirtualInterfaceState.SUSPENDED, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("terminated", new Mapped<>(VirtualInterfaceState.SUSPENDED, RequiredAction.NONE)),
            Map.entry("recovering", new Mapped<>(VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("deleting", new Mapped<>(VirtualInterfaceState.DELETING, RequiredAction.WAIT_FOR_PROVIDER)));

    private static final Map<String, Mapped<RouteState>> ROUTE = Map.ofEntries(
            Map.entry("Pending", new Mapped<>(RouteState.PENDING, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("Available", new Mapped<>(RouteState.ACTIVE, RequiredAction.NONE)),
            Map.entry("Enabled", new Mapped<>(RouteState.ACTIVE, RequiredAction.NONE)),
            Map.entry("Modifying", new Mapped<>(RouteState.UPDATING, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("Deleting", new Mapped<>(RouteState.DELETING, RequiredAction.WAIT_FOR_PROVIDER)));

    private static final Map<String, AccessPointState> ACCESS_POINT = Map.of(
            "recommended", AccessPointState.AVAILABLE,
            "hot", AccessPointState.LIMITED,
            "full", AccessPointState.FULL,
            "disabled", AccessPointState.UNAVAILABLE);

    private AlibabaStates() {
    }

    static Mapped<ConnectionState> connection(String status, String loaStatus, String businessStatus) {
        if ("Allocated".equals(status)) {
            return ALLOCATED.getOrDefault(nullToEmpty(loaStatus), UNKNOWN_CONNECTION);
        }
        if ("Enabled".equals(status) && "FinancialLocked".equals(businessStatus)) {
            return new Mapped<>(ConnectionState.SUSPENDED, RequiredAction.PAY);
        }
        if ("Enabled".equals(status) && "SecurityLocked".equals(businessStatus)) {
            return new Mapped<>(ConnectionState.SUSPENDED, RequiredAction.CONTACT_PROVIDER);
        }
        return CONNECTION.getOrDefault(nullToEmpty(status), UNKNOWN_CONNECTION);
    }

    static BusinessStatus business(String businessStatus) {
        return switch (nullToEmpty(businessStatus)) {
            case "" -> BusinessStatus.NOT_REPORTED;
            case "Normal" -> BusinessStatus.NORMAL;
            case "FinancialLocked" -> BusinessStatus.FINANCIAL_LOCKED;
            case "SecurityLocked" -> BusinessStatus.SECURITY_LOCKED;
            default -> BusinessStatus.UNKNOWN;
        };
    }

    static Mapped<LoaState> loa(String loaStatus) {
        return LOA.getOrDefault(nullToEmpty(loaStatus), new Mapped<>(LoaState.UNKNOWN, RequiredAction.UNKNOWN));
    }

    static Mapped<VirtualInterfaceState> vbr(String status) {
        return VBR.getOrDefault(nullToEmpty(status).toLowerCase(Locale.ROOT),
                new Mapped<>(VirtualInterfaceState.UNKNOWN, RequiredAction.UNKNOWN));
    }

    static Mapped<RouteState> route(String status) {
        return ROUTE.getOrDefault(nullToEmpty(status), new Mapped<>(RouteState.UNKNOWN, RequiredAction.UNKNOWN));
    }

    static AccessPointState accessPoint(String status) {
        return ACCESS_POINT.getOrDefault(nullToEmpty(status), AccessPointState.UNKNOWN);
    }

    /** The raw {@code Status} values of a neutral state, for the {@code Status} filter. */
    static List<String> rawConnectionStatuses(ConnectionState state) {
        TreeSet<String> raw = new TreeSet<>();
        CONNECTION.forEach((status, mapped) -> {
            if (mapped.state() == state) {
                raw.add(status);
            }
        });
        if (ALLOCATED.values().stream().anyMatch(mapped -> mapped.state() == state)) {
            raw.add("Allocated");
        }
        if (state == ConnectionState.SUSPENDED) {
            raw.add("Enabled");
        }
        return List.copyOf(raw);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
