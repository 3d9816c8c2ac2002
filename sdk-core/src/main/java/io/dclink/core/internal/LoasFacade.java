package io.dclink.core.internal;

import static java.util.Objects.requireNonNull;

import io.dclink.Loas;
import io.dclink.lifecycle.LoaState;
import io.dclink.model.ConstructionReport;
import io.dclink.model.Loa;
import io.dclink.model.LoaApplication;
import io.dclink.spi.Change;
import io.dclink.spi.ProviderOperation;

final class LoasFacade extends WaitingFacade<Loa, LoaState> implements Loas {

    private final OperationPipeline pipeline;

    LoasFacade(OperationPipeline pipeline, RuntimeServices services) {
        super(pipeline, services, ProviderOperation.LOA_GET, pipeline.lifecycles().loa());
        this.pipeline = pipeline;
    }

    @Override
    public Loa get(String connectionId) {
        return pipeline.run(ProviderOperation.LOA_GET, requireNonNull(connectionId, "connectionId"));
    }

    @Override
    public Loa apply(String connectionId, LoaApplication application) {
        return pipeline.run(ProviderOperation.LOA_APPLY, new Change<>(requireNonNull(connectionId, "connectionId"),
                requireNonNull(application, "application")));
    }

    @Override
    public Loa complete(String connectionId, ConstructionReport report) {
        return pipeline.run(ProviderOperation.LOA_COMPLETE, new Change<>(requireNonNull(connectionId, "connectionId"),
                requireNonNull(report, "report")));
    }
}
