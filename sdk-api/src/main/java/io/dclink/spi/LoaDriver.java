package io.dclink.spi;

import io.dclink.Capability;
import io.dclink.error.Problem;
import io.dclink.model.ConstructionReport;
import io.dclink.model.Loa;
import io.dclink.model.LoaApplication;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The provider side of letter-of-authorisation operations. */
public interface LoaDriver {

    /**
     * Reads the LOA of a connection.
     *
     * @param connectionId the connection id
     * @return the LOA; {@code NOT_REQUESTED} when none was applied for
     */
    CompletableFuture<Loa> get(String connectionId);

    /**
     * Provider-specific problems with an application, found without any network call.
     *
     * @param application the application
     * @return every problem found; empty when valid
     */
    default List<Problem> validate(LoaApplication application) {
        return List.of();
    }

    /**
     * Applies for the LOA.
     *
     * @param connectionId the connection id
     * @param application the validated application
     * @param reapplication whether this follows a rejected application
     * @return the LOA after the call
     */
    default CompletableFuture<Loa> apply(String connectionId, LoaApplication application, boolean reapplication) {
        return Unsupported.operation(Capability.LOA_APPLY);
    }

    /**
     * Submits the construction report.
     *
     * @param connectionId the connection id
     * @param report the report
     * @return the LOA after the call
     */
    default CompletableFuture<Loa> complete(String connectionId, ConstructionReport report) {
        return Unsupported.operation(Capability.LOA_COMPLETE);
    }
}
