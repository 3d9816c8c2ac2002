package io.dclink.testkit.emulator;

/** Neutral names for the provider operations tests script faults on. */
public enum EmulatedOperation {
    /** Listing access points. */
    LIST_ACCESS_POINTS,
    /** Reading or listing connections. */
    DESCRIBE_CONNECTIONS,
    /** Applying for a connection. */
    CREATE_CONNECTION,
    /** Deleting a connection. */
    DELETE_CONNECTION,
    /** Reading or listing virtual interfaces. */
    DESCRIBE_VIRTUAL_INTERFACES,
    /** Creating a virtual interface. */
    CREATE_VIRTUAL_INTERFACE,
    /** Creating a gateway. */
    CREATE_GATEWAY,
    /** Adding a route. */
    CREATE_ROUTE
}
