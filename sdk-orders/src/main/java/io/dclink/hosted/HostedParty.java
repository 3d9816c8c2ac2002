package io.dclink.hosted;

/** Who has to act for a hosted order to make progress. */
public enum HostedParty {
    /** You, the customer: give the hand-off, configure your router, or contact a provider. */
    CUSTOMER,
    /** The partner (for example Console Connect): its support provisions its side, and it owns the shared line. */
    PARTNER,
    /** The cloud provider (for example Tencent Cloud): it configures the cloud-side interface. */
    CLOUD,
    /** Nobody: the order is where it should be. */
    NOBODY,
    /** Not known: a side's provider state was not recognised. */
    UNKNOWN
}
