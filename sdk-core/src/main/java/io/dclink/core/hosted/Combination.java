package io.dclink.core.hosted;

import io.dclink.hosted.HostedParty;
import io.dclink.hosted.HostedState;
import io.dclink.hosted.HostedStatus;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.lifecycle.VirtualInterfaceState;
import io.dclink.model.VirtualInterface;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A hosted order's combined state, with one required action and who must take it, from both sides
 * as last read. A side's action is translated to the order's parties: the partner side's provider
 * is the {@link HostedParty#PARTNER} and the other end it waits for the {@link HostedParty#CLOUD};
 * the cloud side's provider is the cloud, and the owner of the shared line it waits for (the
 * cloud's "accept") the partner.
 */
final class Combination {

    /** States in which a side will not become active. */
    static final Set<VirtualInterfaceState> ENDED = EnumSet.of(VirtualInterfaceState.FAILED,
            VirtualInterfaceState.REJECTED, VirtualInterfaceState.CANCELLED, VirtualInterfaceState.DELETING,
            VirtualInterfaceState.DELETED);

    private Combination() {
    }

    static HostedStatus of(Snapshot s) {
        Optional<VirtualInterface> partner = s.partner();
        Optional<VirtualInterface> cloud = s.cloud();
        if (s.tearingDown()) {
            return tearingDown(s);
        }
        if (partner.isEmpty()) {
            return status(s, HostedState.FAILED, RequiredAction.CONTACT_PROVIDER, HostedParty.CUSTOMER, "the "
                    + s.partnerName() + " interface disappeared: tear the order down and contact " + s.partnerName());
        }
        if (ended(partner.get())) {
            return failed(s, s.partnerName(), partner.get());
        }
        if (s.cloudOrdered()) {
            if (cloud.isEmpty()) {
                return status(s, HostedState.FAILED, RequiredAction.CONTACT_PROVIDER, HostedParty.CUSTOMER, "the "
                        + s.cloudName() + " interface disappeared: tear the order down and contact " + s.cloudName());
            }
            return ordered(s, partner.get(), cloud.get());
        }
        if (partner.get().state() != VirtualInterfaceState.ACTIVE) {
            return partnerStep(s, HostedState.PARTNER_PROVISIONING, partner.get());
        }
        if (s.handOff().isEmpty()) {
            String note = s.handOffNote() == null ? "" : "; " + s.handOffNote();
            return status(s, HostedState.AWAITING_HAND_OFF, RequiredAction.PROVIDE_HAND_OFF, HostedParty.CUSTOMER,
                    RequiredAction.PROVIDE_HAND_OFF.description() + " (HostedOrder.provideHandOff)" + note);
        }
        return status(s, HostedState.ORDERING_CLOUD_SIDE, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.CLOUD,
                "the " + s.cloudName() + " interface on the shared line " + s.handOff().get().sharedConnectionId()
                        + " is ordered by the next refresh");
    }

    private static HostedStatus ordered(Snapshot s, VirtualInterface partner, VirtualInterface cloud) {
        if (ended(cloud)) {
            return failed(s, s.cloudName(), cloud);
        }
        if (cloud.state() == VirtualInterfaceState.ACTIVE && partner.state() == VirtualInterfaceState.ACTIVE) {
            return status(s, HostedState.ACTIVE, RequiredAction.NONE, HostedParty.NOBODY, "both sides are active");
        }
        if (cloud.state() == VirtualInterfaceState.PENDING_ACCEPTANCE) {
            return status(s, HostedState.AWAITING_ACCEPTANCE, RequiredAction.WAIT_FOR_PARTNER, HostedParty.PARTNER,
                    s.partnerName() + ", which owns the shared line " + cloud.connectionId() + ", must accept the "
                            + s.cloudName() + " interface " + cloud.id() + raw(cloud));
        }
        if (cloud.state() != VirtualInterfaceState.ACTIVE) {
            return cloudStep(s, HostedState.ACTIVATING, cloud);
        }
        return partnerStep(s, HostedState.ACTIVATING, partner);
    }

    private static HostedStatus tearingDown(Snapshot s) {
        String note = s.teardownNote() == null ? "" : "; " + s.teardownNote();
        if (s.cloud().isPresent() && s.cloud().get().state() != VirtualInterfaceState.DELETED) {
            return status(s, HostedState.TEARING_DOWN, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.CLOUD,
                    "deleting the " + s.cloudName() + " interface " + s.cloud().get().id() + raw(s.cloud().get()) + note);
        }
        if (s.partner().isPresent() && s.partner().get().state() != VirtualInterfaceState.DELETED) {
            return status(s, HostedState.TEARING_DOWN, RequiredAction.WAIT_FOR_PROVIDER, HostedParty.PARTNER,
                    "deleting the " + s.partnerName() + " interface " + s.partner().get().id() + raw(s.partner().get())
                            + note);
        }
        return status(s, HostedState.DELETED, RequiredAction.NONE, HostedParty.NOBODY, "both sides are gone");
    }

    private static HostedStatus failed(Snapshot s, String provider, VirtualInterface side) {
        return status(s, HostedState.FAILED, RequiredAction.CONTACT_PROVIDER, HostedParty.CUSTOMER, "the " + provider
                + " interface " + side.id() + " is " + side.state() + raw(side) + ": tear the order down and contact "
                + provider);
    }

    private static HostedStatus partnerStep(Snapshot s, HostedState state, VirtualInterface partner) {
        RequiredAction action = partner.requiredAction();
        HostedParty actor = switch (action.party()) {
            case CUSTOMER -> HostedParty.CUSTOMER;
            case PROVIDER -> HostedParty.PARTNER;
            case PARTNER -> HostedParty.CLOUD;
            case NOBODY -> HostedParty.NOBODY;
            case UNKNOWN -> HostedParty.UNKNOWN;
        };
        return status(s, state, action, actor, s.partnerName() + ": " + action.description() + raw(partner));
    }

    private static HostedStatus cloudStep(Snapshot s, HostedState state, VirtualInterface cloud) {
        RequiredAction action = cloud.requiredAction();
        if (action == RequiredAction.ACCEPT) {
            return status(s, state, RequiredAction.WAIT_FOR_PARTNER, HostedParty.PARTNER, s.partnerName()
                    + ", which owns the shared line, must accept the " + s.cloudName() + " interface" + raw(cloud));
        }
        HostedParty actor = switch (action.party()) {
            case CUSTOMER -> HostedParty.CUSTOMER;
            case PROVIDER -> HostedParty.CLOUD;
            case PARTNER -> HostedParty.PARTNER;
            case NOBODY -> HostedParty.NOBODY;
            case UNKNOWN -> HostedParty.UNKNOWN;
        };
        return status(s, state, action, actor, s.cloudName() + ": " + action.description() + raw(cloud));
    }

    static boolean ended(VirtualInterface side) {
        return ENDED.contains(side.state());
    }

    private static String raw(VirtualInterface side) {
        return " (provider state " + side.providerState() + ")";
    }

    private static HostedStatus status(Snapshot s, HostedState state, RequiredAction action, HostedParty actor,
            String detail) {
        return new HostedStatus(state, action, actor, detail, s.partner(), s.cloud(), s.handOff());
    }
}
