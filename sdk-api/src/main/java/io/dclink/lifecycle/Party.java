package io.dclink.lifecycle;

/** Who has to act for a resource to make progress. */
public enum Party {
    /** Nobody: the resource is where it should be. */
    NOBODY,
    /** You, the customer using dclink (or, for {@link RequiredAction#ACCEPT}, the line owner). */
    CUSTOMER,
    /** The cloud or network provider. */
    PROVIDER,
    /** A third party: a partner carrier, the destination company or another account. */
    PARTNER,
    /** Not known: the provider's state was not recognised. */
    UNKNOWN
}
