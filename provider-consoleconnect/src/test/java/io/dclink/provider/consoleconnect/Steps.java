package io.dclink.provider.consoleconnect;

import static org.assertj.core.api.Assertions.assertThat;

import io.dclink.lifecycle.LifecycleState;
import io.dclink.lifecycle.RequiredAction;
import io.dclink.model.LifecycleResource;

/** Asserts one step of a resource's life: its neutral state, its required action and its raw state. */
final class Steps {

    private Steps() {
    }

    static <S extends Enum<S> & LifecycleState> void step(LifecycleResource<S> resource, S state, RequiredAction action,
            String raw) {
        assertThat(resource.state()).as("%s %s: the state", resource.type(), resource.id()).isEqualTo(state);
        assertThat(resource.requiredAction()).as("%s %s: the required action", resource.type(), resource.id())
                .isEqualTo(action);
        assertThat(resource.providerState().value()).as("%s %s: the raw state", resource.type(), resource.id())
                .isEqualTo(raw);
    }
}
