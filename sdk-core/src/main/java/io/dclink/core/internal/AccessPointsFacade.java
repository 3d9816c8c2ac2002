package io.dclink.core.internal;

import io.dclink.AccessPoints;
import io.dclink.Paginated;
import io.dclink.model.AccessPoint;
import io.dclink.spi.ProviderOperation;
import java.util.Objects;
import java.util.Optional;

final class AccessPointsFacade implements AccessPoints {

    private final OperationPipeline pipeline;

    AccessPointsFacade(OperationPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Paginated<AccessPoint> list() {
        return pipeline.list(ProviderOperation.ACCESS_POINT_LIST, null);
    }

    @Override
    public Optional<AccessPoint> find(String id) {
        Objects.requireNonNull(id, "id");
        return list().stream().filter(point -> point.id().equals(id)).findFirst();
    }
}
