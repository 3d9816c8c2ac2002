package io.dclink.core.lifecycle;

import java.util.List;

/** Every standard lifecycle, for generated tests. */
final class AllModels {

    private AllModels() {
    }

    static List<LifecycleModel<?>> standard() {
        return List.of(StandardLifecycles.connection(), StandardLifecycles.virtualInterface(), StandardLifecycles.loa(),
                StandardLifecycles.gateway(), StandardLifecycles.route());
    }
}
