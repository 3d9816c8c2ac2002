package io.dclink;

import io.dclink.lifecycle.LoaState;
import io.dclink.model.ConstructionReport;
import io.dclink.model.ConstructionReportBuilder;
import io.dclink.model.Loa;
import io.dclink.model.LoaApplication;
import io.dclink.model.LoaApplicationBuilder;
import io.dclink.wait.Waitable;
import java.util.Objects;
import java.util.function.Consumer;

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
     * {@link #apply(String, LoaApplication)} with the application filled in place.
     *
     * @param connectionId as there
     * @param application fills a new {@link LoaApplication#builder()}
     * @return as there
     */
    default Loa apply(String connectionId, Consumer<LoaApplicationBuilder> application) {
        Objects.requireNonNull(connectionId, "connectionId");
        return apply(connectionId, Filled.in(LoaApplication.builder(), application, "application").build());
    }

    /**
     * Submits the construction report.
     *
     * @param connectionId the connection id
     * @param report the report
     * @return the LOA after the call
     */
    Loa complete(String connectionId, ConstructionReport report);

    /**
     * {@link #complete(String, ConstructionReport)} with the report filled in place.
     *
     * @param connectionId as there
     * @param report fills a new {@link ConstructionReport#builder()}
     * @return as there
     */
    default Loa complete(String connectionId, Consumer<ConstructionReportBuilder> report) {
        Objects.requireNonNull(connectionId, "connectionId");
        return complete(connectionId, Filled.in(ConstructionReport.builder(), report, "report").build());
    }
}
