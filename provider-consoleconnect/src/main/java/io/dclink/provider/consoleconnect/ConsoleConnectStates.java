package io.dclink.provider.consoleconnect;

import static io.dclink.lifecycle.RequiredAction.ACCEPT;
import static io.dclink.lifecycle.RequiredAction.CONTACT_CARRIER;
import static io.dclink.lifecycle.RequiredAction.CONTACT_PROVIDER;
import static io.dclink.lifecycle.RequiredAction.NONE;
import static io.dclink.lifecycle.RequiredAction.UNKNOWN;
import static io.dclink.lifecycle.RequiredAction.WAIT_FOR_PARTNER;
import static io.dclink.lifecycle.RequiredAction.WAIT_FOR_PROVIDER;

import io.dclink.lifecycle.AccessPointState;
import io.dclink.lifecycle.ConnectionState;
import io.dclink.lifecycle.ResourceType;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.spi.StateTable;

/**
 * Console Connect's statuses onto the neutral ones (reference §3). A port that is {@code READY} is
 * allocated and waits for its physical link. A Layer 2 connection waiting for the other side is
 * {@code PENDING} or {@code PENDING_ACCEPTANCE} (the docs print {@code PENDING ACCEPTANCE}; which one a
 * business-to-business connection shows is UNVERIFIED, so both are read the same way), and who must
 * act is in {@code isReceiver}: the destination company accepts, so its creator waits for a partner.
 * Failures are {@code ERROR} (with {@code errorReason}) and {@code DENIED}; there is no {@code FAILED}.
 */
final class ConsoleConnectStates {

    /** The field saying whether the company reading a connection is its destination. */
    static final String IS_RECEIVER = "isReceiver";
    /** The connection's cloud partner ({@code partner.type}): {@code AZURE}, {@code NONE} seen. */
    static final String PARTNER_TYPE = "partner.type";

    static final StateTable<ConnectionState> PORT = StateTable
            .builder(ResourceType.CONNECTION, ConnectionState.class, "status")
            .row("ONBOARDING", ConnectionState.PENDING_APPROVAL, WAIT_FOR_PROVIDER)
            .note("a port order awaiting Console Connect's administrators")
            .row("ACTIVATING", ConnectionState.PROVISIONING, WAIT_FOR_PROVIDER)
            .row("READY", ConnectionState.PROVISIONING, CONTACT_CARRIER)
            .note("allocated, waiting for the physical link: have the cross-connect built")
            .row("ACTIVE", ConnectionState.ACTIVE, NONE).note("linkState gives the operational status")
            .row("DISABLING", ConnectionState.SUSPENDED, WAIT_FOR_PROVIDER)
            .row("DISABLED", ConnectionState.SUSPENDED, NONE).note("a port must be disabled before it is deleted")
            .row("DELETING", ConnectionState.DELETING, WAIT_FOR_PROVIDER)
            .row("DELETED", ConnectionState.DELETED, NONE)
            .row("UNKNOWN", ConnectionState.UNKNOWN, UNKNOWN).note("Console Connect's own \"unknown\"")
            .build();

    static final StateTable<VirtualInterfaceState> LAYER2 = StateTable
            .builder(ResourceType.VIRTUAL_INTERFACE, VirtualInterfaceState.class, "status")
            .row("CREATING", VirtualInterfaceState.PENDING, WAIT_FOR_PROVIDER).note("the order is being set up")
            .row("PENDING", VirtualInterfaceState.PENDING_ACCEPTANCE, WAIT_FOR_PARTNER)
            .note("the destination company must approve")
            .row(StateTable.raw("PENDING").and(IS_RECEIVER, "true"), VirtualInterfaceState.PENDING_ACCEPTANCE, ACCEPT)
            .note("you are the destination: approve it in the portal (the API's accept endpoint is UNVERIFIED)")
            .row("PENDING_ACCEPTANCE", VirtualInterfaceState.PENDING_ACCEPTANCE, WAIT_FOR_PARTNER)
            .note("the destination company must accept; the docs print it with a space")
            .row(StateTable.raw("PENDING_ACCEPTANCE").and(IS_RECEIVER, "true"), VirtualInterfaceState.PENDING_ACCEPTANCE,
                    ACCEPT)
            .note("you are the destination: accept it in the portal (the API's accept endpoint is UNVERIFIED)")
            .row("PENDING ACCEPTANCE", VirtualInterfaceState.PENDING_ACCEPTANCE, WAIT_FOR_PARTNER)
            .note("the docs' spelling, read in case the wire uses it")
            .row(StateTable.raw("PENDING ACCEPTANCE").and(IS_RECEIVER, "true"), VirtualInterfaceState.PENDING_ACCEPTANCE,
                    ACCEPT)
            .note("the docs' spelling, read in case the wire uses it")
            .row(StateTable.raw("PENDING_ACCEPTANCE").and(PARTNER_TYPE, "AWS"), VirtualInterfaceState.PENDING_ACCEPTANCE,
                    ACCEPT)
            .note("accept the hosted connection in the AWS console (UNVERIFIED: the partner type AWS)")
            .row("ACCEPTED", VirtualInterfaceState.PENDING, WAIT_FOR_PROVIDER).note("accepted; active once both ports are up")
            .row("MANUAL", VirtualInterfaceState.PENDING, WAIT_FOR_PROVIDER)
            .note("Console Connect's support provisions it by hand (tencent-cloud) and sends the values for the cloud's side")
            .row("ACTIVATING", VirtualInterfaceState.PENDING, WAIT_FOR_PROVIDER)
            .row("ACTIVE", VirtualInterfaceState.ACTIVE, NONE).note("the ports' linkState gives the operational status")
            .row("DISABLING", VirtualInterfaceState.SUSPENDED, WAIT_FOR_PROVIDER)
            .row("DISABLED", VirtualInterfaceState.SUSPENDED, NONE)
            .row("DENIED", VirtualInterfaceState.REJECTED, NONE).note("the destination (for a cloud, support) refused it")
            .row("ERROR", VirtualInterfaceState.FAILED, CONTACT_PROVIDER).note("see errorReason")
            .row("CANCELLED", VirtualInterfaceState.CANCELLED, NONE)
            .row("DELETING", VirtualInterfaceState.DELETING, WAIT_FOR_PROVIDER)
            .row("DELETED", VirtualInterfaceState.DELETED, NONE).note("still listed, with deleted: true")
            .build();

    static final StateTable<AccessPointState> METRO = StateTable
            .builder(ResourceType.ACCESS_POINT, AccessPointState.class, "status")
            .row(StateTable.NONE, AccessPointState.AVAILABLE)
            .note("a metro of the company's capabilities takes Layer 2 connections; it has no status field")
            .build();

    private ConsoleConnectStates() {
    }
}
