package io.dclink.core.internal;

import io.dclink.AccessPoints;
import io.dclink.Capability;
import io.dclink.Paginated;
import io.dclink.model.AccessPoint;
import java.util.Optional;

final class AccessPointsFacade implements AccessPoints {

    private final ClientCore core;

    AccessPointsFacade(ClientCore core) {
        this.core = core;
    }

    @Override
    public Paginated<AccessPoint> list() {
        core.require(Capability.ACCESS_POINT_LIST);
        return new LazyPaginated<>(token -> core.client().accessPoints().list(token), core.context());
    }

    @Override
    public Optional<AccessPoint> find(String id) {
        return list().stream().filter(point -> point.id().equals(id)).findFirst();
    }
}
