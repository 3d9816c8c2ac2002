package io.dclink;

import io.dclink.lifecycle.LoaState;
import io.dclink.model.ConstructionReport;
import io.dclink.model.Loa;
import io.dclink.model.LoaApplication;
import io.dclink.wait.Waitable;

/** Letters of authorisation, identified by their connection's id. Waiting and watching use the connection id. */
public interface Loas extends Waitable<Loa, LoaState> {

    /**
     * {@return the LOA of a connection; {@link io.dclink.lifecycle.LoaState#NOT_REQUESTED} when none was applied for}
     *
     * @param connectionId the connection id
     */
    Loa get(String connectionId);

    /**
     * Applies for the LOA, or applies again after a rejection.
     *
     * @param connectionId the connection id
     * @param application the application
     * @return the LOA after the call
     */
    Loa apply(String connectionId, LoaApplication application);

    /**
     * Submits the construction report.
     *
     * @param connectionId the connection id
     * @param report the report
     * @return the LOA after the call
     */
    Loa complete(String connectionId, ConstructionReport report);
}
