package io.dclink.core.internal;

import io.dclink.Capability;
import io.dclink.Loas;
import io.dclink.core.validation.Problems;
import io.dclink.lifecycle.LoaState;
import io.dclink.lifecycle.Operation;
import io.dclink.lifecycle.ResourceType;
import io.dclink.model.ConstructionReport;
import io.dclink.model.Loa;
import io.dclink.model.LoaApplication;
import java.util.List;
import java.util.Objects;

final class LoasFacade extends WaitingFacade<Loa, LoaState> implements Loas {

    private final ClientCore core;

    LoasFacade(ClientCore core) {
        super(core.waitSupport(ResourceType.LOA, core.lifecycles().loa(), id -> core.client().loas().get(id)));
        this.core = core;
    }

    @Override
    public Loa get(String connectionId) {
        core.require(Capability.LOA_GET);
        return core.call(core.client().loas().get(Objects.requireNonNull(connectionId, "connectionId")));
    }

    @Override
    public Loa apply(String connectionId, LoaApplication application) {
        core.require(Capability.LOA_APPLY);
        core.validate(RequestRules.check(application), core.client().loas().validate(application));
        Loa current = get(connectionId);
        boolean reapplication = current.state() == LoaState.REJECTED;
        core.gate(core.lifecycles().loa(), current, reapplication ? Operation.REAPPLY_LOA : Operation.APPLY_LOA);
        return core.call(core.client().loas().apply(connectionId, application, reapplication));
    }

    @Override
    public Loa complete(String connectionId, ConstructionReport report) {
        core.require(Capability.LOA_COMPLETE);
        Objects.requireNonNull(report, "report");
        core.validate(new Problems().idempotencyKey(report.idempotencyKey()).list(), List.of());
        core.gate(core.lifecycles().loa(), get(connectionId), Operation.SUBMIT_CONSTRUCTION_REPORT);
        return core.call(core.client().loas().complete(connectionId, report));
    }
}
