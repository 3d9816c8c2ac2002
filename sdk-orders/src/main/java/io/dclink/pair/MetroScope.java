package io.dclink.pair;

/** Which access points a provider's plugin counts as one city when it plans a pair. */
public enum MetroScope {

    /** Access points reporting the same {@link io.dclink.model.AccessPoint#city()} (case ignored). */
    CITY,

    /** Access points of one region ({@link io.dclink.model.AccessPoint#region()}, else the client's): the provider reports no city. */
    REGION
}
