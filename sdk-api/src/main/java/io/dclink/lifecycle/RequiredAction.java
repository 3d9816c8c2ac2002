package io.dclink.lifecycle;

/**
 * What has to happen next for a resource to make progress, and who has to do it. Dedicated
 * lines move through human steps (review, payment, LOA, carrier construction, confirmation);
 * this axis tells the user whether to act or to wait.
 */
public enum RequiredAction {
    /** Nothing: the resource is in a settled state. */
    NONE(Party.NOBODY, "nothing to do"),
    /** The provider is working on it (review, allocation, configuration). */
    WAIT_FOR_PROVIDER(Party.PROVIDER, "wait for the provider"),
    /** Another party must act: a partner, the destination company or another account. */
    WAIT_FOR_PARTNER(Party.PARTNER, "wait for the other party to act"),
    /** An order or fee must be paid. */
    PAY(Party.CUSTOMER, "pay the outstanding order"),
    /** The letter of authorisation must be applied for. */
    APPLY_LOA(Party.CUSTOMER, "apply for the letter of authorisation"),
    /** A rejected application must be corrected and submitted again. */
    RESUBMIT(Party.CUSTOMER, "correct and resubmit the rejected application"),
    /** Your carrier or installer must build the line (hand them the LOA). */
    CONTACT_CARRIER(Party.CUSTOMER, "have your carrier build (or remove) the physical line"),
    /** The construction (delivery) report must be submitted. */
    SUBMIT_CONSTRUCTION_REPORT(Party.CUSTOMER, "submit the construction report"),
    /** The line must be tested and confirmed. */
    CONFIRM(Party.CUSTOMER, "test the line and confirm it"),
    /** The owner of the line must accept or reject a request made on it. */
    ACCEPT(Party.CUSTOMER, "the line owner must accept or reject the request"),
    /** The customer's edge router must be configured (VLAN, addresses, BGP) for the session to come up. */
    CONFIGURE_ROUTER(Party.CUSTOMER, "configure your edge router"),
    /**
     * The values a partner hands over once it has provisioned its side (by e-mail, say) must be given:
     * see {@code io.dclink.hosted.HostedOrder.provideHandOff} (module {@code io.dclink.orders}).
     */
    PROVIDE_HAND_OFF(Party.CUSTOMER, "give the three hand-off values the partner sent: the provider's account, the "
            + "shared connection and the VLAN"),
    /** Only the provider's support can resolve the situation. */
    CONTACT_PROVIDER(Party.CUSTOMER, "contact the provider's support"),
    /** The provider reported a state dclink does not recognise. */
    UNKNOWN(Party.UNKNOWN, "unknown: the provider's state is not recognised");

    private final Party party;
    private final String description;

    RequiredAction(Party party, String description) {
        this.party = party;
        this.description = description;
    }

    /** {@return who has to act} */
    public Party party() {
        return party;
    }

    /** {@return a short imperative description, suitable for a progress display} */
    public String description() {
        return description;
    }
}
