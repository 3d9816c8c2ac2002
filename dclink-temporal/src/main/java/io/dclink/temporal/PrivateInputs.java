package io.dclink.temporal;

import io.dclink.auth.Secret;
import io.dclink.model.CreateVirtualInterfaceRequest;
import io.dclink.model.LoaApplication;
import java.util.Optional;

/**
 * What the worker supplies because it must never enter a workflow's history: BGP keys, and LOA
 * applications (they carry the field engineers' identity documents). Workflows name the line or
 * interface; the worker looks the data up when the activity runs.
 */
public interface PrivateInputs {

    /** Nothing private: no BGP keys, no LOA applications. */
    PrivateInputs NONE = new PrivateInputs() {
    };

    /**
     * The BGP key for an interface about to be created.
     *
     * @param provider the provider id
     * @param request the interface
     * @return its key, or empty for none
     */
    default Optional<Secret> bgpKey(String provider, CreateVirtualInterfaceRequest request) {
        return Optional.empty();
    }

    /**
     * What to apply for a line's letter of authorisation with.
     *
     * @param provider the provider id
     * @param lineId the line
     * @return the application, or empty when the worker has none
     */
    default Optional<LoaApplication> loaApplication(String provider, String lineId) {
        return Optional.empty();
    }
}
