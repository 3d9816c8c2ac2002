package io.dclink.model;

import io.dclink.codegen.GenerateBuilder;

/**
 * Changes to a connection; {@code null} fields stay unchanged. On a rejected application an update is
 * the resubmission, where the provider supports one.
 *
 * @param name the new name
 * @param description the new description
 * @param bandwidthMbps the new bandwidth in Mbit/s
 * @param circuitCode the new circuit code
 * @param customerAddress the new customer address
 * @param contact the new customer contact
 * @param faultContact the new fault contact
 */
@GenerateBuilder
public record UpdateConnectionRequest(
        String name,
        String description,
        Integer bandwidthMbps,
        String circuitCode,
        String customerAddress,
        Contact contact,
        Contact faultContact) {

    /** {@return a new, empty builder} */
    public static UpdateConnectionRequestBuilder builder() {
        return new UpdateConnectionRequestBuilder();
    }

    /** {@return a builder initialised with this object's values} */
    public UpdateConnectionRequestBuilder toBuilder() {
        return new UpdateConnectionRequestBuilder(this);
    }
}
