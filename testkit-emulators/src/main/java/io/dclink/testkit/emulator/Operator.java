package io.dclink.testkit.emulator;

import io.dclink.lifecycle.ResourceType;

/**
 * The provider's people, as a test drives them: they review, take payment, issue LOAs, build lines,
 * bring links up. Operations a provider's process lacks throw {@link UnsupportedOperationException}
 * naming the emulator.
 */
public interface Operator {

    /**
     * Approves a connection's application.
     *
     * @param connectionId the connection
     */
    default void approve(String connectionId) {
        throw unsupported("approve");
    }

    /**
     * Rejects a connection's application.
     *
     * @param connectionId the connection
     * @param reason the reason given
     */
    default void reject(String connectionId, String reason) {
        throw unsupported("reject");
    }

    /**
     * Records a payment made outside the API (in the provider's console).
     *
     * @param connectionId the connection
     */
    default void markPaid(String connectionId) {
        throw unsupported("markPaid");
    }

    /**
     * Approves and issues the connection's letter of authorisation.
     *
     * @param connectionId the connection
     */
    default void issueLoa(String connectionId) {
        throw unsupported("issueLoa");
    }

    /**
     * Rejects the connection's LOA application.
     *
     * @param connectionId the connection
     * @param reason the reason given
     */
    default void rejectLoa(String connectionId, String reason) {
        throw unsupported("rejectLoa");
    }

    /**
     * Reports that the carrier or installer has built the line.
     *
     * @param connectionId the connection
     */
    default void completeConstruction(String connectionId) {
        throw unsupported("completeConstruction");
    }

    /**
     * Performs the provider's next step for a resource, whatever it is (finish a review, allocate
     * a port, finish configuring a tunnel, process a deletion).
     *
     * @param type the resource type
     * @param id the resource
     */
    void advance(ResourceType type, String id);

    /**
     * Takes a link or session down.
     *
     * @param type the resource type
     * @param id the resource
     */
    default void linkDown(ResourceType type, String id) {
        throw unsupported("linkDown");
    }

    /**
     * Brings a link or session up (the customer's router is configured).
     *
     * @param type the resource type
     * @param id the resource
     */
    default void linkUp(ResourceType type, String id) {
        throw unsupported("linkUp");
    }

    /**
     * Has another account create a virtual interface on a line the test account owns, waiting for
     * acceptance.
     *
     * @param connectionId the line
     * @return the new virtual interface's id
     */
    default String requestForeignVirtualInterface(String connectionId) {
        throw unsupported("requestForeignVirtualInterface");
    }

    /**
     * Sets a resource's raw provider state to any value, documented or not.
     *
     * @param type the resource type
     * @param id the resource
     * @param rawState the raw value
     */
    void setRawState(ResourceType type, String id, String rawState);

    /**
     * How many resources of a type the emulator holds (deleted ones excluded).
     *
     * @param type the resource type
     * @return the count
     */
    int count(ResourceType type);

    private UnsupportedOperationException unsupported(String action) {
        return new UnsupportedOperationException(getClass().getSimpleName() + " has no '" + action
                + "' step: the provider's process does not include it");
    }
}
