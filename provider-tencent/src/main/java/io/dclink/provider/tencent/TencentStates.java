package io.dclink.provider.tencent;

import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.RouteState;
import io.dclink.lifecycle.VirtualInterfaceState;
import java.util.Map;

/** Tencent's raw states onto the neutral ones, as docs/architecture.md's mapping table states. */
final class TencentStates {

    record Mapped<S>(S state, RequiredAction action) {
    }

    private static final Map<String, Mapped<ConnectionState>> CONNECTION = Map.ofEntries(
            Map.entry("PENDING", new Mapped<>(ConnectionState.PENDING_APPROVAL, RequiredAction.WAIT_FOR_PROVIDER)),
            // UNVERIFIED: resubmission by modifying the rejected application is the documented convention.
            Map.entry("REJECTED", new Mapped<>(ConnectionState.REJECTED, RequiredAction.RESUBMIT)),
            Map.entry("TOPAY", new Mapped<>(ConnectionState.PENDING_PAYMENT, RequiredAction.PAY)),
            Map.entry("PENDINGPAY", new Mapped<>(ConnectionState.PENDING_PAYMENT, RequiredAction.PAY)),
            Map.entry("PAID", new Mapped<>(ConnectionState.PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("ALLOCATED", new Mapped<>(ConnectionState.PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("BUILDING", new Mapped<>(ConnectionState.PROVISIONING, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("STOPED", new Mapped<>(ConnectionState.FAILED, RequiredAction.CONTACT_PROVIDER)),
            Map.entry("AVAILABLE", new Mapped<>(ConnectionState.ACTIVE, RequiredAction.NONE)),
            Map.entry("DELETING", new Mapped<>(ConnectionState.DELETING, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("DELETED", new Mapped<>(ConnectionState.DELETED, RequiredAction.NONE)));

    private static final Map<String, Mapped<VirtualInterfaceState>> TUNNEL = Map.ofEntries(
            Map.entry("PENDING", new Mapped<>(VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("ALLOCATING", new Mapped<>(VirtualInterfaceState.PENDING, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("ALLOCATED", new Mapped<>(VirtualInterfaceState.PENDING, RequiredAction.CONFIGURE_ROUTER)),
            Map.entry("AVAILABLE", new Mapped<>(VirtualInterfaceState.ACTIVE, RequiredAction.NONE)),
            Map.entry("ALTERING", new Mapped<>(VirtualInterfaceState.UPDATING, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("COMFIRMING", new Mapped<>(VirtualInterfaceState.PENDING_ACCEPTANCE, RequiredAction.ACCEPT)),
            Map.entry("REJECTED", new Mapped<>(VirtualInterfaceState.REJECTED, RequiredAction.NONE)),
            Map.entry("DELETING", new Mapped<>(VirtualInterfaceState.DELETING, RequiredAction.WAIT_FOR_PROVIDER)),
            Map.entry("DELETED", new Mapped<>(VirtualInterfaceState.DELETED, RequiredAction.NONE)));

    private TencentStates() {
    }

    static Mapped<ConnectionState> connection(String raw) {
        return CONNECTION.getOrDefault(raw, new Mapped<>(ConnectionState.UNKNOWN, RequiredAction.UNKNOWN));
    }

    static Mapped<VirtualInterfaceState> tunnel(String raw) {
        return TUNNEL.getOrDefault(raw, new Mapped<>(VirtualInterfaceState.UNKNOWN, RequiredAction.UNKNOWN));
    }

    static AccessPointState accessPoint(String raw) {
        return switch (raw) {
            case "AVAILABLE" -> AccessPointState.AVAILABLE;
            // UNVERIFIED: the spelling of the unavailable value.
            case "UNAVAILABLE" -> AccessPointState.UNAVAILABLE;
            default -> AccessPointState.UNKNOWN;
        };
    }

    static Mapped<RouteState> publicRoute(String status) {
        return switch (status) {
            case "ENABLE" -> new Mapped<>(RouteState.ACTIVE, RequiredAction.NONE);
            case "DISABLE" -> new Mapped<>(RouteState.INACTIVE, RequiredAction.NONE);
            default -> new Mapped<>(RouteState.UNKNOWN, RequiredAction.UNKNOWN);
        };
    }

    /** The raw values of a neutral state, for the {@code states} filter (list B spellings plus list A's). */
    static java.util.List<String> rawConnectionStates(ConnectionState state) {
        return CONNECTION.entrySet().stream().filter(e -> e.getValue().state() == state).map(Map.Entry::getKey)
                .sorted().toList();
    }
}
